"""``doc._.frames`` for people who work with spaCy ``Doc`` objects.

Nothing happens on ``import framing``. Importing this module registers the pipeline factory
``"framing_frames"`` (spaCy needs that to build the component by name); the ``Doc._.frames`` extension is
registered the first time :func:`register_extension`, :func:`add_frames` or the component runs. Two ways in:

>>> import spacy
>>> from framing.features.spacy_ext import add_frames   # doctest: +SKIP
>>> doc = add_frames(nlp("Li said that relations are stable."))   # doctest: +SKIP
>>> nlp.add_pipe("framing_frames", last=True)   # doctest: +SKIP

``doc._.frames`` holds the frame rows of :func:`framing.extract_frames` for ``doc.text`` (the same rows, same
order, ``doc_id`` 0), and ``doc.spans["framing"]`` one span per row labelled with its feature, ready for
``displacy.render(doc, style="span", options={"spans_key": "framing"})``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

#: Name of the ``Doc`` extension attribute.
EXTENSION = "frames"
#: Default key in ``doc.spans`` for the evidence spans.
SPANS_KEY = "framing"

_busy = threading.local()


def register_extension() -> None:
    """Register ``Doc._.frames`` (default ``None``) if it is not registered yet; safe to call repeatedly.

    Examples
    --------
    >>> register_extension(); register_extension()
    >>> from spacy.tokens import Doc
    >>> Doc.has_extension("frames")
    True
    """
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def frames_for_doc(doc: Doc, *, features: Sequence[str] | None = None, nlp: Any = None,
                   mode: str = "gated") -> pd.DataFrame:
    """Frame rows for ``doc.text`` (:func:`framing.extract_frames` on the text, so identical rows)."""
    from framing.features import extract_frames

    return extract_frames(doc.text, features=features, nlp=nlp, mode=mode)


def add_frames(doc: Doc, *, features: Sequence[str] | None = None, nlp: Any = None, mode: str = "gated",
               spans_key: str | None = SPANS_KEY) -> Doc:
    """Set ``doc._.frames`` (and ``doc.spans[spans_key]`` unless ``spans_key`` is None) and return ``doc``.

    Parameters
    ----------
    doc
        Any spaCy ``Doc`` (a blank pipeline's too: frames come from the text, parsed by ``framing``'s pipeline).
    features, nlp, mode
        Passed to :func:`framing.extract_frames`; ``nlp`` defaults to :func:`framing.nlp.get_nlp`.
    spans_key
        Where to put one evidence ``Span`` per row, labelled with the feature.

    Examples
    --------
    >>> import spacy
    >>> doc = add_frames(spacy.blank("en")(""))
    >>> doc._.frames.empty, len(doc.spans["framing"])
    (True, 0)
    """
    register_extension()
    if getattr(_busy, "active", False):
        # extract_frames is parsing with a pipeline that holds this component: the inner parses need no frames
        return doc
    _busy.active = True
    try:
        frames = frames_for_doc(doc, features=features, nlp=nlp, mode=mode)
    finally:
        _busy.active = False
    doc._.set(EXTENSION, frames)
    if spans_key:
        spans = []
        for row in frames.itertuples(index=False):
            span = doc.char_span(int(row.start), int(row.end), label=str(row.feature), alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[spans_key] = spans
    return doc


class FramesComponent:
    """Pipeline component: ``nlp.add_pipe("framing_frames", config={"features": ["quote"]})``."""

    def __init__(self, nlp: Language, name: str, features: list[str] | None, mode: str,
                 spans_key: str | None) -> None:
        self.name = name
        self.features = features
        self.mode = mode
        self.spans_key = spans_key
        register_extension()

    def __call__(self, doc: Doc) -> Doc:
        return add_frames(doc, features=self.features, mode=self.mode, spans_key=self.spans_key)


@Language.factory("framing_frames", default_config={"features": None, "mode": "gated", "spans_key": SPANS_KEY})
def make_frames_component(nlp: Language, name: str, features: list[str] | None, mode: str,
                          spans_key: str | None) -> FramesComponent:
    """spaCy factory of :class:`FramesComponent` (registered when this module is imported)."""
    return FramesComponent(nlp, name, features, mode, spans_key)
