"""``python -m lineage.spark trace INPUT... --output DIR``: the batch trace without the ``lineage`` command."""

from __future__ import annotations

from ..cli.spark import spark_group

if __name__ == "__main__":
    spark_group(prog_name="python -m lineage.spark")
