"""The Spark session of a batch trace: master, settings, and what the Python workers need.

* ``master``: given, else the one ``spark-submit`` was given (when the job runs under
  it), else ``local[*]``.
* Python workers are reused (``spark.python.worker.reuse``): a worker loads the
  compiled kernels and the language model once and aligns partition after partition.
* Numba caches the compiled kernels on disk in ``NUMBA_CACHE_DIR`` (set for the
  workers, ``spark.executorEnv.NUMBA_CACHE_DIR``; default: the environment's, else
  ``lineage-numba`` in the temporary folder), so a worker compiles them once per
  machine, not once per process.
* In local mode, workers run this Python (``PYSPARK_PYTHON``, unless set), the one
  lineage is installed in.

In local mode, shuffles have four partitions a core (``spark.sql.shuffle.partitions``) and
the JVM, which holds every task, a heap of 4 GB (``spark.driver.memory``; Spark's 1 GB
runs out sorting 100,000 articles).
Settings given by the caller (``--conf``) win over these defaults.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..errors import LineageError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions"
DRIVER_MEMORY = "spark.driver.memory"
LOCAL_DRIVER_MEMORY = "4g"  # Spark's 1g runs out of heap sorting 100,000 articles
DEFAULTS = {
    "spark.python.worker.reuse": "true",
    "spark.ui.showConsoleProgress": "false",
}


def under_spark_submit() -> bool:
    """Whether this process was started by ``spark-submit`` (which opened the JVM gateway)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def numba_cache_dir() -> str:
    """Where the workers cache compiled kernels."""
    return os.environ.get("NUMBA_CACHE_DIR") or os.path.join(tempfile.gettempdir(), "lineage-numba")


def spark_session(master: str | None, conf: Mapping[str, str], app_name: str = "lineage trace") -> SparkSession:
    """A Spark session for a batch trace (the running one when there is one).

    Raises:
        LineageError: pyspark is not installed.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as e:
        raise LineageError(
            "the batch engine needs pyspark: pip install 'news-lineage[spark]' (and a Java runtime)"
        ) from e
    cache = numba_cache_dir()
    os.environ.setdefault("NUMBA_CACHE_DIR", cache)  # local workers inherit the JVM's environment
    if master is None and not under_spark_submit():
        master = "local[*]"
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    settings = {**DEFAULTS, "spark.executorEnv.NUMBA_CACHE_DIR": cache}
    if master is not None and master.startswith("local"):
        settings[DRIVER_MEMORY] = LOCAL_DRIVER_MEMORY  # the driver's JVM holds every shuffle and cache
    settings.update(conf)
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    if str(session.sparkContext.master).startswith("local") and SHUFFLE_PARTITIONS not in conf:
        # One machine: a few shuffle partitions a core, not Spark's 200 (each a task of every shuffle).
        session.conf.set(SHUFFLE_PARTITIONS, str(4 * session.sparkContext.defaultParallelism))
    return session
