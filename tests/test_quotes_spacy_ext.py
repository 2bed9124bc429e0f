"""doc._.frames: the function, the pipeline component and the re-entrancy guard."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from framing.features import spacy_ext


@pytest.fixture(scope="module", autouse=True)
def _memory_parse_cache():
    # parses stay in memory for these tests: a window that mixes disk-cached parses (no tensor) with fresh ones
    # trips Doc.from_docs in extract_frames (reported to the features engineer); not what these tests check
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRAMING_PARSE_CACHE", "memory")
        yield

TEXT = "“We are ready,” the mayor said. The harbour reopened."


@pytest.mark.model
def test_add_frames_equals_extract_frames(nlp):
    from framing import extract_frames

    doc = spacy_ext.add_frames(spacy.blank("en")(TEXT), features=["quote"])
    expected = extract_frames(TEXT, features=["quote"])
    pd.testing.assert_frame_equal(doc._.frames, expected)
    assert [(s.text, s.label_) for s in doc.spans["framing"]] == [("the mayor said", "quote")]


@pytest.mark.model
def test_component_in_a_pipeline(nlp):
    pipe = spacy.blank("en")
    pipe.add_pipe("framing_frames", config={"features": ["quote"], "spans_key": None})
    doc = pipe(TEXT)
    assert list(doc._.frames["cue"]) == ["said"]
    assert "framing" not in doc.spans


def test_extension_registration_is_idempotent_and_guard_skips_nested_calls():
    spacy_ext.register_extension()
    spacy_ext.register_extension()
    assert Doc.has_extension("frames")
    doc = spacy.blank("en")("Li said that it was fine.")
    spacy_ext._busy.active = True
    try:
        assert spacy_ext.add_frames(doc) is doc and doc._.frames is None
    finally:
        spacy_ext._busy.active = False
