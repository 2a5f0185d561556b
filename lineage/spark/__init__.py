"""The batch engine: a trace of a crawl on Spark, with the same functions as a trace of files.

``lineage spark trace INPUT... --output DIR`` (or ``python -m lineage.spark trace``,
or ``spark-submit lineage/spark/job.py trace``) reads the articles in the workers with
lineage's readers (:mod:`~lineage.spark.inputs`), signs them with the one signature and
finds candidate pairs by joining band keys (:mod:`~lineage.spark.candidates`), aligns
the pairs with the one aligner (:mod:`~lineage.spark.align`) and writes Parquet
folders and ``trace.json`` (:mod:`~lineage.spark.trace`). Needs ``pyspark`` and a Java
runtime (``pip install 'news-lineage[spark]'``); pyspark is imported only when a job runs.
"""

from __future__ import annotations

from .session import spark_session
from .trace import SparkTraceStats, spark_trace

__all__ = ["SparkTraceStats", "spark_session", "spark_trace"]
