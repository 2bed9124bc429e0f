"""The canonical articles table: conform, validate (every problem listed), ids and wire cells."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.schema import (
    ARTICLE_COLUMNS,
    ArticlesError,
    conform_articles,
    empty_articles,
    join_wire,
    make_doc_id,
    split_wire,
    validate_articles,
)


def test_conform_orders_columns_and_types():
    raw = pd.DataFrame(
        {"text": ["Body."], "lean": ["left"], "doc_id": ["a"], "published": ["2024-03-03"], "outlet": ["  "]}
    )
    out = conform_articles(raw)
    assert list(out.columns) == [*ARTICLE_COLUMNS, "lean"]
    assert pd.api.types.is_datetime64_any_dtype(out["published"])
    assert out.loc[0, "outlet"] is None  # blank -> missing
    validate_articles(out)
    assert list(raw.columns) == ["text", "lean", "doc_id", "published", "outlet"]  # input unchanged


def test_validate_lists_every_problem():
    bad = conform_articles(pd.DataFrame({"doc_id": ["a", "a", None], "text": ["x", 3, "y"]}))
    bad["published"] = bad["published"].astype(object)
    bad.loc[0, "headline"] = ""
    with pytest.raises(ArticlesError) as info:
        validate_articles(bad)
    message = str(info.value)
    for fragment in (
        "doc_id is missing in 1 rows",
        "doc_id is not unique",
        "text is not a string",
        "published must be datetime64",
        "headline has 1 empty strings",
    ):
        assert fragment in message
    with pytest.raises(ArticlesError, match="pandas DataFrame"):
        validate_articles([1, 2])


def test_empty_table_is_valid():
    assert validate_articles(empty_articles()).empty


def test_ids_and_wire_cells():
    assert make_doc_id("a", 1) == make_doc_id("a", 1) != make_doc_id("a", 2)
    assert len(make_doc_id("x", length=8)) == 8
    assert split_wire(join_wire(["AP", "PTI", "AP"])) == ["AP", "PTI"]
    assert split_wire(float("nan")) == [] and join_wire([]) is None
