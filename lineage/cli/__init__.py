"""The ``lineage`` command: a thin click layer over the library (:func:`main`)."""

from __future__ import annotations

from .main import cli, main

__all__ = ["cli", "main"]
