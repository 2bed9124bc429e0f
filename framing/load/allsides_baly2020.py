"""AllSides article corpus of Baly et al. (EMNLP 2020), as sampled here: 2,180 full-text articles in 450
same-day, same-topic groups with a left, a centre and a right article each.

``event_id`` is the group id ("date|topic"; not guaranteed to be one event); ``lean`` is AllSides'
``bias_text``. Extra columns: ``topic``, ``authors``, ``baly_id``. :func:`load_metadata` reads the metadata of
all 37,554 articles (no text) with parsed dates and normalised outlets.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pandas as pd

from framing.clean import normalise_outlet, parse_date
from framing.load._build import date_or_report, finish
from framing.load.report import LoadReport, LoadResult

FOLDER = "allsides_baly2020"
SAMPLE = "articles_same_day_topic_lcr_sample.jsonl.gz"
METADATA = "metadata_all.tsv.gz"


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    shown = f"{FOLDER}/{SAMPLE}"
    records = []
    with gzip.open(path / SAMPLE, "rt", encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            report.read += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                report.skip(shown, line_no, f"invalid JSON ({exc.msg})")
                continue
            records.append(
                {
                    "native_id": rec.get("ID") or line_no,
                    "outlet_raw": rec.get("source"),
                    "headline": rec.get("title"),
                    "published": date_or_report(rec.get("date"), report, shown, line_no),
                    "url": rec.get("url"),
                    "text": rec.get("content_original"),
                    "event_id": rec.get("group_id"),
                    "source_file": shown,
                    "source_record": str(line_no),
                    "lean": rec.get("bias_text"),
                    "topic": rec.get("topic"),
                    "authors": rec.get("authors") or None,
                    "baly_id": rec.get("ID"),
                }
            )
    return finish(records, report, dataset="allsides_baly2020", clean=clean)


def load_metadata(path: Path) -> tuple[pd.DataFrame, LoadReport]:
    """All 37,554 metadata rows (no text): ``baly_id``, ``outlet``, ``outlet_raw``, ``lean``, ``topic``,
    ``published`` (parsed; empty and unparseable dates missing, the latter reported), ``url``, ``headline``."""
    report = LoadReport()
    shown = f"{FOLDER}/{METADATA}"
    with gzip.open(path / METADATA, "rt", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for row_no, row in enumerate(rows, start=1):
        report.read += 1
        out.append(
            {
                "baly_id": row["ID"],
                "outlet": normalise_outlet(row["source"]),
                "outlet_raw": row["source"],
                "lean": row["bias_text"],
                "topic": row["topic"],
                "published": date_or_report(row["date"], report, shown, row_no),
                "url": row["url"] or None,
                "headline": row["title"] or None,
            }
        )
    frame = pd.DataFrame(out)
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    report.loaded = len(frame)
    return frame, report


__all__ = ["load", "load_metadata", "parse_date"]
