"""Loaders: files, folders and datasets of news articles into the canonical articles table, each with a load
report (records read, loaded, skipped with file, record and reason; the cleaning log).

>>> from framing.load import load_corpus, load_html, load_dataset, LoadResult, LoadReport
"""

from __future__ import annotations

from framing.load.corpus import EXTENSIONS, FORMATS, load_corpus, parse_text_article
from framing.load.datasets import DATASETS, load_dataset
from framing.load.html import NotAnArticle, load_html
from framing.load.report import LoadReport, LoadResult

__all__ = [
    "DATASETS",
    "EXTENSIONS",
    "FORMATS",
    "LoadReport",
    "LoadResult",
    "NotAnArticle",
    "load_corpus",
    "load_dataset",
    "load_html",
    "parse_text_article",
]
