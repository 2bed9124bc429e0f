"""framing: media framing analysis for news corpora.

Load corpora into one articles table, extract framing features with evidence and roles, and compare outlets
with honest uncertainty. The public names below are imported lazily so that ``import framing`` stays fast and
does not load spaCy until a function that needs it is called.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "ARTICLE_COLUMNS": "framing.schema",
    "FRAME_COLUMNS": "framing.schema",
    "validate_articles": "framing.schema",
    "load_corpus": "framing.load",
    "load_html": "framing.load",
    "load_dataset": "framing.load",
    "clean_articles": "framing.clean",
    "syndication_clusters": "framing.syndication",
    "add_clusters": "framing.syndication",
    "count_once": "framing.syndication",
    "extract_frames": "framing.features",
    "document_table": "framing.features",
    "FrameVectorizer": "framing.features",
    "feature_rates": "framing.compare",
    "rate_differences": "framing.compare",
    "paired_differences": "framing.compare",
    "rates_over_time": "framing.compare",
    "fightin_words": "framing.compare",
    "who_blames_whom": "framing.compare",
    "actor_roles": "framing.compare",
    "topic_prevalence": "framing.compare",
    "topic_differences": "framing.compare",
    "TopicModeler": "framing.topics",
    "select_k": "framing.topics",
    "make_vectorizer": "framing.topics",
    "show": "framing.show",
    "evaluate": "framing.evaluate",
    "extract_stream": "framing.stream",
    "read_partitions": "framing.stream",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
