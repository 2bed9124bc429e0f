"""Project-level checks: declared dependencies agree everywhere, the CLI and CI use the README's commands."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _pyproject_deps() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return sorted(project["dependencies"] + project["optional-dependencies"]["test"])


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(item["pip"] for item in env["dependencies"] if isinstance(item, dict))
    declared = sorted(r for r in pip_section if r != "-e .")
    assert declared == _pyproject_deps()


def test_lock_pins_every_declared_dependency():
    pinned = {
        _name(line): line.split("==", 1)[1].strip()
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    missing = [_name(r) for r in _pyproject_deps() if _name(r) not in pinned]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python3 tasks.py test" in readme
    assert "python3 tasks.py reproduce" in readme
    assert "python3 tasks.py test" in ci


def test_function_modules_stay_callable_after_their_module_is_imported():
    import importlib

    import framing

    for name in ("show", "evaluate"):
        importlib.import_module(f"framing.{name}")  # binds the module to framing.<name>
        assert callable(getattr(framing, name)), name
