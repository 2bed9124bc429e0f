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
    input: Optional[Path] = typer.Argument(None, help="Articles: a file or folder that framing.load_corpus reads."),
    output: Path = typer.Option(..., "--output", "-o", help="Frame rows file (.parquet, .csv or .tsv), or a folder "
                                "(no extension) for a streamed run in resumable Parquet partitions."),
    input_option: Optional[Path] = typer.Option(None, "--input", "-i", help="The articles, as INPUT (either form)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Stream chunk by chunk into Parquet "
                                          "partitions under OUTPUT (a folder), as `framing extract-stream`: 1 in "
                                          "this process, N > 1 on a local Dask cluster of N workers."),
    chunk_size: int = typer.Option(1000, "--chunk-size", min=1, help="Articles per partition of a streamed run."),
    documents: Optional[Path] = typer.Option(None, "--documents", help="Also write the document table "
                                             "(one row per article, counts per feature) to this file."),
    feature: Optional[List[str]] = typer.Option(None, "--feature", help="Restrict to this feature; repeatable."),
    mode: str = typer.Option("gated", "--mode", help="'gated' (parse cue sentences and context) or 'full'."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Parser processes."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Sentences per spaCy batch."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Extract frame rows (partner hierarchy, neutrality claims, blame attribution, quotes) from a corpus.

    With --workers, or an OUTPUT folder, the corpus is streamed in bounded memory into resumable partitions
    (see `framing extract-stream --help`, which also reads Parquet datasets and takes --column/--scheduler)."""
    import pandas as pd
    from tqdm import tqdm

    from framing.features import document_table, extract_frames
    from framing.load import load_corpus

    if input is not None and input_option is not None and input != input_option:
        _fail(ValueError(f"INPUT {str(input)!r} and --input {str(input_option)!r} differ; give the articles once"))
    input = input if input is not None else input_option
    if input is None:
        _fail(ValueError("no articles given; pass them as INPUT or --input"))
    if workers is not None or output.suffix == "":
        if documents is not None:
            _fail(ValueError("--documents is for a single-file OUTPUT; a streamed run writes documents/ "
                             f"under {str(output)!r}"))
        from framing.cli.scale import run_stream

        run_stream(input, output, workers=workers or 1, n_process=n_process, chunk_size=chunk_size,
                   features=feature or None, mode=mode, batch_size=batch_size, progress=progress)
        return

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
    path: Path = typer.Argument(..., help="Annotated JSONL (dev, held-out or gold) (JSON Lines, see docs/features.md)."),
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
