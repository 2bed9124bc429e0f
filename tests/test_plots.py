"""Plots: each takes a tidy table and an optional ax, returns the Axes, and SVG output is byte-identical."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from framing import compare, plots

SCRIPT = """
import sys, pandas as pd
from framing import plots
t = pd.DataFrame({"outlet": ["X", "Y", "X", "Y"], "feature": ["blame", "blame", "quote", "quote"],
                  "measure": ["per_1000_sentences"] * 4, "estimate": [1.0, 2.0, 3.0, 0.0],
                  "low": [0.5, 1.0, 2.0, 0.0], "high": [1.5, 3.0, 4.0, 0.4]})
plots.save_svg(plots.plot_rates(t), sys.argv[1])
"""


@pytest.fixture(scope="module")
def tables():
    documents = pd.DataFrame({"doc_id": list("abcdef"), "n_sentences": [10, 12, 9, 11, 10, 8],
                              "blame_attribution": [1, 0, 2, 3, 2, 4]})
    articles = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("XXXYYY"), "event_id": list("pqrpqr"),
                             "published": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"] * 2),
                             "text": ["regime crackdown talks", "talks regime", "summit regime",
                                      "summit talks", "deal summit", "deal talks"]})
    frames = pd.DataFrame({"doc_id": ["a", "d", "e"], "feature": ["blame_attribution"] * 3,
                           "blamer": ["China", None, "Russia"], "blamed": ["NATO", "Russia", "Ukraine"],
                           "polarity": ["asserted", "withheld", "asserted"]})
    return documents, articles, frames


def test_every_plot_returns_the_axes_it_was_given(tables):
    from framing.topics import TopicModeler, make_vectorizer

    documents, articles, frames = tables
    rates = compare.feature_rates(documents, articles, n_boot=50)
    diffs = compare.rate_differences(documents, articles, n_boot=50).query("measure == 'per_1000_sentences'")
    keyness = compare.fightin_words(articles)
    blame = compare.who_blames_whom(frames, articles)
    over_time = compare.rates_over_time(documents, articles, n_boot=50)
    tm = TopicModeler(2, vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(articles)
    calls = [
        lambda ax: plots.plot_rates(rates, ax=ax),
        lambda ax: plots.plot_differences(diffs, ax=ax),
        lambda ax: plots.plot_fightin_words(keyness, group="X", ax=ax, z_threshold=0.1),
        lambda ax: plots.plot_termite(tm.topic_terms(n_terms=3), label=tm.labels(), ax=ax),
        lambda ax: plots.plot_blame_network(blame, ax=ax),
        lambda ax: plots.plot_time_series(over_time, feature="blame_attribution", ax=ax),
    ]
    for call in calls:
        fig, ax = plt.subplots()
        assert call(ax) is ax
        assert ax.has_data() or ax.texts or ax.collections or ax.patches
        plt.close(fig)
    assert isinstance(plots.plot_rates(rates), plt.Axes)
    plt.close("all")


def test_plots_leave_tables_unchanged_and_explain_bad_input(tables):
    documents, articles, _ = tables
    keyness = compare.fightin_words(articles)
    before = keyness.copy()
    plots.plot_fightin_words(keyness, group="Y")
    pd.testing.assert_frame_equal(keyness, before)
    with pytest.raises(ValueError, match="no rows for group='Z'"):
        plots.plot_fightin_words(keyness, group="Z")
    with pytest.raises(ValueError, match="lacks column"):
        plots.plot_rates(keyness)
    plt.close("all")


def test_svg_is_byte_identical_across_runs(tmp_path):
    # two fresh figures drawn from the same table stand for two runs (a subprocess per run would cost
    # seconds of imports; the salt and metadata that make runs differ are process-independent settings)
    outputs = []
    for name in ("one.svg", "two.svg"):
        path = tmp_path / name
        exec(SCRIPT.replace("sys.argv[1]", repr(str(path))), {})
        outputs.append(path.read_bytes())
        plt.close("all")
    assert outputs[0] == outputs[1]
    assert b"<dc:date>" not in outputs[0]
