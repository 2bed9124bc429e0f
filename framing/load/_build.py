"""Shared last step of every dataset adapter: canonical fields -> validated, cleaned articles table."""

from __future__ import annotations

from typing import Any

import pandas as pd

from framing.clean import clean_articles, normalise_outlet, parse_date
from framing.load.report import LoadReport, LoadResult
from framing.schema import conform_articles, empty_articles, make_doc_id, validate_articles


def date_or_report(value: Any, report: LoadReport, file: str, record: Any) -> pd.Timestamp | None:
    """Parse a date; an unparseable non-empty value is reported as a problem and left missing."""
    if (
        value is None
        or (isinstance(value, str) and not value.strip())
        or (not isinstance(value, str) and pd.isna(value))
    ):
        return None
    parsed = parse_date(value)
    if parsed is None:
        report.problem(file, record, "published", value, "unparseable date; left missing")
    return parsed


def finish(
    records: list[dict[str, Any]], report: LoadReport, *, dataset: str, clean: bool, key: str = "native_id"
) -> LoadResult:
    """Give each record a ``doc_id`` from the dataset name and its native id (``records[i][key]``), skip
    duplicates and empty texts (reported), clean, normalise outlets and validate."""
    kept: list[dict[str, Any]] = []
    seen: set[str] = set()
    for rec in records:
        native = rec.pop(key)
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            report.skip(rec.get("source_file"), rec.get("source_record"), "empty text")
            continue
        doc_id = make_doc_id(dataset, native)
        if doc_id in seen:
            report.skip(
                rec.get("source_file"),
                rec.get("source_record"),
                f"duplicate record (native id {native!r} seen before)",
            )
            continue
        seen.add(doc_id)
        rec["doc_id"] = doc_id
        rec.setdefault("outlet", None)
        kept.append(rec)
    articles = conform_articles(pd.DataFrame(kept)) if kept else empty_articles()
    if clean and len(articles):
        articles, removed = clean_articles(articles)  # returns a conformed table
        report.removed = removed.astype("object")
    raw = articles["outlet_raw"]
    articles["outlet"] = [
        normalise_outlet(r) if o is None else normalise_outlet(o) for o, r in zip(articles["outlet"], raw)
    ]
    articles["outlet"] = articles["outlet"].astype("object")
    report.loaded = len(articles)
    return LoadResult(validate_articles(articles), report)
