"""``python -m lineage.cli``: the ``lineage`` command without its console script."""

from __future__ import annotations

from .main import main

if __name__ == "__main__":
    main()
