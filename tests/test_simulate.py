"""Simulation check of the intervals: nominal 95% intervals must cover the planted outlet difference in
93-97% of simulated corpora (rates and topic prevalence). Figures are recorded in docs/compare.md."""

from __future__ import annotations

import pytest

from framing import simulate


def test_simulated_corpus_has_planted_rates():
    documents, articles = simulate.simulate_rates(rates={"A": 0.01, "B": 0.05}, n_events=2000, random_state=3)
    merged = documents.merge(articles, on="doc_id")
    sums = merged.groupby("outlet")[["feature", "n_sentences"]].sum()
    observed = 1000 * sums["feature"] / sums["n_sentences"]
    assert observed["A"] == pytest.approx(10, rel=0.1) and observed["B"] == pytest.approx(50, rel=0.1)


def test_simulated_topics_have_planted_prevalence():
    sim = simulate.simulate_topics(n_docs=10, random_state=1)
    assert sim["doc_term"].shape[0] == 20 and sim["doc_term"].sum() == 20 * 120
    assert sim["truth"].groupby("outlet")["prevalence"].sum().tolist() == [1.0, 1.0]


@pytest.mark.slow
def test_rate_intervals_cover_nominal_share():
    cov = simulate.rate_coverage(n_corpora=200, n_boot=400)
    pooled = cov["coverage"].mean()
    print(cov.to_string())
    assert (cov["n_corpora"] == 200).all()
    assert 0.93 <= pooled <= 0.97, cov
    assert (cov["coverage"] >= 0.9).all()


@pytest.mark.slow
def test_topic_prevalence_intervals_cover_nominal_share():
    cov = simulate.topic_coverage(n_corpora=200)
    pooled = cov["coverage"].mean()
    print(cov.to_string())
    assert (cov["n_corpora"] == 200).all()
    assert 0.93 <= pooled <= 0.97, cov
    assert (cov["coverage"] >= 0.9).all()
