"""The Typer application that every stage's command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="framing",
    help="Media framing analysis: load corpora, extract framing features, compare outlets, reproduce reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Media framing analysis: load corpora, extract framing features, compare outlets, reproduce reports."""
