"""`framing compare ...`: outlet comparisons from files (thin over :mod:`framing.compare` and
:mod:`framing.topics`). Tables are read from ``.parquet``, ``.csv``, ``.tsv`` or ``.jsonl`` files and written as
CSV with a fixed float format, or printed."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from framing import settings
from framing.cli._app import app

compare_app = typer.Typer(help="Compare outlets: feature rates with intervals, keyness (Fightin' Words), topics, "
                               "who blames whom.", no_args_is_help=True)
app.add_typer(compare_app, name="compare")


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


def _read(path: Path, what: str):
    import pandas as pd

    if not path.exists():
        raise FileNotFoundError(f"{what} file {str(path)!r} does not exist")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        table = pd.read_parquet(path)
    elif suffix in (".csv", ".tsv"):
        table = pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",")
    elif suffix in (".jsonl", ".json"):
        table = pd.read_json(path, lines=suffix == ".jsonl")
    else:
        raise ValueError(f"{what} file {str(path)!r} has an unknown extension; use .parquet, .csv, .tsv or .jsonl")
    if "published" in table.columns:
        table["published"] = pd.to_datetime(table["published"], errors="coerce")
    if "doc_id" in table.columns:
        table["doc_id"] = table["doc_id"].astype(str)
    return table


def _emit(table, out: Optional[Path]) -> None:
    if out is None:
        typer.echo(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False, float_format="%.6f", lineterminator="\n")
    typer.echo(f"{len(table)} rows written to {out}")


@compare_app.command("rates")
def rates_command(
    frames: Path = typer.Argument(..., help="Frame rows file (framing extract --output)."),
    articles: Path = typer.Argument(..., help="Articles table file (doc_id, outlet, text; event_id, published, "
                                    "cluster_id when present)."),
    documents: Optional[Path] = typer.Option(None, "--documents", help="Document table (framing extract "
                                             "--documents); built from frames + article text when omitted."),
    by: str = typer.Option("outlet", "--by", help="Article column that defines the groups."),
    feature: Optional[List[str]] = typer.Option(None, "--feature", help="Report only this feature; repeatable."),
    differences: bool = typer.Option(False, "--differences", help="Report pairwise differences between groups."),
    paired: bool = typer.Option(False, "--paired", help="Report same-event (event_id) differences."),
    freq: Optional[str] = typer.Option(None, "--freq", help="Rates over time: month, week, quarter, year."),
    syndication: str = typer.Option("keep", "--syndication", help="keep, once_per_outlet or once (cluster_id)."),
    n_boot: int = typer.Option(2000, "--n-boot", min=10, help="Bootstrap replicates."),
    ci: float = typer.Option(0.95, "--ci", help="Interval coverage."),
    random_state: int = typer.Option(settings.SEED, "--random-state", help="Bootstrap seed."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the table to this CSV file (else print it)."),
) -> None:
    """Feature rates per outlet (per 1,000 sentences, share of articles) with bootstrap intervals."""
    from framing import compare

    try:
        frame_rows, table = _read(frames, "frame rows"), _read(articles, "articles")
        if documents is not None:
            docs = _read(documents, "documents")
        else:
            from framing.features import document_table

            docs = document_table(frame_rows, table)
            docs["doc_id"] = docs["doc_id"].astype(str)
        options = dict(features=feature or None, n_boot=n_boot, ci=ci, random_state=random_state)
        if paired:
            result = compare.paired_differences(docs, table, by=by, **options)
        elif freq:
            result = compare.rates_over_time(docs, table, by=by, freq=freq, syndication=syndication, **options)
        elif differences:
            result = compare.rate_differences(docs, table, by=by, syndication=syndication, **options)
        else:
            result = compare.feature_rates(docs, table, by=by, syndication=syndication, **options)
    except (ValueError, TypeError, FileNotFoundError) as exc:
        _fail(exc)
    _emit(result, out)


@compare_app.command("keyness")
def keyness_command(
    articles: Path = typer.Argument(..., help="Articles table file with text and the group column."),
    by: str = typer.Option("outlet", "--by", help="Article column that defines the groups."),
    comparison: str = typer.Option("both", "--comparison", help="vs_rest, pairwise or both."),
    prior_scale: float = typer.Option(0.1, "--prior-scale", help="Prior strength as a share of the corpus tokens."),
    top: int = typer.Option(20, "--top", min=0, help="Keep the top N terms per comparison (0: all)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the table to this CSV file (else print it)."),
) -> None:
    """Fightin' Words keyness (log-odds ratio, informative Dirichlet prior) for each outlet."""
    from framing import compare

    try:
        result = compare.fightin_words(_read(articles, "articles"), by=by, comparison=comparison,
                                       prior_scale=prior_scale)
    except (ValueError, TypeError, FileNotFoundError) as exc:
        _fail(exc)
    if top:
        result = result.groupby(["group", "versus"], sort=False).head(top).reset_index(drop=True)
    _emit(result, out)


