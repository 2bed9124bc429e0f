"""``load_dataset``: the real datasets of ``../shared/realdata`` in their native layouts, one small adapter
module per dataset (``framing/load/<name>.py``), each returning a :class:`~framing.load.report.LoadResult`."""

from __future__ import annotations

import importlib
from pathlib import Path

from framing import settings
from framing.load.report import LoadResult

#: dataset name -> (adapter module, default folder under the real-data folder)
DATASETS: dict[str, tuple[str, str]] = {}


def load_dataset(name: str, path: str | Path | None = None, *, clean: bool = True) -> LoadResult:
    """Load a real dataset by name from its native layout.

    Parameters
    ----------
    name
        One of :data:`DATASETS`.
    path
        The dataset's folder; default ``framing.settings.realdata_dir() / <folder>``.
    clean
        Run the cleaning pipeline on the article bodies.

    Examples
    --------
    >>> load_dataset("nope")
    Traceback (most recent call last):
    ...
    ValueError: name='nope' is not a known dataset...
    """
    if name not in DATASETS:
        raise ValueError(f"name={name!r} is not a known dataset; expected one of {', '.join(sorted(DATASETS))}")
    module_name, folder = DATASETS[name]
    folder_path = Path(path) if path is not None else settings.realdata_dir() / folder
    if not folder_path.is_dir():
        raise FileNotFoundError(f"dataset folder for {name!r} not found at {folder_path}; pass path= or set "
                                "FRAMING_REALDATA")
    module = importlib.import_module(module_name)
    return module.load(folder_path, clean=clean)
