"""Tests of framing.evaluate: matching by evidence inside the predicted sentence, one-to-one greedy pairs,
role normalisation, counting, and clear errors for malformed records (model-free except the CLI test)."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from framing.evaluate import evaluate, read_records, role_equal
from framing.features import empty_frames

TEXT = "China blames the United States and NATO for provoking Moscow. Officials blamed the storm."


def _frames(rows):
    base = empty_frames()
    out = pd.DataFrame([{c: None for c in base.columns} | r for r in rows], columns=base.columns)
    for c in ("sent_id", "start", "end"):
        out[c] = out[c].astype("int64")
    return out


GOLD = [{"id": "r1", "text": TEXT, "frames": [
    {"feature": "blame_attribution", "evidence": "blames the United States and NATO", "blamer": "China",
     "blamed": "United States", "reason": "provoking Moscow", "polarity": "asserted"},
    {"feature": "blame_attribution", "evidence": "blames the United States and NATO", "blamer": "China",
     "blamed": "NATO", "reason": "provoking Moscow", "polarity": "asserted"}]},
    {"id": "r2", "text": "The two armies held joint drills.", "frames": []}]


def _row(doc_id, sent_id, blamed, sentence, **kw):
    return {"doc_id": doc_id, "sent_id": sent_id, "start": 6, "end": 12, "feature": "blame_attribution",
            "cue": "blames", "sentence": sentence, "blamer": "China", "blamed": blamed,
            "reason": "provoking Moscow", "polarity": "asserted", **kw}


def test_perfect_predictions_score_one():
    s0 = "China blames the United States and NATO for provoking Moscow."
    frames = _frames([_row(0, 0, "NATO", s0), _row(0, 0, "United States", s0)])
    result = evaluate(GOLD, frames=frames)
    row = result["scores"].set_index("feature").loc["blame_attribution"]
    assert (row["tp"], row["fp"], row["fn"], row["f1"]) == (2, 0, 0, 1.0)
    assert result["role_accuracy"] == 1.0  # greedy matching pairs each gold with its own blamed


def test_wrong_sentence_is_a_false_positive_and_a_miss():
    frames = _frames([_row(0, 1, "NATO", "Officials blamed the storm."), _row(1, 0, "NATO", "x")])
    result = evaluate(GOLD, frames=frames)
    row = result["scores"].set_index("feature").loc["blame_attribution"]
    assert (row["tp"], row["fp"], row["fn"]) == (0, 2, 2)
    assert row["f1"] == 0.0
    assert math.isnan(result["role_accuracy"])
    assert set(result["errors"]["kind"]) == {"fp", "fn"}


def test_role_errors_are_counted_per_role():
    s0 = "China blames the United States and NATO for provoking Moscow."
    frames = _frames([_row(0, 0, "NATO", s0), _row(0, 0, "Russia", s0, polarity="withheld")])
    result = evaluate(GOLD, frames=frames)
    roles = result["roles"].set_index(["feature", "role"])
    assert roles.loc[("blame_attribution", "blamed"), "correct"] == 1
    assert roles.loc[("blame_attribution", "polarity"), "correct"] == 1
    assert result["role_accuracy"] == 0.5


def test_non_actor_rows_are_never_counted():
    frames = _frames([_row(0, 1, "storm", "Officials blamed the storm.", blamed_kind="non-actor")])
    result = evaluate(GOLD, frames=frames)
    assert result["scores"].set_index("feature").loc["blame_attribution", "fp"] == 0


@pytest.mark.parametrize("role, gold, pred, same", [
    ("blamer", "the government", "government", True),
    ("junior", "the island's government", "the government", True),
    ("blamed", "Russia", "China", False),
    ("blamed", "United States", "United States", True),
    ("blamer", None, None, True),
    ("blamer", None, "China", False),
    ("qualified", True, True, True),
    ("qualified", False, True, False),
    ("reason", "the attack on the tanker", "the attack", True),
    ("reason", "provoking Moscow", "rigging the vote", False),
    ("voice", "Self", "self", True),
])
def test_role_equal(role, gold, pred, same):
    assert role_equal(role, gold, pred) is same


def test_malformed_records_are_reported(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "frames": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        read_records(bad)
    with pytest.raises(ValueError, match="not a verbatim substring"):
        read_records([{"id": "a", "text": "abc", "frames": [{"feature": "quote", "evidence": "zzz"}]}])
    with pytest.raises(ValueError, match="feature='blame'"):
        read_records([{"id": "a", "text": "abc", "frames": [{"feature": "blame", "evidence": "a"}]}])
    with pytest.raises(ValueError, match="frames"):
        read_records([{"id": "a", "text": "abc"}])
    with pytest.raises(FileNotFoundError, match="path="):
        read_records(tmp_path / "missing.jsonl")


def test_dev_files_are_well_formed():
    from framing.settings import REPO_ROOT

    names = sorted(p.name for p in (REPO_ROOT / "data" / "dev").glob("frames_*.jsonl"))
    assert {"frames_dev.jsonl", "frames_heldout.jsonl", "frames_blind.jsonl"} <= set(names)
    all_ids: list[str] = []
    for name in names:
        records = read_records(REPO_ROOT / "data" / "dev" / name)
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids)), name
        assert all("note" in r for r in records), name
        for r in records:  # every evidence is verbatim text of its record
            assert all(f["evidence"] in r["text"] for f in r["frames"]), (name, r["id"])
        all_ids += ids
    assert len(all_ids) == len(set(all_ids))  # ids are unique across the annotated sets


@pytest.mark.model
def test_cli_evaluate_and_extract(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    monkeypatch.setenv("FRAMING_PARSE_CACHE", "memory")
    from framing.cli import app

    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(path), "--feature", "blame_attribution", "--errors"])
    assert result.exit_code == 0, result.output
    assert "blame_attribution" in result.output and "1.000" in result.output
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("World | Headline\nMoscow blamed Kyiv for the blast.\n", encoding="utf-8")
    out = tmp_path / "rows.csv"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out), "--no-progress",
                                      "--documents", str(tmp_path / "docs.csv")])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(out)
    assert rows["blamed"].tolist() == ["Ukraine"]
    assert pd.read_csv(tmp_path / "docs.csv")["blame_attribution"].tolist() == [1]
    bad = CliRunner().invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert bad.exit_code == 2 and "error:" in bad.output
