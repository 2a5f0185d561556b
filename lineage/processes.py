"""Worker processes that die with the process that started them.

lineage's process pools (alignment in a trace, the ingest's workers, a store's query
workers) are forked children. When their parent is killed (``kill -9``, the OOM killer)
nothing tells them to stop, and they would run on, orphaned, until their batch ends.
:func:`start_worker` is every pool's initializer: on Linux it asks the kernel to send the
worker SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``), then exits at once if the
parent is already gone; elsewhere it does nothing more than the wrapped initializer.

A worker is one core's worth of work: :func:`one_blas_thread` keeps its BLAS (the sentence
encoder's matrix products) to one thread. Left at one thread per core in every worker, the
workers' BLAS threads spin against each other: the encoder ran 26 times slower in each of two
workers than in one process.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from threadpoolctl import threadpool_limits

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Have this process killed when its parent dies (Linux; a no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def start_worker(parent: int, then: Callable[..., Any] | None = None, args: tuple[Any, ...] = ()) -> None:
    """Pool initializer: :func:`die_with_parent`, :func:`one_blas_thread`, then ``then(*args)`` when given."""
    die_with_parent(parent)
    one_blas_thread()
    if then is not None:
        then(*args)


def one_blas_thread() -> None:
    """Limit this worker process's BLAS and OpenMP pools to one thread each."""
    threadpool_limits(limits=1)


def pool_initializer(then: Callable[..., Any] | None = None, args: tuple[Any, ...] = ()) -> dict[str, Any]:
    """The ``initializer``/``initargs`` keywords of a ProcessPoolExecutor whose workers die with this process."""
    return {"initializer": start_worker, "initargs": (os.getpid(), then, args)}
