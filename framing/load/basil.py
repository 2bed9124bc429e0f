"""BASIL (Fan et al., EMNLP 2019): 100 events x 3 outlets (Fox, NYT, HuffPost), one JSON file per article.

``event_id`` is the triplet uuid; ``lean`` follows the dataset paper's description of the outlets (Fox right,
NYT centre, HuffPost left). Extra columns: ``main_event``, ``main_entities`` (";"-joined), ``basil_uuid``.
"""

from __future__ import annotations

import json
from pathlib import Path

from framing.load._build import date_or_report, finish
from framing.load.report import LoadReport, LoadResult

FOLDER = "basil"
#: Outlet lean as the BASIL paper describes its three outlets.
LEAN = {"fox": "right", "nyt": "center", "hpo": "left"}


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    records = []
    for file in sorted((path / "articles").glob("*/*.json"), key=lambda f: f.relative_to(path).as_posix()):
        shown = f"{FOLDER}/{file.relative_to(path).as_posix()}"
        report.read += 1
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            report.skip(shown, None, f"unreadable JSON ({exc})")
            continue
        paragraphs = [
            " ".join(s.strip() for s in para if isinstance(s, str) and s.strip())
            for para in data.get("body-paragraphs") or []
        ]
        source = str(data.get("source") or "").strip() or None
        records.append(
            {
                "native_id": file.stem,  # the uuid field is "empty" in a few files; the file name is unique
                "outlet_raw": source,
                "headline": data.get("title"),
                "published": date_or_report(data.get("date"), report, shown, None),
                "url": data.get("url"),
                "text": "\n\n".join(p for p in paragraphs if p),
                "event_id": data.get("triplet-uuid"),
                "source_file": shown,
                "source_record": None,
                "lean": LEAN.get((source or "").lower()),
                "main_event": data.get("main-event"),
                "main_entities": "; ".join(data.get("main-entities") or []) or None,
                "basil_uuid": data.get("uuid"),
            }
        )
    return finish(records, report, dataset="basil", clean=clean)
