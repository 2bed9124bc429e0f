"""The BASIL analysis script on a reduced BASIL (12 events x 3 outlets): every table is written, and two runs
of the statistics give byte-identical files. The full run is `python benchmarks/basil_analysis.py`."""

from __future__ import annotations

import filecmp

import pandas as pd
import pytest


@pytest.fixture(scope="module")
def script(load_benchmark):
    return load_benchmark("basil_analysis")


@pytest.mark.realdata
@pytest.mark.model
@pytest.mark.slow
def test_basil_quick_tables_are_complete_and_byte_identical(script, realdata_dir, tmp_path):
    articles, _ = script.load_articles(quick=True, realdata=realdata_dir)
    assert articles["outlet"].nunique() == 3 and articles["event_id"].nunique() == 12
    frames = script._frames(articles)
    first = script.run(quick=True, realdata=realdata_dir, frames=frames)
    second = script.run(quick=True, realdata=realdata_dir, frames=frames)
    one = script.write_tables(first, tmp_path / "one") + script.write_figures(first, tmp_path / "one" / "figures")
    two = script.write_tables(second, tmp_path / "two") + script.write_figures(second, tmp_path / "two" / "figures")
    assert [p.name for p in one] == [p.name for p in two]
    assert all(filecmp.cmp(a, b, shallow=False) for a, b in zip(one, two))
    names = {p.name for p in one}
    for name in ("k_selection.csv", "topics.csv", "feature_rates.csv", "feature_differences.csv",
                 "paired_differences.csv", "fightin_words.csv", "topic_prevalence.csv", "topic_differences.csv"):
        assert name in names
    rates = pd.read_csv(tmp_path / "one" / "feature_rates.csv")
    assert set(rates["feature"]) == set(script.FEATURES)
    assert (rates["unit"] == "event_id").all() and set(rates["n_units"]) == {12}
    fw = pd.read_csv(tmp_path / "one" / "fightin_words.csv")
    assert fw["group"].nunique() == 3 and (fw["versus"] == "(rest)").any()
    paired = pd.read_csv(tmp_path / "one" / "paired_differences.csv")
    assert (paired["n_events"] <= 12).all()
    prevalence = pd.read_csv(tmp_path / "one" / "topic_prevalence.csv")
    assert ((prevalence.groupby("outlet")["estimate"].sum() - 1).abs() < 1e-4).all()