@compare_app.command("topics")
def topics_command(
    articles: Path = typer.Argument(..., help="Articles table file (doc_id, text, outlet)."),
    k: Optional[int] = typer.Option(None, "--k", min=1, help="Number of topics; chosen from --ks when omitted."),
    ks: str = typer.Option("5,10,15,20", "--ks", help="K grid for selection (comma-separated)."),
    method: str = typer.Option("nmf", "--method", help="nmf or lda."),
    by: Optional[str] = typer.Option("outlet", "--by", help="Prevalence per this column ('' to skip)."),
    n_boot: int = typer.Option(100, "--n-boot", min=10, help="Replicates for prevalence intervals (refits for NMF)."),
    random_state: int = typer.Option(settings.SEED, "--random-state", help="Seed of the model and bootstrap."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write k_selection.csv, topics.csv, "
                                           "topic_terms.csv, topic_prevalence.csv here (else print labels)."),
) -> None:
    """Topic model with K selection (NPMI coherence, exclusivity), FREX labels and prevalence by outlet."""
    import warnings

    from framing import compare
    from framing.topics import TopicModeler, select_k

    tables = {}
    try:
        table = _read(articles, "articles")
        grid = [int(v) for v in ks.split(",") if v.strip()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if k is None:
                tables["k_selection"] = select_k(table, ks=grid, method=method, random_state=random_state)
                k = int(tables["k_selection"].loc[tables["k_selection"]["chosen"], "k"].iloc[0])
            model = TopicModeler(k, method=method, random_state=random_state).fit(table)
            tables["topics"] = model.labels()
            tables["topic_terms"] = model.topic_terms()
            if by:
                tables["topic_prevalence"] = compare.topic_prevalence(model, table, by=by, n_boot=n_boot,
                                                                      random_state=random_state)
    except (ValueError, TypeError, FileNotFoundError) as exc:
        _fail(exc)
    if out_dir is None:
        typer.echo(tables["topics"][["topic", "label", "top_terms"]].to_string(index=False))
        return
    for name, result in tables.items():
        _emit(result, out_dir / f"{name}.csv")


@compare_app.command("blame")
def blame_command(
    frames: Path = typer.Argument(..., help="Frame rows file (framing extract --output)."),
    articles: Path = typer.Argument(..., help="Articles table file (doc_id and the group column)."),
    by: str = typer.Option("outlet", "--by", help="Article column that defines the groups."),
    roles: bool = typer.Option(False, "--roles", help="Actor-role table (senior, junior, claimant, blamer, "
                               "blamed) instead of blamer x blamed."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the table to this CSV file (else print it)."),
) -> None:
    """Who blames whom (blamer x blamed counts) or who is cast in which role, per outlet."""
    from framing import compare

    try:
        frame_rows, table = _read(frames, "frame rows"), _read(articles, "articles")
        if "doc_id" in frame_rows.columns:
            frame_rows["doc_id"] = frame_rows["doc_id"].astype(str)
        result = (compare.actor_roles if roles else compare.who_blames_whom)(frame_rows, table, by=by)
    except (ValueError, TypeError, FileNotFoundError) as exc:
        _fail(exc)
    _emit(result, out)
