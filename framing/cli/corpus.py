"""`framing` commands for the corpus stage."""

from __future__ import annotations

from framing.cli._app import app  # noqa: F401
