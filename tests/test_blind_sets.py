"""The blind-set scorer (`benchmarks/blind_sets.py`): the sealed list, the aggregation, and one real set scored
through it agreeing with `framing.evaluate`. The full run is `python benchmarks/blind_sets.py`."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def script(load_benchmark):
    return load_benchmark("blind_sets")


def test_sealed_list_names_existing_sets_and_leaves_read_sets(script):
    sealed = script.sealed_sets()
    files = script.blind_files()
    assert len(sealed) == 324 and sealed <= set(files)
    assert {23, 24, 278, 315, 358, 363, 374, 382, 387, 398, 406, 414, 419, 422, 427, 446, 459, 470, 475, 494,
            499, 518, 523, 534, 539, 558, 563, 582, 587, 606, 611, 646, 659, 678} <= sealed
    assert not {1, 2, 311, 354, 359, 370, 378, 383, 394, 402, 410, 415, 418, 423, 442, 455, 466, 471, 482,
                498, 514, 519, 530, 535, 546, 551, 562, 567, 594, 599, 602, 607, 618, 642,
                674} & sealed
    assert len(set(files) - sealed) > len(sealed)  # the read sets


def test_sealed_list_rejects_a_bad_line_with_its_place(script, tmp_path):
    path = tmp_path / "sealed.txt"
    path.write_text("# comment\n12-14\n7\n", encoding="utf-8")
    assert script.sealed_sets(path) == {7, 12, 13, 14}
    path.write_text("12-14\nsets 7 and 8\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"sealed\.txt:2"):
        script.sealed_sets(path)
    path.write_text("9-3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="empty range"):
        script.sealed_sets(path)


def test_aggregate_is_micro_averaged(script):
    def one(tp, fp, fn, ok):
        return {"features": {f: {"tp": tp, "fp": fp, "fn": fn, "role_ok": ok} for f in script.FEATURES},
                "roles": {"blame_attribution.blamer": [tp, ok]}}
    agg = script.aggregate({"1": one(8, 0, 2, 6), "2": one(2, 2, 0, 2)}, ["1", "2"])
    assert agg["sets"] == 2 and agg["pairs"] == 30 and agg["role_ok"] == 24 and agg["role_accuracy"] == 0.8
    blame = agg["blame_attribution"]
    assert (blame["tp"], blame["fp"], blame["fn"]) == (10, 2, 2)
    assert blame["precision"] == round(10 / 12, 4) and blame["f1"] == round(20 / 24, 4)
    assert agg["roles"]["blame_attribution.blamer"] == {"n": 10, "correct": 8, "accuracy": 0.8}


@pytest.mark.model
def test_one_read_set_agrees_with_evaluate(script):
    from framing.evaluate import evaluate

    result = script.run([2], n_process=1)
    assert result["sealed"] is None and result["read"]["sets"] == 1 and result["passages"] == 120
    direct = evaluate(script.blind_files()[2], features=list(script.FEATURES))
    counts = result["sets"]["2"]["features"]
    for r in direct["scores"].to_dict("records"):
        assert (counts[r["feature"]]["tp"], counts[r["feature"]]["fp"], counts[r["feature"]]["fn"]) == (
            r["tp"], r["fp"], r["fn"])
    assert result["read"]["role_accuracy"] == round(direct["role_accuracy"], 4)
