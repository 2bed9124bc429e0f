"""PolNeAR (Newell, Margolin & Ruths, LREC 2018): 1,008 core articles (train/dev/test) from 7 US outlets, with
``metadata.tsv`` (publisher, date, author, title, wire pick-ups).

Only the core compartments are loaded (``split`` column: train/dev/test); ``annotator-training`` copies and
``parc3-replication`` rows (no text here) are not part of the core. Attribution offsets in the ``.ann`` files
refer to the raw text file named in ``source_file`` (relative to the dataset folder's parent), not to the
cleaned ``text``. Extra columns: ``split``, ``author``, ``polnear_file``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from framing.clean import wire_for_tag, wires_in
from framing.load._build import date_or_report, finish
from framing.load._io import SkipFile, decode
from framing.load.corpus import parse_text_article
from framing.load.report import LoadReport, LoadResult
from framing.schema import join_wire

FOLDER = "polnear"
CORE = ("train", "dev", "test")


def _wire(value: str | None) -> str | None:
    if value is None or value.strip() in {"", "None", "NA"}:
        return None
    names = [
        wire_for_tag(v.strip()) or next(iter(wires_in(v)), v.strip()) for v in value.split("|") if v.strip()
    ]
    return join_wire(names)


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    with open(path / "metadata.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    records = []
    for row_no, row in enumerate(rows, start=1):
        if row["compartment"] not in CORE:
            continue
        report.read += 1
        name = row["filename"]
        file = path / row["compartment"] / "text" / f"{name}.txt"
        shown = f"{FOLDER}/{row['compartment']}/text/{name}.txt"
        if not file.is_file():
            report.skip(f"{FOLDER}/metadata.tsv", row_no, f"text file {shown} not found")
            continue
        try:
            raw, _enc = decode(file.read_bytes())
        except SkipFile as exc:
            report.skip(shown, None, str(exc))
            continue
        parsed = parse_text_article(raw)
        author = row.get("author")
        records.append(
            {
                "native_id": name,
                "outlet_raw": row.get("publisher"),
                "headline": row.get("title") or parsed["headline"],
                "published": date_or_report(row.get("publication_date"), report, shown, None),
                "wire": _wire(row.get("wire")),
                "text": parsed["text"],
                "source_file": shown,
                "source_record": None,
                "split": row["compartment"],
                "author": None if author in (None, "", "None", "NA") else author,
                "polnear_file": name,
            }
        )
    return finish(records, report, dataset="polnear", clean=clean)
