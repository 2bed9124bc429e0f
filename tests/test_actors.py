"""Tests of framing.actors: gazetteer, metonymy, NER fallback, head nouns and antecedents."""

from __future__ import annotations

import pytest

from framing.actors import canonical_actor, gazetteer, person_for


@pytest.mark.parametrize("text, actor", [
    ("Beijing", "China"), ("Xi", "China"), ("Chinese officials", "China"),
    ("the Chinese foreign ministry", "China"), ("Xinhua", "China"), ("China's foreign minister", "China"),
    ("Moscow", "Russia"), ("the Kremlin", "Russia"), ("Putin", "Russia"), ("Russian forces", "Russia"),
    ("Washington", "United States"), ("the White House", "United States"), ("the Pentagon", "United States"),
    ("American officials", "United States"), ("the US", "United States"), ("Kyiv", "Ukraine"),
    ("Brussels", "European Union"), ("the West", "Western countries"), ("Western allies", "Western countries"),
    ("Western countries", "Western countries"), ("Seoul", "South Korea"), ("Pyongyang", "North Korea"),
    ("Ankara", "Turkey"), ("Tokyo", "Japan"), ("Russian President Vladimir Putin", "Russia"),
    ("Chinese leader Xi Jinping", "China"), ("the foreign ministry of China", "China"),
])
def test_metonymy_and_gazetteer(text, actor):
    assert canonical_actor(text) == actor


@pytest.mark.parametrize("text", ["the storm", "tourism", "", "the consultancy", "inflation"])
def test_unknown_things_are_none(text):
    assert canonical_actor(text) is None


def test_person_attribute():
    assert person_for("Xi") == "Xi Jinping"
    assert person_for("President Putin") == "Vladimir Putin"
    assert person_for("Moscow") is None


def test_every_gazetteer_entry_has_a_note():
    import yaml

    from framing.actors import GAZETTEER_PATH

    data = yaml.safe_load(GAZETTEER_PATH.read_text(encoding="utf-8"))
    for section in ("states", "institution_nouns", "party_nouns"):
        for entry in data[section]:
            assert entry.get("note"), (section, entry)
    for state in data["states"]:
        for leader in state["leaders"]:
            assert leader.get("note"), leader
    assert gazetteer()["aliases"]["beijing"].actor == "China"


@pytest.mark.model
def test_span_resolution_with_model(nlp):
    from framing.actors import actor_for_span, describe_span, noun_phrase, resolve_antecedent

    doc = nlp("The opposition blamed rebels and the storm.")
    assert actor_for_span(noun_phrase(doc[1])) == "the opposition"
    assert actor_for_span(noun_phrase(doc[3])) == "rebels"
    assert describe_span(noun_phrase(doc[6]))["kind"] == "non-actor"
    doc = nlp("China is becoming the senior partner as it provides Russia with cover.")
    it = [t for t in doc if t.lower_ == "it"][0]
    assert resolve_antecedent(it) == "China"
    doc = nlp("China and Russia met. It was cold.")
    it = [t for t in doc if t.text == "It"][0]
    assert resolve_antecedent(it, sentence=doc[5:], previous=doc[:5]) is None
