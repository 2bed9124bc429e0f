"""The ``framing`` command: thin wrappers over the package's functions, one module per stage.

Each ``framing/cli/<stage>.py`` adds its commands to :data:`app`; this module only gathers them.
"""

from __future__ import annotations

from framing.cli._app import app
from framing.cli import corpus, features, compare, reproduce, scale  # noqa: F401  (register commands)


def main() -> None:
    """Entry point of the ``framing`` console script."""
    app()


__all__ = ["app", "main"]
