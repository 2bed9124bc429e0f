"""Framing features: detectors (one module each) and the entry points ``extract_frames`` and ``document_table``.

``FrameVectorizer`` (sklearn) lives in :mod:`framing.features.sklearn` and is exported here when present.
"""

from __future__ import annotations

from typing import Any

from framing.features.extract import (EXTRA_COLUMNS, FEATURES, Actors, Sentences, detectors, document_table,
                                      empty_frames, extract_frames)

__all__ = ["EXTRA_COLUMNS", "FEATURES", "Actors", "Sentences", "detectors", "document_table", "empty_frames",
           "extract_frames", "FrameVectorizer"]


def __getattr__(name: str) -> Any:
    if name == "FrameVectorizer":  # owned by the quotes engineer; imported lazily (sklearn is heavy)
        from framing.features.sklearn import FrameVectorizer

        return FrameVectorizer
    raise AttributeError(f"module 'framing.features' has no attribute {name!r}")
