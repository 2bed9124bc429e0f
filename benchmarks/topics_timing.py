"""Timing of the topic pipeline on the AllSides sample of Baly et al. (2020): 2,180 full-text articles.

Measures, in one run on one machine:

- ``framing``: vectorise (``framing.topics.make_vectorizer``) + K grid (``select_k``: one NMF per K with
  NPMI coherence and exclusivity) + the final fit at the chosen K;
- ``textacy``: textacy 0.13's ``TopicModel("nmf", n_topics=K)`` fitting the same K values on the same
  document-term matrix (tf-idf weighted as framing does; ``alpha_W=0.0`` as framing uses; textacy's own
  default ``alpha_W=0.1`` is timed too, with how many topics it leaves empty).

Writes ``benchmarks/results/topics_timing.json`` (sorted keys, seconds rounded to 0.01). Wall times depend on
the machine and its load; the machine's CPU count and load average are recorded beside them.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
import warnings
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from framing.settings import SEED  # noqa: E402
from framing.topics import TopicModeler, make_vectorizer, select_k  # noqa: E402

KS = (5, 10, 15, 20)
OUT = REPO / "benchmarks" / "results" / "topics_timing.json"


def main() -> int:
    from sklearn.feature_extraction.text import TfidfTransformer
    from textacy.tm import TopicModel

    from framing.load import load_dataset

    articles, report = load_dataset("allsides_baly2020")
    articles = articles[articles["text"].fillna("").str.strip() != ""].sort_values("doc_id", kind="mergesort")
    result: dict = {"articles": len(articles), "ks": list(KS), "random_state": SEED,
                    "machine": {"cpus": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2),
                                "python": platform.python_version()}}
    warnings.simplefilter("ignore")

    start = time.perf_counter()
    vectorizer = make_vectorizer()
    matrix = vectorizer.fit_transform(articles["text"].tolist())
    t_vec = time.perf_counter() - start
    grid = select_k(articles, ks=KS, vectorizer=vectorizer, random_state=SEED, timings=True)
    t_grid = time.perf_counter() - start - t_vec
    k = int(grid.loc[grid["chosen"], "k"].iloc[0])
    t0 = time.perf_counter()
    TopicModeler(k, vectorizer=vectorizer, random_state=SEED).fit(articles)
    t_final = time.perf_counter() - t0
    result["framing"] = {"vectorise_seconds": round(t_vec, 2), "k_grid_seconds": round(t_grid, 2),
                         "final_fit_seconds": round(t_final, 2), "total_seconds": round(t_vec + t_grid + t_final, 2),
                         "chosen_k": k, "matrix_shape": list(matrix.shape),
                         "grid": [{"k": int(r.k), "coherence": round(float(r.coherence), 4),
                                   "exclusivity": round(float(r.exclusivity), 4),
                                   "fit_seconds": round(float(r.fit_seconds), 2)} for r in grid.itertuples()]}

    weighted = TfidfTransformer().fit_transform(matrix)
    for name, alpha_w in (("textacy_alpha_W_0", 0.0), ("textacy_default_alpha_W", 0.1)):
        rows, total = [], 0.0
        for k_ in KS:
            t0 = time.perf_counter()
            tm = TopicModel("nmf", n_topics=k_, alpha_W=alpha_w, random_state=SEED)
            tm.fit(weighted)
            seconds = time.perf_counter() - t0
            total += seconds
            empty = int((np.asarray(tm.model.components_).sum(axis=1) == 0).sum())
            rows.append({"k": k_, "fit_seconds": round(seconds, 2), "empty_topics": empty})
        result[name] = {"total_seconds": round(total, 2), "fits": rows,
                        "note": "textacy fits only: no coherence, exclusivity or labels"}
    result["ratio_framing_grid_to_textacy_alpha_W_0"] = round(t_grid / max(result["textacy_alpha_W_0"]["total_seconds"], 1e-9), 2)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, sort_keys=True, indent=2) + "\n")
    print(json.dumps(result, sort_keys=True, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
