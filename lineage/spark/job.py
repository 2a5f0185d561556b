"""The batch trace as a ``spark-submit`` application (lineage must be importable by the driver).

    spark-submit --master yarn --py-files lineage.zip lineage/spark/job.py trace crawl/ --output out/

Arguments are those of ``lineage spark`` (``trace INPUT... --output DIR``); the master
and Spark settings come from ``spark-submit`` unless ``--master``/``--conf`` are given.
"""

from __future__ import annotations

if __name__ == "__main__":
    from lineage.cli.spark import spark_group  # absolute: spark-submit runs this file as a script

    spark_group(prog_name="spark-submit lineage/spark/job.py")
