"""Tests of framing.topics on a tiny two-theme corpus written for the test."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from framing import topics

TRADE = "tariff trade export customs deal quota".split()
WAR = "missile troops strike border artillery drone".split()


@pytest.fixture(scope="module")
def articles():
    rng = np.random.default_rng(1)
    rows = []
    for i in range(30):
        theme = TRADE if i % 2 else WAR
        words = [rng.choice(theme) for _ in range(25)] + ["said", "the", "officials"]
        rows.append({"doc_id": f"d{i:02d}", "outlet": "XY"[i % 2], "text": " ".join(words)})
    rows.append({"doc_id": "empty", "outlet": "X", "text": ""})
    return pd.DataFrame(rows)


def vec():
    return topics.make_vectorizer(min_df=1, max_df=0.9)


def test_stop_words_are_visible_and_configurable():
    words = topics.news_stop_words()
    assert {"said", "according", "the"} <= set(words) and words == sorted(words)
    v = topics.make_vectorizer(min_df=1, max_df=1.0, stop_words="english")
    assert "said" in v.fit(["officials said talks"]).get_feature_names_out()
    v = topics.make_vectorizer(min_df=1, max_df=1.0, extra_stop_words=["Talks"])
    assert v.fit(["officials said talks"]).get_feature_names_out().tolist() == ["officials"]
    with pytest.raises(ValueError, match="`stop_words`"):
        topics.make_vectorizer(stop_words="french")


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_fit_recovers_the_two_themes_and_is_deterministic(articles, method):
    a = topics.TopicModeler(2, method=method, vectorizer=vec(), random_state=3)
    assert a.fit(articles) is a
    tt = a.topic_terms(n_terms=4)
    assert tt.columns.tolist() == ["topic", "rank", "term", "weight", "exclusivity", "frex"]
    tops = [set(tt[tt.topic == k]["term"]) for k in (0, 1)]
    assert sorted(bool(s <= set(TRADE)) for s in tops) == [False, True]
    assert all(s <= set(TRADE) or s <= set(WAR) for s in tops)
    assert "said" not in set(a.terms_)
    b = topics.TopicModeler(2, method=method, vectorizer=vec(), random_state=3).fit(articles)
    np.testing.assert_array_equal(a.doc_topic_, b.doc_topic_)
    pd.testing.assert_frame_equal(a.labels(), b.labels())
    dt = a.document_topics()
    assert dt.groupby("doc_id")["proportion"].sum().drop("empty").round(9).eq(1).all()
    wide = a.document_topics(wide=True)
    assert bool(wide.loc[wide.doc_id == "empty", "empty"].iloc[0])
    top = a.top_documents(n_docs=3)
    assert top.groupby("topic").size().tolist() == [3, 3]
    assert (a.coherence(n_terms=4) > 0).all() and (a.exclusivity(n_terms=4) > 0.9).all()
    assert (a.coherence(n_terms=10) < a.coherence(n_terms=4)).all()  # the 10 include the other theme


def test_textacy_interop(articles):
    from textacy.tm import TopicModel

    tm = topics.TopicModeler(2, method=TopicModel("nmf", n_topics=2, alpha_W=0.0), vectorizer=vec()).fit(articles)
    assert tm.model_.alpha_W == 0.0 and tm.doc_topic_.shape == (31, 2)
    wrapped = tm.to_textacy()
    terms = list(wrapped.top_topic_terms(tm.terms_, top_n=3))
    assert len(terms) == 2


def test_select_k_table(articles):
    table = topics.select_k(articles, ks=[2, 4, 3], vectorizer=vec())
    assert table["k"].tolist() == [2, 3, 4] and table["chosen"].sum() == 1
    assert int(table.loc[table.chosen, "k"].iloc[0]) == 2
    again = topics.select_k(articles, ks=[2, 3, 4], vectorizer=vec())
    pd.testing.assert_frame_equal(table, again)


def test_npmi_bounds_and_alignment():
    X = sparse.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1]]))
    score = topics.npmi_coherence(X, np.array([[0, 1], [0, 2]]))
    assert score[0] == pytest.approx(1.0) and score[1] == -1.0
    ref = np.eye(3)
    assert topics.align_topics(ref, ref[[2, 0, 1]]).tolist() == [1, 2, 0]


def test_bad_input_messages(articles):
    with pytest.raises(ValueError, match="`n_topics`"):
        topics.TopicModeler(0).fit(articles)
    with pytest.raises(ValueError, match="vocabulary"):
        topics.TopicModeler(2).fit(["", ""])
    with pytest.raises(ValueError, match="`method`"):
        topics.TopicModeler(2, method="bert", vectorizer=vec()).fit(articles)
    with pytest.raises(ValueError, match="cannot support"):
        topics.TopicModeler(50, vectorizer=vec()).fit(articles)
