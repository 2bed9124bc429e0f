"""Syndication clusters: copies found, same-event reports kept apart, changes described, deterministic."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.syndication import (
    add_clusters,
    aggregator_copy,
    count_once,
    evaluate_syndication,
    syndication_clusters,
)

WIRE = (
    "Delegates from twelve countries met in Geneva on Monday to discuss a ceasefire in the region.",
    "The talks, hosted by the Swiss government, are expected to last three days, officials said.",
    "Several delegations arrived late after flights were delayed by a storm over the Alps.",
    "A spokesperson for the hosts said the first session focused on humanitarian corridors.",
    "No agreement is expected before Wednesday, according to two diplomats familiar with the talks.",
)
OTHER = (
    "Ceasefire talks opened in Geneva with twelve delegations, though hopes for a deal were low.",
    "Diplomats said humanitarian corridors would come first, and a deal was unlikely before Wednesday.",
    "The Swiss hosts urged patience as storms delayed several arrivals.",
)


def _table():
    wire = {
        "doc_id": "w1",
        "outlet": "Meridian Press Agency",
        "headline": "Ceasefire talks open in Geneva",
        "text": "\n\n".join(WIRE),
        "published": pd.Timestamp("2024-03-04"),
        "wire": "MPA",
    }
    copy = aggregator_copy(
        {**wire, "outlet": "x"}, site="FeedCascade", also_read=["Unrelated headline"], random_state=3
    )
    copy["published"] = pd.Timestamp("2024-03-04")
    own = {
        "doc_id": "o1",
        "outlet": "The Northgate Ledger",
        "headline": "Geneva talks begin",
        "text": "\n\n".join(OTHER),
        "published": pd.Timestamp("2024-03-04"),
        "wire": None,
    }
    return pd.DataFrame([copy, own, wire])


def test_copy_found_and_described():
    table = _table()
    before = table.copy(deep=True)
    out = syndication_clusters(table)
    pd.testing.assert_frame_equal(table, before)
    assert out["doc_id"].tolist() == ["w1-copy", "o1", "w1"]
    rows = out.set_index("doc_id")
    assert rows.loc["w1-copy", "cluster_id"] == rows.loc["w1", "cluster_id"] == "w1"
    assert rows.loc["o1", "cluster_id"] == "o1" and rows.loc["o1", "cluster_size"] == 1
    assert bool(rows.loc["w1", "is_original"]) and not bool(rows.loc["w1-copy", "is_original"])
    assert rows.loc["w1-copy", "wire"] == "MPA"
    assert bool(rows.loc["w1-copy", "headline_changed"])
    assert rows.loc["w1-copy", "cut_lines"] == [WIRE[-1]]
    inserted = rows.loc["w1-copy", "inserted_lines"]
    assert "Also Read | Unrelated headline" in inserted and inserted[0].startswith("Get latest articles")
    assert inserted[-1].startswith("(The above story")


def test_deterministic_and_order_independent():
    table = _table()
    first = syndication_clusters(table)
    again = syndication_clusters(table)
    pd.testing.assert_frame_equal(first, again)
    shuffled = syndication_clusters(table.iloc[::-1].reset_index(drop=True))
    assert dict(zip(shuffled["doc_id"], shuffled["cluster_id"])) == dict(
        zip(first["doc_id"], first["cluster_id"])
    )


def test_add_clusters_and_count_once():
    table = _table()
    added = add_clusters(table)
    assert list(added.columns[:-2]) == list(table.columns)
    assert added["cluster_id"].nunique() == 2
    assert sorted(count_once(table)["doc_id"]) == ["o1", "w1"]


def test_bad_arguments():
    with pytest.raises(ValueError, match="threshold="):
        syndication_clusters(_table(), threshold=1.5)
    with pytest.raises(ValueError, match="doc_id"):
        syndication_clusters(pd.DataFrame({"text": ["x"]}))
    empty = syndication_clusters(pd.DataFrame({"doc_id": ["a", "b"], "text": ["", "  "]}))
    assert empty["cluster_id"].tolist() == ["a", "b"]


@pytest.mark.realdata
def test_hidden_aggregator_copies_among_basil(realdata_dir):
    from framing.load import load_dataset

    articles, _ = load_dataset("basil", realdata_dir / "basil")
    figures = evaluate_syndication(articles, n_copies=60, n_double=15)
    assert figures["true_pairs"] == 90
    assert figures["precision"] >= 0.95 and figures["recall"] >= 0.95
    assert figures["original_accuracy"] >= 0.95 and figures["cut_reported"] >= 0.95


def test_cleaning_log_keeps_aggregator_changes_visible():
    from framing.clean import clean_articles

    cleaned, removed = clean_articles(_table())
    out = syndication_clusters(cleaned, removed=removed).set_index("doc_id")
    lines = out.loc["w1-copy", "boilerplate_lines"]
    assert any(line.startswith("Get latest articles") for line in lines)
    assert any(line.startswith("Also Read") for line in lines)
    assert "boilerplate lines removed by cleaning" in out.loc["w1-copy", "changes"]
    assert out.loc["w1-copy", "cluster_id"] == "w1"
