"""Ukraine-crisis news bias (Färber et al., CIKM 2020): 90 articles (2014) as sentences with crowd judgements.
No outlet names. ``text`` joins the sentences in article order, one per paragraph. Extra column:
``n_sentences``.
"""

from __future__ import annotations

import json
from pathlib import Path

from framing.load._build import finish
from framing.load.report import LoadReport, LoadResult

FOLDER = "ukraine_news_bias"


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    records = []
    files = sorted(
        (path / "all-data-as-json").glob("article_*.json"),
        key=lambda f: int(f.stem.split("_")[-1]) if f.stem.split("_")[-1].isdigit() else 0,
    )
    for file in files:
        shown = f"{FOLDER}/all-data-as-json/{file.name}"
        report.read += 1
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            report.skip(shown, None, f"unreadable JSON ({exc})")
            continue
        sentences = sorted(
            (s for s in data.get("sentences", []) if isinstance(s, dict)),
            key=lambda s: s.get("position_in_article", 0),
        )
        records.append(
            {
                "native_id": data.get("id") or file.stem,
                "text": "\n\n".join(str(s.get("content", "")).strip() for s in sentences if s.get("content")),
                "source_file": shown,
                "source_record": None,
                "n_sentences": len(sentences),
            }
        )
    return finish(records, report, dataset="ukraine_news_bias", clean=clean)
