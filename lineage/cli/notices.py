"""Warnings every command prints the same way (on stderr, one line each)."""

from __future__ import annotations

from collections.abc import Iterable

import click


def echo_repaired(origins: Iterable[str]) -> None:
    """One warning per article kept with code points UTF-8 cannot encode replaced by U+FFFD."""
    for origin in origins:
        click.echo(
            f"warning: {origin}: code points UTF-8 cannot encode (lone surrogates) replaced by U+FFFD; "
            "the article is kept: re-export the feed as valid UTF-8",
            err=True,
        )
