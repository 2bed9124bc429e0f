"""`framing` commands for the corpus stage: load files or datasets into the articles table, and audit them."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from framing.cli._app import app

_FORMATS = "text, csv, tsv, jsonl, json, parquet, html"


def _write_table(articles, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    suffix = output.suffix.lower()
    if suffix in (".parquet", ".pq"):
        articles.to_parquet(output, index=False)
    elif suffix in (".csv", ".tsv"):
        articles.to_csv(
            output,
            index=False,
            sep="\t" if suffix == ".tsv" else ",",
            date_format="%Y-%m-%d",
            float_format="%.6g",
            lineterminator="\n",
        )
    elif suffix in (".jsonl", ".ndjson"):
        articles.to_json(output, orient="records", lines=True, date_format="iso", force_ascii=False)
    else:
        raise typer.BadParameter(f"--output {output}: use a .parquet, .csv, .tsv or .jsonl file name")


def _finish(articles, report, output: Optional[Path], report_path: Optional[Path], quiet: bool) -> None:
    if output is not None:
        _write_table(articles, output)
    if report_path is not None:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(report.to_markdown() + "\n", encoding="utf-8")
    if not quiet:
        typer.echo(report.summary())
        if output is not None:
            typer.echo(f"wrote {len(articles)} articles to {output}")
        if report_path is not None:
            typer.echo(f"wrote the load report to {report_path}")


@app.command("load")
def load_command(
    path: str = typer.Argument(..., help="A file, a folder (read recursively) or a quoted glob pattern."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help=f"Read every file as: {_FORMATS}."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write the articles table (.parquet, .csv, .tsv or .jsonl)."
    ),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Write the load report (Markdown)."),
    column: list[str] = typer.Option(
        [],
        "--column",
        "-c",
        help="Map a source column to a canonical one, "
        "SOURCE=CANONICAL (repeatable), e.g. -c body=text -c source=outlet.",
    ),
    outlet: Optional[str] = typer.Option(None, help="Outlet for records whose source names none."),
    clean: bool = typer.Option(True, "--clean/--no-clean", help="Run the cleaning pipeline."),
    encoding: Optional[str] = typer.Option(None, help="Force a text encoding (default: detect)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Load articles from PATH into the canonical articles table and print the load report."""
    from framing.load import load_corpus

    columns = {}
    for item in column:
        if "=" not in item:
            raise typer.BadParameter(f"--column {item!r}: expected SOURCE=CANONICAL, e.g. body=text")
        src, dst = item.split("=", 1)
        columns[src.strip()] = dst.strip()
    try:
        articles, load_report = load_corpus(
            path,
            format=format,
            columns=columns or None,
            outlet=outlet,
            clean=clean,
            encoding=encoding,
            progress=not quiet,
        )
    except (FileNotFoundError, ValueError, TypeError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    _finish(articles, load_report, output, report, quiet)


@app.command("load-dataset")
def load_dataset_command(
    name: str = typer.Argument(
        ...,
        help="basil, allsides_neus, allsides_baly2020, polnear, semeval2023_task3_en, "
        "narrative_framing_climate, china_state_media_headlines, babe_mbic, ukraine_news_bias",
    ),
    path: Optional[Path] = typer.Option(
        None, help="The dataset's folder (default: FRAMING_REALDATA/<name>)."
    ),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the articles table."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Write the load report (Markdown)."),
    clean: bool = typer.Option(True, "--clean/--no-clean", help="Run the cleaning pipeline."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Load one of the real datasets in its native layout."""
    from framing.load import load_dataset

    try:
        articles, load_report = load_dataset(name, path, clean=clean)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    _finish(articles, load_report, output, report, quiet)


def audit_text(articles, report=None, *, syndication: bool = True, top: int = 15) -> str:
    """A plain-text audit of an articles table: counts, outlets, dates, wires, events, syndication."""
    lines = [f"articles: {len(articles)}"]
    if report is not None:
        lines.append(report.summary(max_lines=10))
    outlets = articles["outlet"].fillna("(missing)").value_counts().sort_index(kind="stable")
    outlets = outlets.sort_values(ascending=False, kind="stable")
    lines.append(
        f"outlets: {articles['outlet'].nunique()} (missing in {int(articles['outlet'].isna().sum())})"
    )
    lines += [f"  {name}: {count}" for name, count in outlets.head(top).items()]
    dates = articles["published"].dropna()
    if len(dates):
        lines.append(
            f"published: {dates.min().date()} to {dates.max().date()} "
            f"(missing in {int(articles['published'].isna().sum())})"
        )
    else:
        lines.append("published: all missing")
    wires = articles["wire"].dropna()
    lines.append(
        f"wire copy: {len(wires)} articles"
        + (
            ": "
            + ", ".join(
                f"{k} {v}" for k, v in wires.str.split("; ").explode().value_counts().head(top).items()
            )
            if len(wires)
            else ""
        )
    )
    datelines = articles["dateline"].dropna()
    lines.append(f"datelines: {len(datelines)} articles, {datelines.nunique()} places")
    if articles["event_id"].notna().any():
        lines.append(
            f"events: {articles['event_id'].nunique()} (articles with event_id: "
            f"{int(articles['event_id'].notna().sum())})"
        )
    if syndication and len(articles):
        from framing.syndication import syndication_clusters

        clusters = syndication_clusters(articles, removed=None if report is None else report.removed)
        multi = clusters[clusters["cluster_size"] > 1]
        lines.append(
            f"syndication: {multi['cluster_id'].nunique()} stories published more than once, "
            f"{int((~multi['is_original']).sum())} copies"
        )
    return "\n".join(lines)


@app.command("audit")
def audit_command(
    path: str = typer.Argument(..., help="A file, folder or glob to load, or a dataset name with --dataset."),
    dataset: bool = typer.Option(False, "--dataset", help="Treat PATH as a dataset name (see load-dataset)."),
    syndication: bool = typer.Option(True, "--syndication/--no-syndication", help="Find syndicated copies."),
) -> None:
    """Load PATH and print an audit: load report, outlets, dates, wires, events, syndication clusters."""
    from framing.load import load_corpus, load_dataset

    try:
        articles, load_report = load_dataset(path) if dataset else load_corpus(path, progress=True)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    typer.echo(audit_text(articles, load_report, syndication=syndication))
