"""BABE (Spinde et al. 2021): sentence-level media-bias labels. ``final_labels_SG2.csv`` (3,674 sentences, 5
experts) and ``final_labels_SG1.csv`` (1,700 sentences, 8 experts); ``;``-separated. One row per sentence.

``lean`` is the outlet lean the dataset gives (``type``). Extra columns: ``group`` (SG1/SG2), ``topic``,
``label_bias``, ``label_opinion``, ``biased_words``. The MBIC crowd labels are only in ``.xlsx`` and are not
read (no spreadsheet dependency).
"""

from __future__ import annotations

import csv
from pathlib import Path

from framing.load._build import finish
from framing.load._io import decode
from framing.load.report import LoadReport, LoadResult

FOLDER = "babe_mbic"
FILES = (("SG2", "final_labels_SG2.csv"), ("SG1", "final_labels_SG1.csv"))


def load(path: Path, *, clean: bool = True) -> LoadResult:
    import io

    report = LoadReport()
    records = []
    for group, name in FILES:
        shown = f"{FOLDER}/{name}"
        text, _enc = decode((path / name).read_bytes())
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
        for row_no, row in enumerate(reader, start=1):
            report.read += 1
            if None in row or len(row) != len(reader.fieldnames or []):
                report.skip(shown, row_no, "row has a different number of fields than the header")
                continue
            records.append(
                {
                    "native_id": f"{group}:{row_no}",
                    "outlet_raw": row.get("outlet"),
                    "url": row.get("news_link") or None,
                    "text": row.get("text"),
                    "source_file": shown,
                    "source_record": str(row_no),
                    "lean": row.get("type") or None,
                    "group": group,
                    "topic": row.get("topic") or None,
                    "label_bias": row.get("label_bias") or None,
                    "label_opinion": row.get("label_opinion") or None,
                    "biased_words": row.get("biased_words") or None,
                }
            )
    return finish(records, report, dataset="babe_mbic", clean=clean)
