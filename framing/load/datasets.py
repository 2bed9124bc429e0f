"""``load_dataset``: the real datasets of ``../shared/realdata`` in their native layouts, one small adapter
module per dataset (``framing/load/<name>.py``), each returning a :class:`~framing.load.report.LoadResult`."""

from __future__ import annotations

import importlib
from pathlib import Path

from framing import settings
from framing.load.report import LoadResult

#: dataset name -> (adapter module, default folder under the real-data folder)
DATASETS: dict[str, tuple[str, str]] = {
    "basil": ("framing.load.basil", "basil"),
    "allsides_neus": ("framing.load.allsides_neus", "allsides_neus"),
    "allsides_baly2020": ("framing.load.allsides_baly2020", "allsides_baly2020"),
    "polnear": ("framing.load.polnear", "polnear"),
    "semeval2023_task3_en": ("framing.load.semeval2023_task3_en", "semeval2023_task3_en"),
    "narrative_framing_climate": ("framing.load.narrative_framing_climate", "narrative_framing_climate"),
    "china_state_media_headlines": (
        "framing.load.china_state_media_headlines",
        "china_state_media_headlines",
    ),
    "babe_mbic": ("framing.load.babe_mbic", "babe_mbic"),
    "ukraine_news_bias": ("framing.load.ukraine_news_bias", "ukraine_news_bias"),
}


#: A file or folder every copy of each dataset has (checked before loading, so a wrong path is an error,
#: not an empty table).
MARKERS: dict[str, str] = {
    "basil": "articles",
    "allsides_neus": "raw_crawled/headline_11_2021-10-19_crawled_all.jsonl",
    "allsides_baly2020": "articles_same_day_topic_lcr_sample.jsonl.gz",
    "polnear": "metadata.tsv",
    "semeval2023_task3_en": "train-articles",
    "narrative_framing_climate": "articles_metadata.tsv",
    "china_state_media_headlines": "headlines_dedup.csv.gz",
    "babe_mbic": "final_labels_SG2.csv",
    "ukraine_news_bias": "all-data-as-json",
}


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
        raise ValueError(
            f"name={name!r} is not a known dataset; expected one of {', '.join(sorted(DATASETS))}"
        )
    module_name, folder = DATASETS[name]
    folder_path = Path(path) if path is not None else settings.realdata_dir() / folder
    marker = MARKERS[name]
    if not (folder_path / marker).exists() and (folder_path / folder / marker).exists():
        folder_path = folder_path / folder  # the real-data root was given: use the dataset's folder in it
    if folder_path.is_dir() and not (folder_path / marker).exists():
        raise FileNotFoundError(
            f"path={str(folder_path)!r} does not hold the {name!r} dataset (expected {marker!r} in it); "
            f"pass the dataset's folder or the real-data folder that contains {folder!r}"
        )
    if not folder_path.is_dir():
        raise FileNotFoundError(
            f"dataset folder for {name!r} not found at {folder_path}; pass path= or set FRAMING_REALDATA"
        )
    module = importlib.import_module(module_name)
    return module.load(folder_path, clean=clean)
