"""Bad input never crashes extract_frames and gives sensible (empty or well-formed) output."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from framing.schema import FRAME_COLUMNS

CUE_WORDS = ["blamed", "neutral", "depends on", "“", "\"", "said", "junior partner", "It", "Moscow", ".", "\n"]


def _well_formed(rows, texts):
    assert list(rows.columns[:len(FRAME_COLUMNS)]) == list(FRAME_COLUMNS)
    for r in rows.to_dict("records"):
        text = texts[r["doc_id"]]
        assert 0 <= r["start"] <= r["end"] <= len(text)
        assert r["sentence"] in text


@pytest.mark.model
@given(st.lists(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(CUE_WORDS), max_size=12).map(" ".join)),
                min_size=1, max_size=4))
@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_arbitrary_text_never_crashes(texts):
    from framing import extract_frames

    _well_formed(extract_frames(texts, cache="memory"), texts)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "",
    "   \n\t  ",
    "1234 5678 !!! ??? ... --- 42%",
    "“He said it never ends. And it blamed Moscow",  # unbalanced quote
    "\"Unclosed quote about the neutral venue. Then more text",
    "Пекин обвинил Вашингтон в провокации. 北京指责华盛顿。",  # non-English
    "El gobierno culpó a la oposición por la crisis.",
])
def test_odd_inputs_give_sensible_output(text):
    from framing import extract_frames

    rows = extract_frames([text], cache="memory")
    _well_formed(rows, [text])
    if not any(c.isalpha() for c in text) or text.startswith(("Пекин", "El gobierno")):
        assert rows.empty


@pytest.mark.model
def test_one_megabyte_paragraph():
    from framing import extract_frames
    from framing.nlp import MAX_SENTENCE_CHARS, split_sentences

    text = ("the harbour was quiet and the ships waited " * 24000)[:1_000_000] + " Moscow blamed Kyiv for the blast."
    spans = split_sentences(text)
    assert max(b - a for a, b in spans) <= MAX_SENTENCE_CHARS
    rows = extract_frames([text], features=["blame_attribution"], cache="off")
    _well_formed(rows, [text])
    assert rows["blamed"].tolist() == ["Ukraine"]
