"""Coverage of the nominal 95% intervals of framing.compare on simulated corpora with planted outlet effects
(the same settings as tests/test_simulate.py). Writes benchmarks/results/simulation_coverage.json.

Rates: 200 corpora of 60 events x 3 outlets (planted 20, 30, 20 per 1,000 sentences; event and article
effects), intervals of rate_differences with 400 event-resampling replicates.
Topics: 200 corpora of 2 outlets x 60 documents of 300 words with 3 planted topics (outlet Dirichlet
(2, 1, 1) vs (1, 2, 1)), LDA fitted per corpus, intervals of topic_differences (method of composition, 300
replicates) for the planted differences (+0.25, -0.25, 0).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from framing import simulate  # noqa: E402

OUT = REPO / "benchmarks" / "results" / "simulation_coverage.json"


def main() -> int:
    result = {}
    start = time.perf_counter()
    rates = simulate.rate_coverage(n_corpora=200, n_boot=400)
    result["rates_seconds"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    topics = simulate.topic_coverage(n_corpora=200)
    result["topics_seconds"] = round(time.perf_counter() - start, 1)
    result["rates"] = [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()}
                       for row in rates.to_dict("records")]
    result["topics"] = [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()}
                        for row in topics.to_dict("records")]
    result["rates_pooled_coverage"] = round(float(rates["coverage"].mean()), 4)
    result["topics_pooled_coverage"] = round(float(topics["coverage"].mean()), 4)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, sort_keys=True, indent=2, default=int) + "\n")
    print(json.dumps(result, sort_keys=True, indent=2, default=int))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
