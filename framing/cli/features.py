"""`framing extract` and `framing evaluate`: frame rows from a corpus, and scores against an annotated set
(thin over :func:`framing.extract_frames` and :func:`framing.evaluate.evaluate`)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from framing.cli._app import app

_CHUNK = 200  # articles per call, so the progress bar moves; rows do not depend on it


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


def _write(table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".parquet":
        table.to_parquet(path, index=False)
    elif path.suffix.lower() in (".csv", ".tsv"):
        table.to_csv(path, index=False, sep="\t" if path.suffix.lower() == ".tsv" else ",",
                     float_format="%.6g", lineterminator="\n")
    else:
        raise ValueError(f"--output {str(path)!r} has an unknown extension; use .parquet, .csv or .tsv")


@app.command("extract")
def extract_command(
    input: Path = typer.Argument(..., help="Articles: a file or folder that framing.load_corpus reads."),
    output: Path = typer.Option(..., "--output", "-o", help="Frame rows file (.parquet, .csv or .tsv)."),
    documents: Optional[Path] = typer.Option(None, "--documents", help="Also write the document table "
                                             "(one row per article, counts per feature) to this file."),
    feature: Optional[List[str]] = typer.Option(None, "--feature", help="Restrict to this feature; repeatable."),
    mode: str = typer.Option("gated", "--mode", help="'gated' (parse cue sentences and context) or 'full'."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Parser processes."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Sentences per spaCy batch."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Extract frame rows (partner hierarchy, neutrality claims, blame attribution, quotes) from a corpus."""
    import pandas as pd
    from tqdm import tqdm

    from framing.features import document_table, extract_frames
    from framing.load import load_corpus

    try:
        articles, report = load_corpus(input)
    except (FileNotFoundError, ValueError) as exc:
        _fail(exc)
    if report.skipped is not None and len(report.skipped):
        typer.echo(f"skipped {len(report.skipped)} record(s) while loading; see the load report", err=True)
    parts = []
    try:
        for i in tqdm(range(0, len(articles), _CHUNK), disable=not progress, unit="chunk",
                      desc=f"extracting ({len(articles)} articles)"):
            parts.append(extract_frames(articles.iloc[i:i + _CHUNK], features=feature or None, mode=mode,
                                        n_process=n_process, batch_size=batch_size))
        frames = pd.concat(parts, ignore_index=True) if parts else extract_frames([], features=feature or None)
        _write(frames, output)
        if documents is not None:
            _write(document_table(frames, articles), documents)
    except (ValueError, TypeError) as exc:
        _fail(exc)
    typer.echo(f"{len(articles)} articles, {len(frames)} frame rows -> {output}")


@app.command("evaluate")
def evaluate_command(
    path: Path = typer.Argument(..., help="Annotated JSONL (dev, held-out or gold) in the CONTRACTS.md format."),
    feature: Optional[List[str]] = typer.Option(None, "--feature", help="Score only this feature; repeatable."),
    mode: str = typer.Option("gated", "--mode", help="'gated' or 'full'."),
    errors: bool = typer.Option(False, "--errors", help="Also list false positives, misses and role errors."),
) -> None:
    """Print precision, recall and F1 per feature, and role accuracy, of extract_frames on an annotated set."""
    from framing.evaluate import evaluate, format_report

    try:
        result = evaluate(path, features=feature or None, mode=mode)
    except (FileNotFoundError, ValueError) as exc:
        _fail(exc)
    typer.echo(format_report(result))
    if errors and len(result["errors"]):
        typer.echo("\nerrors:")
        for e in result["errors"].to_dict("records"):
            typer.echo(f"  {e['id']} {e['feature']} {e['kind']}: {e['evidence']!r} {e['detail']}")
