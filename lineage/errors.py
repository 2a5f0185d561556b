"""The one exception family lineage raises; every message says how to fix the problem."""

from __future__ import annotations


class LineageError(Exception):
    """Base class of every error lineage reports to its users."""


class InputError(LineageError):
    """An input file, folder or record cannot be read as an article."""


class ParamsError(LineageError):
    """A parameter is out of range or inconsistent with another one."""


class StoreError(LineageError):
    """The article store cannot be opened, read or written."""


class PolicyError(LineageError):
    """A syndication policy file is malformed."""


class RenderError(LineageError):
    """Output (graph, report) cannot be produced."""
