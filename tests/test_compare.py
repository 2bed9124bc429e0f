"""Tests of framing.compare on small hand-made tables (no model, no real data)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from framing import compare


@pytest.fixture()
def tables():
    # 4 events x 3 outlets; outlet Y blames most, Z never
    ids = [f"{e}{o}" for e in "pqrs" for o in "XYZ"]
    documents = pd.DataFrame({
        "doc_id": ids,
        "n_sentences": [10, 20, 10, 10, 10, 20, 10, 10, 10, 20, 20, 10],
        "blame_attribution": [1, 3, 0, 0, 2, 0, 1, 4, 0, 0, 2, 0],
        "partner_hierarchy": [0] * 12,
    })
    articles = pd.DataFrame({
        "doc_id": ids, "outlet": list("XYZ") * 4, "event_id": [e for e in "pqrs" for _ in range(3)],
        "published": pd.to_datetime(["2020-01-05"] * 6 + ["2020-02-10"] * 6),
    })
    return documents, articles


def test_rates_point_estimates_and_columns(tables):
    documents, articles = tables
    out = compare.feature_rates(documents, articles, n_boot=200)
    assert out.columns.tolist() == ["outlet", "feature", "measure", "estimate", "low", "high", "n_articles",
                                    "n_units", "numerator", "denominator", "unit", "note"]
    y = out[(out.outlet == "Y") & (out.feature == "blame_attribution")].set_index("measure")
    assert y.loc["per_1000_sentences", "estimate"] == pytest.approx(1000 * 11 / 60)
    assert y.loc["share_of_articles", "estimate"] == pytest.approx(1.0)
    x = out[(out.outlet == "X") & (out.feature == "blame_attribution")].set_index("measure")
    assert x.loc["share_of_articles", "estimate"] == pytest.approx(0.5)
    assert (out["unit"] == "event_id").all()
    assert (y["low"] <= y["estimate"]).all() and (y["estimate"] <= y["high"]).all()


def test_never_occurring_feature_gets_exact_bound_and_note(tables):
    documents, articles = tables
    out = compare.feature_rates(documents, articles, n_boot=200)
    ph = out[out.feature == "partner_hierarchy"]
    assert (ph["estimate"] == 0).all() and (ph["low"] == 0).all()
    assert (ph["high"] > 0).all()  # exact upper bound, not a degenerate [0, 0]
    assert ph["note"].str.contains("never occurs").all()
    rate = ph[(ph.outlet == "X") & (ph.measure == "per_1000_sentences")].iloc[0]
    assert rate["high"] == pytest.approx(1000 * 3.6889 / 50, rel=1e-3)  # Poisson 97.5% bound for 0 events


def test_same_seed_same_table_and_input_unchanged(tables):
    documents, articles = tables
    before = documents.copy(), articles.copy()
    a = compare.feature_rates(documents, articles, n_boot=300, random_state=7)
    b = compare.feature_rates(documents, articles, n_boot=300, random_state=7)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(documents, before[0])
    pd.testing.assert_frame_equal(articles, before[1])


def test_row_order_does_not_matter(tables):
    documents, articles = tables
    a = compare.feature_rates(documents, articles, n_boot=200, cluster="article")
    b = compare.feature_rates(documents.iloc[::-1], articles.iloc[::-1], n_boot=200, cluster="article")
    pd.testing.assert_frame_equal(a[["outlet", "feature", "measure", "estimate"]],
                                  b[["outlet", "feature", "measure", "estimate"]])


def test_event_clustering_versus_articles(tables):
    documents, articles = tables
    by_event = compare.feature_rates(documents, articles, n_boot=200)
    by_article = compare.feature_rates(documents, articles, n_boot=200, cluster="article")
    assert set(by_event["n_units"]) == {4} and set(by_article["unit"]) == {"article"}
    no_events = compare.feature_rates(documents, articles.drop(columns="event_id"), n_boot=200)
    assert (no_events["unit"] == "article").all()


def test_one_article_outlet_reports_why(tables):
    documents, articles = tables
    arts = articles.copy()
    arts.loc[0, "outlet"] = "Solo"
    out = compare.feature_rates(documents, arts, n_boot=200, cluster="article")
    solo = out[out.outlet == "Solo"]
    assert solo["low"].isna().all() and solo["high"].isna().all()
    assert solo["note"].str.contains("only one article").all()
    diff = compare.rate_differences(documents, arts, n_boot=200, cluster="article")
    assert diff[(diff.group_a == "Solo") | (diff.group_b == "Solo")]["note"].str.contains("only one").all()


def test_differences_sign_and_pairs(tables):
    documents, articles = tables
    diff = compare.rate_differences(documents, articles, n_boot=500, features=["blame_attribution"])
    assert diff[["group_a", "group_b"]].drop_duplicates().values.tolist() == [["X", "Y"], ["X", "Z"], ["Y", "Z"]]
    yz = diff[(diff.group_a == "Y") & (diff.group_b == "Z") & (diff.measure == "per_1000_sentences")].iloc[0]
    assert yz["estimate"] == pytest.approx(1000 * 11 / 60)
    assert 0 < yz["low"] < yz["estimate"] < yz["high"]
    ref = compare.rate_differences(documents, articles, n_boot=200, reference="Z")
    assert set(ref["group_b"]) == {"Z"}
    with pytest.raises(ValueError, match="reference"):
        compare.rate_differences(documents, articles, n_boot=200, reference="Nope")


def test_single_outlet_warns_and_returns_empty(tables):
    documents, articles = tables
    arts = articles.assign(outlet="X")
    with pytest.warns(UserWarning, match="only one outlet"):
        diff = compare.rate_differences(documents, arts, n_boot=200)
    assert diff.empty and "estimate" in diff.columns


def test_empty_documents_and_missing_outlet(tables):
    documents, articles = tables
    docs = documents.copy()
    docs.loc[0, ["n_sentences", "blame_attribution"]] = 0
    arts = articles.copy()
    arts.loc[1, "outlet"] = None
    with pytest.warns(UserWarning, match="missing outlet"):
        out = compare.feature_rates(docs, arts, n_boot=200)
    x = out[(out.outlet == "X")]
    assert x["note"].str.contains("no sentences").all()
    assert out["n_articles"].sum() == 2 * 2 * 11  # the article with no outlet left out, reported


def test_bad_arguments_name_the_argument(tables):
    documents, articles = tables
    with pytest.raises(ValueError, match="`ci`"):
        compare.feature_rates(documents, articles, ci=95)
    with pytest.raises(ValueError, match="`n_boot`"):
        compare.feature_rates(documents, articles, n_boot=1)
    with pytest.raises(ValueError, match="`features`"):
        compare.feature_rates(documents, articles, features=["nope"])
    with pytest.raises(ValueError, match="cluster_id"):
        compare.feature_rates(documents, articles, syndication="once")
    with pytest.raises(ValueError, match="no row in `documents`"):
        compare.feature_rates(documents.iloc[1:], articles)


def test_syndication_counts_each_cluster_once(tables):
    documents, articles = tables
    arts = articles.assign(cluster_id=[f"c{i}" for i in range(12)])
    arts.loc[[0, 3], "cluster_id"] = "wire1"  # X on p and X on q carry the same wire story
    arts.loc[[1], "cluster_id"] = "wire1"      # ... and Y on p
    keep = compare.feature_rates(documents, arts, n_boot=100)
    per_outlet = compare.feature_rates(documents, arts, n_boot=100, syndication="once_per_outlet")
    once = compare.feature_rates(documents, arts, n_boot=100, syndication="once")
    n = lambda t, o: int(t[(t.outlet == o)]["n_articles"].iloc[0])  # noqa: E731
    assert (n(keep, "X"), n(keep, "Y")) == (4, 4)
    assert (n(per_outlet, "X"), n(per_outlet, "Y")) == (3, 4)
    assert n(once, "X") + n(once, "Y") == 6
    assert per_outlet["note"].str.contains("syndicated").all()


def test_rates_over_time_and_missing_dates(tables):
    documents, articles = tables
    out = compare.rates_over_time(documents, articles, n_boot=200, by=None)
    assert out["period"].dt.strftime("%Y-%m").unique().tolist() == ["2020-01", "2020-02"]
    arts = articles.copy()
    arts.loc[0, "published"] = pd.NaT
    with pytest.warns(UserWarning, match="no published date"):
        out = compare.rates_over_time(documents, arts, n_boot=200)
    assert out.attrs["n_undated"] == 1
    with pytest.raises(ValueError, match="no article has a `published` date"):
        compare.rates_over_time(documents, articles.assign(published=pd.NaT), n_boot=200)


def test_paired_differences(tables):
    documents, articles = tables
    out = compare.paired_differences(documents, articles, features=["blame_attribution"], measure="count",
                                     n_boot=300)
    xy = out[(out.group_a == "X") & (out.group_b == "Y")].iloc[0]
    # events p, q, r, s: X - Y = 1-3, 0-2, 1-4, 0-2
    assert xy["n_events"] == 4 and xy["estimate"] == pytest.approx(-2.25)
    assert (xy["a_higher"], xy["ties"], xy["b_higher"]) == (0, 0, 4)
    assert xy["high"] < 0
    with pytest.raises(ValueError, match="event_id"):
        compare.paired_differences(documents, articles.drop(columns="event_id"))


def test_fightin_words_matches_hand_computation():
    arts = pd.DataFrame({"outlet": ["X", "X", "Y", "Z"], "text": [
        "regime crackdown regime", "regime talks", "talks summit talks", "summit summit regime"]})
    fw = compare.fightin_words(arts, comparison="both", prior_scale=0.5)
    row = fw[(fw.group == "X") & (fw.versus == "(rest)") & (fw.term == "regime")].iloc[0]
    # counts: X regime 3 of 5 tokens; rest regime 1 of 6; corpus regime 4 of 11, prior a_w = 0.5 * 4
    a, a0 = 2.0, 5.5
    delta = np.log((3 + a) / (5 + a0 - 3 - a)) - np.log((1 + a) / (6 + a0 - 1 - a))
    assert row["log_odds_ratio"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(delta / np.sqrt(1 / (3 + a) + 1 / (1 + a)))
    assert set(fw["versus"]) == {"(rest)", "Y", "Z"}
    pair = fw[(fw.group == "X") & (fw.versus == "Y")]
    assert pair["z"].is_monotonic_decreasing
    with pytest.raises(ValueError, match="only 1 outlet"):
        compare.fightin_words(arts.assign(outlet="X"))


def test_who_blames_whom_and_roles():
    frames = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "c", "c"],
        "feature": ["blame_attribution"] * 3 + ["partner_hierarchy", "neutrality_claim", "blame_attribution"],
        "blamer": ["China", "China", None, None, None, "Russia"],
        "blamed": ["United States", "NATO", "Russia", None, None, "the storm"],
        "blamed_kind": [None, None, None, None, None, "non-actor"],
        "polarity": ["asserted", "asserted", "withheld", None, None, "asserted"],
        "senior": [None, None, None, "China", None, None], "junior": [None, None, None, "Russia", None, None],
        "claimant": [None, None, None, None, "India", None],
    })
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Y"]})
    blame = compare.who_blames_whom(frames, arts)
    assert blame[["outlet", "blamer", "blamed", "polarity"]].values.tolist() == [
        ["X", "China", "NATO", "asserted"], ["X", "China", "United States", "asserted"],
        ["Y", "(narrator)", "Russia", "withheld"]]
    assert len(compare.who_blames_whom(frames, arts, include_non_actors=True)) == 4
    roles = compare.actor_roles(frames, arts)
    assert roles[["outlet", "role", "actor"]].values.tolist() == [
        ["X", "blamer", "China"], ["X", "blamed", "NATO"], ["X", "blamed", "United States"],
        ["Y", "senior", "China"], ["Y", "junior", "Russia"], ["Y", "claimant", "India"],
        ["Y", "blamer", "Russia"], ["Y", "blamed", "Russia"], ["Y", "blamed", "the storm"]]
    y_blamed = roles[(roles.outlet == "Y") & (roles.role == "blamed")]
    assert y_blamed["share"].sum() == pytest.approx(1.0)
    empty = compare.who_blames_whom(frames[frames.feature != "blame_attribution"], arts)
    assert empty.empty and list(empty.columns)[:3] == ["outlet", "blamer", "blamed"]


def test_topic_prevalence_composition_and_fixed():
    from framing.topics import TopicModeler, make_vectorizer

    rng = np.random.default_rng(0)
    trade = ["tariff", "trade", "export", "deal", "customs"]
    war = ["missile", "troops", "strike", "border", "artillery"]
    texts, outlets = [], []
    for i in range(40):
        share = 0.8 if i < 20 else 0.2
        words = [rng.choice(trade) if rng.random() < share else rng.choice(war) for _ in range(60)]
        texts.append(" ".join(words))
        outlets.append("X" if i < 20 else "Y")
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(40)], "outlet": outlets, "text": texts})
    tm = TopicModeler(2, method="lda", vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(arts)
    prev = compare.topic_prevalence(tm, arts, n_boot=200)
    assert (prev["method"] == "composition").all()
    trade_topic = int(prev[prev.label.str.contains("tariff|trade|export|deal|customs")].iloc[0]["topic"])
    x = prev[(prev.outlet == "X") & (prev.topic == trade_topic)].iloc[0]
    assert x["low"] < x["estimate"] < x["high"] and x["estimate"] > 0.6
    diff = compare.topic_differences(tm, arts, n_boot=200)
    d = diff[diff.topic == trade_topic].iloc[0]
    assert d["low"] > 0.3
    fixed = compare.topic_differences(tm, arts, n_boot=200, method="fixed")
    assert (fixed["high"] - fixed["low"]).iloc[0] <= (diff["high"] - diff["low"]).iloc[0] + 1e-9
    with pytest.raises(ValueError, match="only LDA"):
        nmf = TopicModeler(2, method="nmf", vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(arts)
        compare.topic_prevalence(nmf, arts, method="composition")
    refit = compare.topic_differences(nmf, arts, n_boot=15)
    assert (refit["method"] == "refit").all() and refit["low"].notna().all()


def test_topic_prevalence_over_time_and_unknown_docs():
    from framing.topics import TopicModeler, make_vectorizer

    arts = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("XXXYYY"),
                         "published": pd.to_datetime(["2021-01-02", "2021-02-03", None] * 2),
                         "text": ["tariff trade", "trade export", "export tariff", "missile troops",
                                  "troops strike", "strike missile"]})
    tm = TopicModeler(2, method="lda", vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(arts)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        prev = compare.topic_prevalence(tm, arts, by=None, freq="month", n_boot=50)
    assert any("no published date" in str(w.message) for w in caught)
    assert prev["period"].nunique() == 2
    with pytest.raises(ValueError, match="not in the topic model"):
        compare.topic_prevalence(tm, pd.concat([arts, arts.assign(doc_id="zz").iloc[:1]]), n_boot=50)


def test_few_carrying_units_are_flagged(tables):
    documents, articles = tables
    out = compare.feature_rates(documents, articles, n_boot=200, features=["blame_attribution"])
    x = out[out.outlet == "X"]  # blame in events p and r only
    assert x["note"].str.contains("only 2 event_id").all()
    diff = compare.rate_differences(documents, articles, n_boot=200, features=["blame_attribution"])
    assert diff[(diff.group_a == "X") & (diff.group_b == "Z")]["note"].str.contains("too few").all()
