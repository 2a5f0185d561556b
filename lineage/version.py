"""The installed lineage's version, read once from the package metadata."""

from __future__ import annotations

import functools
from importlib import metadata


@functools.cache
def tool_version() -> str:
    """The installed lineage's version (``0+unknown`` in a source tree that was not installed)."""
    try:
        return metadata.version("lineage")
    except metadata.PackageNotFoundError:
        return "0+unknown"
