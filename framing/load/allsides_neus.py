"""AllSides headline roundups crawled for NeuS (Lee et al., NAACL 2022): 506 stories, each with the lead of a
left, a centre and a right outlet (usually 2-4 paragraphs, often truncated with "...").

One row per outlet article; ``event_id`` is the AllSides story id; ``lean`` is the side AllSides placed the
outlet on (left/center/right). Extra columns: ``story_headline``, ``topic``, ``roundup`` (the editors'
neutral summary), ``stance_specific``.
"""

from __future__ import annotations

import json
from pathlib import Path

from framing.load._build import date_or_report, finish
from framing.load.report import LoadReport, LoadResult

FOLDER = "allsides_neus"
FILE = "raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
SIDES = ("left", "center", "right")


def _join(value) -> str | None:
    if isinstance(value, list):
        parts = [str(v).replace("\xa0", " ").strip() for v in value if str(v).strip()]
        return "\n\n".join(parts) or None
    return None if value is None else str(value)


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    shown = f"{FOLDER}/{FILE}"
    records = []
    with open(path / FILE, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                story = json.loads(line)
            except json.JSONDecodeError as exc:
                report.read += 1
                report.skip(shown, line_no, f"invalid JSON ({exc.msg})")
                continue
            published = date_or_report(story.get("date"), report, shown, line_no)
            news = story.get("news") or {}
            if not any(isinstance(news.get(side), dict) for side in SIDES):
                report.problem(shown, line_no, "news", story.get("id"), "story lists no outlet articles")
            for side in SIDES:
                item = news.get(side)
                if not isinstance(item, dict):
                    continue
                report.read += 1
                records.append(
                    {
                        "native_id": f"{story.get('id')}:{side}",
                        "outlet_raw": item.get("newsSource"),
                        "headline": item.get("newsTitle"),
                        "published": published,
                        "url": item.get("newsLink"),
                        "text": _join(item.get("newBody")),
                        "event_id": str(story.get("id")),
                        "source_file": shown,
                        "source_record": f"{line_no}:{side}",
                        "lean": side,
                        "story_headline": story.get("issue"),
                        "topic": story.get("topic"),
                        "roundup": _join(story.get("roundup")),
                        "stance_specific": item.get("stance_specific"),
                    }
                )
    return finish(records, report, dataset="allsides_neus", clean=clean)
