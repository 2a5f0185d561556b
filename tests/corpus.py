"""Paths and ids of the test corpora (the seed articles)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = "000_24fdc73ef1bfebf6"
REWRITE = "001_2598fe8beeab436c"
