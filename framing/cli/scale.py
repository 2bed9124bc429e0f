"""`framing` commands for the scale stage."""

from __future__ import annotations

from framing.cli._app import app  # noqa: F401
