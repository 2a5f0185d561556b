"""The installed lineage's version, read once from the package metadata."""

from __future__ import annotations

import functools
from importlib import metadata

# The distribution's name on the package index: "lineage" there is an unrelated project, so
# `pip install lineage` would install something else. The import name and the command stay lineage.
DISTRIBUTION = "news-lineage"


@functools.cache
def tool_version() -> str:
    """The installed lineage's version (``0+unknown`` in a source tree that was not installed)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
