"""`framing extract-stream` and `framing compare-stream`: large corpora in resumable Parquet partitions
(thin over :mod:`framing.stream` and :mod:`framing.scale`)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from framing.cli._app import app
from framing import settings


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


@app.command("extract-stream")
def extract_stream_command(
    input: Path = typer.Option(..., "--input", "-i", help="Parquet file or folder of Parquet files of articles "
                               "(doc_id, text, outlet, ...), or a folder of article text files."),
    output: Path = typer.Option(..., "--output", "-o", help="Output folder for the Parquet partitions and "
                                "_manifest.json; an unfinished run there is resumed."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="1: in this process; N > 1: a local Dask "
                                "cluster of N single-threaded worker processes."),
    chunk_size: int = typer.Option(1000, "--chunk-size", min=1, help="Articles per partition (bounds memory)."),
    feature: Optional[List[str]] = typer.Option(None, "--feature", help="Restrict to this feature; repeatable "
                                                "(default: all features)."),
    mode: str = typer.Option("gated", "--mode", help="'gated' (parse cue sentences only) or 'full'."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Texts per spaCy batch."),
    input_format: Optional[str] = typer.Option(None, "--format", help="'parquet' or 'text' (default: guessed)."),
    column: Optional[List[str]] = typer.Option(None, "--column", help="Rename an input column to a canonical one, "
                                               "SOURCE=CANONICAL (e.g. --column body=text); repeatable."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler "
                                            "(tcp://host:8786) to use instead of a local cluster."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Discard existing partitions instead of resuming."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar with ETA."),
) -> None:
    """Extract frame rows and the document table chunk by chunk into resumable Parquet partitions
    (frames/, documents/, articles/, skipped/ under OUTPUT). Run the same command again to resume."""
    columns = {}
    for item in column or []:
        if "=" not in item:
            _fail(ValueError(f"--column {item!r} is invalid; expected SOURCE=CANONICAL, e.g. --column body=text"))
        source, canonical = item.split("=", 1)
        columns[source.strip()] = canonical.strip()
    run_stream(input, output, workers=workers, scheduler=scheduler, chunk_size=chunk_size, features=feature or None,
               mode=mode, batch_size=batch_size, format=input_format, columns=columns or None, overwrite=overwrite,
               progress=progress)


def run_stream(input: Path, output: Path, *, workers: int = 1, scheduler: str | None = None, n_process: int = 1,
               **options) -> None:
    """The streamed run behind ``framing extract-stream`` and ``framing extract --workers``: in this process
    (``workers=1``), on a local Dask cluster (``workers > 1``) or on a running scheduler; prints a summary."""
    from framing.stream import StreamParameterError, extract_stream

    try:
        if workers == 1 and scheduler is None:
            result = extract_stream(input, output, n_process=n_process, **options)
        else:
            from framing.scale import extract_stream_dask

            if scheduler is not None:
                from distributed import Client

                with Client(scheduler) as client:
                    result = extract_stream_dask(input, output, client=client, **options)
            else:
                result = extract_stream_dask(input, output, n_workers=workers, **options)
    except (StreamParameterError, ValueError, FileNotFoundError, TypeError) as exc:
        _fail(exc)
    typer.echo(f"{result.n_articles} articles in {result.n_partitions} partitions: {result.n_written} written, "
               f"{result.n_resumed} already finished; output: {result.output}")


@app.command("compare-stream")
def compare_stream_command(
    output: Path = typer.Argument(..., help="An extract-stream output folder."),
    by: str = typer.Option("outlet", "--by", help="Article column that defines the groups."),
    n_boot: int = typer.Option(0, "--n-boot", min=0, help="0: exact counts and rates, aggregated partition by "
                               "partition; N > 0: bootstrap intervals with framing.compare.feature_rates "
                               "(loads the document table, one row per article, into memory)."),
    ci: float = typer.Option(0.95, "--ci", help="Interval coverage when --n-boot > 0."),
    random_state: int = typer.Option(settings.SEED, "--random-state", help="Bootstrap seed."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the table to this CSV file (else print it)."),
) -> None:
    """Per-group feature counts and rates (per 1,000 sentences, share of articles) from the partitions."""
    from framing.stream import read_partitions, stream_rates

    try:
        if n_boot == 0:
            table = stream_rates(output, by=by)
        else:
            from framing.compare import feature_rates

            table = feature_rates(read_partitions(output, "documents"), read_partitions(output, "articles"),
                                  by=by, n_boot=n_boot, ci=ci, random_state=random_state)
    except (ValueError, FileNotFoundError) as exc:
        _fail(exc)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(out, index=False, float_format="%.6f", lineterminator="\n")
        typer.echo(f"{len(table)} rows written to {out}")
    else:
        typer.echo(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
