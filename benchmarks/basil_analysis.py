"""Outlet comparison on BASIL (Fan et al. 2019): 100 events, each told by Fox News, The New York Times and
HuffPost. Writes the result tables to ``benchmarks/results/basil/`` (CSV, fixed float format):

- ``k_selection.csv``: LDA topics for each K of the grid, NPMI coherence and exclusivity, the chosen K;
- ``topics.csv``: FREX labels, top terms, coherence, exclusivity of the chosen model;
- ``feature_rates.csv`` / ``feature_differences.csv``: the three framing features per outlet (per 1,000
  sentences and share of articles) with event-clustered bootstrap intervals, and outlet differences;
- ``paired_differences.csv``: same-event (within-triplet) differences between outlets;
- ``fightin_words.csv``: the top terms of each outlet against the other two and pairwise (z-scores);
- ``topic_prevalence.csv`` / ``topic_differences.csv``: topic prevalence by outlet with intervals by the
  method of composition (event bootstrap x draws from each article's posterior topic proportions);
- ``run.json``: settings and counts.

Run ``python benchmarks/basil_analysis.py`` (full) or ``--quick`` (12 events, small grid, few replicates;
what the ``realdata`` test runs). ``--check`` runs twice into two temporary folders and fails unless every
table is byte-identical.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from framing import compare  # noqa: E402
from framing.settings import SEED  # noqa: E402
from framing.topics import TopicModeler, make_vectorizer, select_k  # noqa: E402

FEATURES = ("partner_hierarchy", "neutrality_claim", "blame_attribution")
FLOAT_FORMAT = "%.6f"
#: LDA (batch variational Bayes) iterations. LDA rather than NMF here: BASIL's topics are close to its 100
#: events, NMF refits on bootstrap samples of events find different topics (mean cosine similarity to the
#: reference about 0.5), while LDA's posterior gives the method of composition without refitting.
LDA_ITER = 40
OUT = REPO / "benchmarks" / "results" / "basil"


def _frames(articles: pd.DataFrame) -> pd.DataFrame:
    from framing import extract_frames

    try:
        return extract_frames(articles, features=list(FEATURES))
    except ValueError as exc:  # the parse cache can mix stored and fresh docs; parse afresh instead
        print(f"extract_frames with the parse cache failed ({exc}); parsing without the cache", file=sys.stderr)
        return extract_frames(articles, features=list(FEATURES), cache="off")


def load_articles(*, quick: bool = False, realdata: Path | None = None):
    """BASIL articles in doc_id order (quick: the first 12 events in sorted order, all three outlets)."""
    from framing.load import load_dataset

    articles, report = load_dataset("basil", realdata / "basil" if realdata else None)
    articles = articles.sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    if quick:
        events = sorted(articles["event_id"].dropna().unique())[:12]
        articles = articles[articles["event_id"].isin(events)].reset_index(drop=True)
    return articles, report


def run(*, quick: bool = False, random_state: int = SEED, realdata: Path | None = None,
        frames: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Compute every table (no files written). ``frames``: frame rows already extracted from the same
    articles (the test passes them to run the statistics twice without parsing twice)."""
    from framing import document_table

    articles, report = load_articles(quick=quick, realdata=realdata)
    n_boot = 300 if quick else 2000
    n_refits = 300 if quick else 2000
    ks = (3, 5) if quick else (4, 6, 8, 10, 12, 15)

    if frames is None:
        frames = _frames(articles)
    frames = frames[frames["feature"].isin(FEATURES) & frames["doc_id"].isin(articles["doc_id"])]
    documents = document_table(frames, articles)
    tables: dict[str, pd.DataFrame] = {}

    vectorizer = make_vectorizer(min_df=3, max_df=0.5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # NMF convergence notes
        tables["k_selection"] = select_k(articles, ks=ks, method="lda", vectorizer=vectorizer, max_iter=LDA_ITER,
                                         random_state=random_state)
        k = int(tables["k_selection"].loc[tables["k_selection"]["chosen"], "k"].iloc[0])
        model = TopicModeler(k, method="lda", vectorizer=vectorizer, max_iter=LDA_ITER,
                             random_state=random_state).fit(articles)
        tables["topics"] = model.labels()
        tables["topic_terms"] = model.topic_terms(n_terms=10)
        tables["topic_prevalence"] = compare.topic_prevalence(model, articles, n_boot=n_refits,
                                                              random_state=random_state)
        tables["topic_differences"] = compare.topic_differences(model, articles, n_boot=n_refits,
                                                                random_state=random_state)

    tables["feature_rates"] = compare.feature_rates(documents, articles, features=list(FEATURES), n_boot=n_boot,
                                                    random_state=random_state)
    tables["feature_differences"] = compare.rate_differences(documents, articles, features=list(FEATURES),
                                                             n_boot=n_boot, random_state=random_state)
    tables["paired_differences"] = compare.paired_differences(documents, articles, features=list(FEATURES),
                                                              n_boot=n_boot, random_state=random_state)
    keyness = compare.fightin_words(articles, vectorizer=make_vectorizer(min_df=2, max_df=0.9))
    # the 20 terms most and 10 least typical of each side of each comparison (table is sorted by z)
    rank = keyness.groupby(["group", "versus"], sort=False).cumcount()
    rank_from_end = keyness.iloc[::-1].groupby(["group", "versus"], sort=False).cumcount().iloc[::-1]
    tables["fightin_words"] = keyness[(rank < 20) | (rank_from_end < 10)].reset_index(drop=True)
    tables["who_blames_whom"] = compare.who_blames_whom(frames, articles)
    tables["actor_roles"] = compare.actor_roles(frames, articles)
    tables["run"] = pd.DataFrame([{
        "articles": len(articles), "events": int(articles["event_id"].nunique()), "frame_rows": len(frames),
        "sentences": int(documents["n_sentences"].sum()), "chosen_k": k, "n_boot": n_boot, "n_boot_topics": n_refits,
        "random_state": random_state, "loaded": report.loaded, "skipped": len(report.skipped), "quick": quick}])
    return tables


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write each table as CSV with a fixed float format and ``run.json``; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, table in sorted(tables.items()):
        if name == "run":
            path = out_dir / "run.json"
            path.write_text(json.dumps(table.iloc[0].to_dict(), sort_keys=True, indent=2, default=str) + "\n")
        else:
            path = out_dir / f"{name}.csv"
            table.to_csv(path, index=False, float_format=FLOAT_FORMAT, lineterminator="\n")
        paths.append(path)
    return paths


def write_figures(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Draw the main tables as deterministic SVG files (framing.plots; nothing is computed here)."""
    import matplotlib.pyplot as plt

    from framing import plots

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    rates = tables["feature_rates"]
    figures = {
        "feature_rates.svg": lambda ax: plots.plot_rates(rates, ax=ax),
        "paired_differences.svg": lambda ax: plots.plot_differences(
            tables["paired_differences"][tables["paired_differences"]["feature"] == "blame_attribution"]
            .assign(label=lambda t: t["group_a"] + " - " + t["group_b"]), ax=ax),
        "topic_differences.svg": lambda ax: plots.plot_differences(tables["topic_differences"], ax=ax),
        "termite.svg": lambda ax: plots.plot_termite(tables["topic_terms"], label=tables["topics"], ax=ax),
        "blame_network_fox.svg": lambda ax: plots.plot_blame_network(tables["who_blames_whom"], group="Fox News",
                                                                     min_rows=2, ax=ax),
    }
    for name, draw in figures.items():
        fig, ax = plt.subplots(figsize=(7, 4.5), layout="constrained")
        draw(ax)
        paths.append(plots.save_svg(fig, out_dir / name))
        plt.close(fig)
    return paths


def check_identical(*, quick: bool, frames: pd.DataFrame | None = None) -> list[str]:
    """Run twice into temporary folders; return the names of tables that differ (empty when identical)."""
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        first, second = run(quick=quick, frames=frames), run(quick=quick, frames=frames)
        a = write_tables(first, Path(one)) + write_figures(first, Path(one) / "figures")
        b = write_tables(second, Path(two)) + write_figures(second, Path(two) / "figures")
        return [p.name for p, q in zip(a, b) if not filecmp.cmp(p, q, shallow=False)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="12 events, K grid (3, 5), few replicates")
    parser.add_argument("--out", type=Path, default=None, help=f"output folder (default {OUT}, or OUT/quick)")
    parser.add_argument("--check", action="store_true", help="run twice and fail unless tables are identical")
    parser.add_argument("--frames", type=Path, default=None,
                        help="frame rows already extracted from BASIL (framing extract --output, .parquet/.csv/.pkl); "
                             "skips the parse")
    args = parser.parse_args(argv)
    frames = None
    if args.frames is not None:
        suffix = args.frames.suffix.lower()
        frames = (pd.read_parquet(args.frames) if suffix == ".parquet" else pd.read_pickle(args.frames)
                  if suffix == ".pkl" else pd.read_csv(args.frames))
    if args.check:
        differ = check_identical(quick=args.quick, frames=frames)
        print("identical" if not differ else f"tables differ between runs: {', '.join(differ)}")
        return 1 if differ else 0
    out = args.out or (OUT / "quick" if args.quick else OUT)
    tables = run(quick=args.quick, frames=frames)
    for path in write_tables(tables, out) + write_figures(tables, out / "figures"):
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
