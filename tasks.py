#!/usr/bin/env python3
"""Set up the project's environment from nothing and run its two jobs.

    python3 tasks.py reproduce   # set up, then run every notebook on the bundled corpus into reports/
    python3 tasks.py test        # set up, then run the test suite (the command CI runs)

Set-up makes ``.venv`` beside this file, installs ``uv`` into it from PyPI, and installs the exact versions in
``requirements.lock`` plus this package (editable). It is quick when nothing changed, so both commands run it.
Only the standard library is used here, so a bare Python 3.10+ is enough.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".framing-installed"


def _run(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def setup() -> None:
    """Create ``.venv`` and install the locked dependencies, unless that was already done for this lock."""
    if not PYTHON.exists():
        print(f"creating {VENV.relative_to(ROOT)}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    uv = BIN / ("uv.exe" if os.name == "nt" else "uv")
    if not uv.exists():
        if subprocess.run([str(PYTHON), "-c", "import pip"], capture_output=True).returncode != 0:
            _run(PYTHON, "-m", "ensurepip", "--upgrade")  # a .venv made by another tool (e.g. `uv venv`) has no pip
        _run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv")
    _run(uv, "pip", "install", "--quiet", "--python", PYTHON, "-r", LOCK)
    _run(uv, "pip", "install", "--quiet", "--python", PYTHON, "--no-deps", "-e", ".")
    STAMP.write_text(_fingerprint())


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"setup", "reproduce", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    setup()
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if command == "setup":
        return 0
    if command == "reproduce":
        args = [str(BIN / "framing"), "reproduce", *rest]
    else:
        args = [str(PYTHON), "-m", "pytest", *rest]
    print("+", " ".join(args), flush=True)
    return subprocess.run(args, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
