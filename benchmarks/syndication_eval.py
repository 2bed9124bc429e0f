#!/usr/bin/env python3
"""Syndication detection on real articles: aggregator copies (new headline, promo line repeating the lede,
"Also Read" inserts, a syndication disclaimer, the last paragraph cut) are hidden among real articles and
``framing.syndication.syndication_clusters`` must find them (pair precision and recall), pick the true original
and report the changes.

    .venv/bin/python benchmarks/syndication_eval.py

Runs on BASIL (300 articles; same-event triplets from three outlets are hard negatives) and on the Baly 2020
AllSides sample (2,180 articles), on the raw copies and after the cleaning pipeline. Writes
``benchmarks/results/syndication_eval.json``.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.load import load_dataset  # noqa: E402
from framing.syndication import evaluate_syndication  # noqa: E402

RUNS = (("basil", 60, 15), ("allsides_baly2020", 200, 50))


def main() -> int:
    results: dict[str, object] = {"python": platform.python_version(), "runs": {}}
    for name, n_copies, n_double in RUNS:
        articles, _report = load_dataset(name)
        for clean in (False, True):
            start = time.perf_counter()
            figures = evaluate_syndication(articles, n_copies=n_copies, n_double=n_double, clean=clean)
            figures["seconds"] = round(time.perf_counter() - start, 1)
            key = f"{name}{'_cleaned' if clean else '_raw'}"
            results["runs"][key] = figures  # type: ignore[index]
            print(f"{key:<28} {figures}", flush=True)
    out = ROOT / "benchmarks" / "results" / "syndication_eval.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
