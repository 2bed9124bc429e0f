"""Chinese state media and BBC headlines, Feb-Sep 2022 (from ``pontyl/news-sentivis``): 39,247 de-duplicated
headlines from CGTN, Xinhua, Global Times, China Daily and BBC, with five different timestamp formats.

Headlines only: ``text`` holds the headline (so features and topic models can run on it) and cleaning is not
applied (there is no body to clean). Extra columns: ``published_raw``, ``first_scraped``, ``last_scraped``,
``n_scrapes``.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from framing.load._build import date_or_report, finish
from framing.load.report import LoadReport, LoadResult

FOLDER = "china_state_media_headlines"
FILE = "headlines_dedup.csv.gz"


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    shown = f"{FOLDER}/{FILE}"
    records = []
    with gzip.open(path / FILE, "rt", encoding="utf-8", newline="") as fh:
        for row_no, row in enumerate(csv.DictReader(fh), start=1):
            report.read += 1
            headline = (row.get("headline") or "").strip()
            records.append(
                {
                    "native_id": f"{row.get('outlet')}\x1f{row.get('section')}\x1f{headline}",
                    "outlet_raw": row.get("outlet"),
                    "section": row.get("section"),
                    "headline": headline or None,
                    "published": date_or_report(row.get("published_raw"), report, shown, row_no),
                    "text": headline,
                    "source_file": shown,
                    "source_record": str(row_no),
                    "published_raw": row.get("published_raw"),
                    "first_scraped": row.get("first_scraped"),
                    "last_scraped": row.get("last_scraped"),
                    "n_scrapes": int(row["n_scrapes"]) if (row.get("n_scrapes") or "").isdigit() else None,
                }
            )
    return finish(records, report, dataset="china_state_media_headlines", clean=False)
