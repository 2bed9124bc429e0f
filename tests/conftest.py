"""Shared fixtures. Real-data tests read ``../shared`` and skip, with the reason, when it is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from framing import settings


@pytest.fixture(scope="session")
def realdata_dir():
    """The real datasets folder; skips the test (with the path looked at) when it is not there."""
    path = settings.realdata_dir()
    if not path.is_dir():
        pytest.skip(f"real datasets not found at {path} (set FRAMING_REALDATA, or deselect with -m 'not realdata')")
    return path


@pytest.fixture(scope="session")
def seed_dir():
    """The seed article folder; skips the test when it is not there."""
    path = settings.seed_dir()
    if not path.is_dir():
        pytest.skip(f"seed article not found at {path} (set FRAMING_SEED_DIR, or deselect with -m 'not realdata')")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline (loaded once per test session)."""
    from framing import nlp as nlp_module

    return nlp_module.get_nlp()


@pytest.fixture(scope="session")
def load_benchmark():
    """A loader of ``benchmarks/<name>.py`` (the scripts are not a package), for tests of their functions."""
    def load(name: str):
        path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
