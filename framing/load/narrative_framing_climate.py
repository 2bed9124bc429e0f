"""Climate-change articles with narrative frames (Frermann, Li, Khanehzar & Mikolajczak, ACL 2023): 428
articles, raw outlet strings (63 values, normalised through outlets.yaml), MBFC labels and five frame flags.

``lean`` is the MBFC label tidied (``left``, ``left-center``, ``right``, ``questionable``...). Extra columns:
``mbfc`` (raw), ``RE``, ``HI``, ``CO``, ``MO``, ``EC`` (bools), ``narrative_id``. The headline is not separate
from the body in this dataset, so ``headline`` is missing.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from framing.load._build import date_or_report, finish
from framing.load.report import LoadReport, LoadResult

FOLDER = "narrative_framing_climate"
FILE = "articles_metadata.tsv"
FRAMES = ("RE", "HI", "CO", "MO", "EC")


def _lean(mbfc: str | None) -> str | None:
    if not mbfc:
        return None
    label = mbfc.strip().lower().removesuffix("_bias").replace("_", "-")
    label = label.removesuffix("-source")  # "questionable_source" -> "questionable"
    return {"leftcenter": "left-center", "rightcenter": "right-center"}.get(label, label)


def _flag(value: str | None) -> bool | None:
    return {"true": True, "false": False}.get(str(value).strip().lower())


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    shown = f"{FOLDER}/{FILE}"
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open(path / FILE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    records = []
    for row_no, row in enumerate(rows, start=1):
        report.read += 1
        rec = {
            "native_id": row.get("ID") or row_no,
            "outlet_raw": row.get("source"),
            "published": date_or_report(row.get("date"), report, shown, row_no),
            "text": (row.get("text") or "").replace("\\n", "\n"),
            "source_file": shown,
            "source_record": str(row_no),
            "lean": _lean(row.get("mbfc")),
            "mbfc": row.get("mbfc"),
            "narrative_id": row.get("ID"),
        }
        rec.update({f: _flag(row.get(f)) for f in FRAMES})
        records.append(rec)
    return finish(records, report, dataset="narrative_framing_climate", clean=clean)
