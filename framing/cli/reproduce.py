"""`framing reproduce`: run every notebook headless into ``reports/`` (thin over :mod:`framing.reproduce`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from framing.cli._app import app
from framing import settings


def _parse_param(text: str) -> tuple[str, object]:
    if "=" not in text:
        raise typer.BadParameter(f"--param {text!r} is invalid; expected NAME=VALUE, e.g. --param n_boot=200")
    name, raw = text.split("=", 1)
    try:
        value = json.loads(raw)  # numbers, lists, true/false, quoted strings
    except json.JSONDecodeError:
        value = raw  # a bare word is a string
    return name.strip(), value


@app.command("reproduce")
def reproduce(
    corpus: Optional[str] = typer.Option(
        None, "--corpus", help="Corpus to analyse: a file, folder or glob, or a dataset name such as 'basil'. "
        "Default: the bundled corpus in data/corpus."),
    only: Optional[List[str]] = typer.Option(
        None, "--only", help="Run only this notebook (stem, number or name, e.g. 01 or corpus_audit); repeatable."),
    output: Path = typer.Option(Path("reports"), "--output", help="Report folder (one sub-folder per notebook)."),
    param: Optional[List[str]] = typer.Option(
        None, "--param", help="Extra notebook parameter NAME=VALUE (JSON value), e.g. --param n_boot=200; "
        "repeatable; goes to the notebooks that declare it."),
    random_state: int = typer.Option(settings.SEED, "--random-state", help="Seed passed to every notebook."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Run every notebook headless (papermill) into reports/: executed notebooks, HTML, figures (PNG, SVG),
    tables (CSV, Parquet) and reports/manifest.json. Exits with status 1 when a notebook fails."""
    from framing.reproduce import run_notebooks

    parameters = dict(_parse_param(p) for p in (param or []))
    try:
        manifest = run_notebooks(corpus=corpus, only=only or None, output=output, parameters=parameters,
                                 random_state=random_state, progress=progress)
    except (ValueError, FileNotFoundError, RuntimeError, TypeError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    for name, entry in manifest["notebooks"].items():
        line = f"{entry['status']:6} {name}: {len(entry['outputs'])} result files"
        if entry.get("error"):
            line += f" -- {entry['error']}"
        typer.echo(line)
    typer.echo(f"manifest: {Path(output) / 'manifest.json'}")
    if manifest["status"] != "ok":
        raise typer.Exit(1)
