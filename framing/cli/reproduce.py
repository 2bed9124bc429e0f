"""`framing` commands for the reproduce stage."""

from __future__ import annotations

from framing.cli._app import app  # noqa: F401
