"""Options that show part of a traced graph (a story, a neighbourhood, outlets, a date range)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import LineageError

if TYPE_CHECKING:  # the graph stage loads the pipeline: imported when a command runs (fast --help)
    from ..graph.selection import Selection

F = TypeVar("F", bound=Callable[..., Any])


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a date option before any work is done."""
    if value is None:
        return None
    from ..ingest.records import check_published

    try:
        check_published(value, param.opts[0])
    except LineageError as e:
        raise click.BadParameter(str(e).split(": ", 1)[-1]) from e
    return value


_OPTIONS = (
    click.option(
        "--story",
        metavar="ID",
        help="Show only the story of article ID: the articles its derivations join, directly or not.",
    ),
    click.option("--around", metavar="ID", help="Show only article ID and the articles within --depth derivations."),
    click.option(
        "--depth",
        type=click.IntRange(min=0),
        default=1,
        show_default=True,
        help="How many derivations away from --around to go.",
    ),
    click.option(
        "--outlet",
        "outlets",
        metavar="NAME",
        multiple=True,
        help="Show only derivations with an article of this outlet at either end (repeatable; any case).",
    ),
    click.option(
        "--from",
        "start",
        metavar="DATE",
        callback=_date,
        help="Show only derivations whose child was published on or after DATE (ISO 8601 or RFC 2822).",
    ),
    click.option(
        "--until",
        metavar="DATE",
        callback=_date,
        help="Show only derivations whose child was published on or before DATE (a day alone: all of it).",
    ),
)


def selection_options(f: F) -> F:
    """Add the selection options to a command (they come to it as ``story``, ``around``,
    ``depth``, ``outlets``, ``start`` and ``until``; :func:`selection_of` makes them one object)."""
    for option in reversed(_OPTIONS):
        f = option(f)
    return f


def selection_of(
    story: str | None, around: str | None, depth: int, outlets: tuple[str, ...], start: str | None, until: str | None
) -> Selection:
    """The :class:`~lineage.graph.selection.Selection` the options name."""
    from ..graph.selection import Selection

    return Selection(story=story, around=around, depth=depth, outlets=outlets, start=start, until=until)
