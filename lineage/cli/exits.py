"""The exit statuses of every command, and the error that ends a command with nothing done.

0 done; 1 done, some input items skipped (listed on stderr); 2 usage error (a bad option or
argument, refused before any work); 3 ``audit --fail-on-violation`` found a violation; 4 fatal:
nothing could be done (no article read, a store that cannot be opened, an output that cannot be
written); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import click

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_VIOLATIONS = 3
EXIT_FATAL = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C

EXIT_HELP = (
    "Exit status: 0 done; 1 done, some input items skipped; 2 usage error; "
    "3 audit violations (--fail-on-violation); 4 fatal error, nothing done; 130 interrupted."
)


class Fatal(click.ClickException):
    """A :class:`~lineage.errors.LineageError` that ends the command: its one-line message, status 4."""

    exit_code = EXIT_FATAL
