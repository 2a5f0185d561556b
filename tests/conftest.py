"""Shared fixtures: the seed articles and small corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.ingest import load_documents
from lineage.models import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WIRE = "000_24fdc73ef1bfebf6"
REWRITE = "001_2598fe8beeab436c"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    loaded = load_documents([SEEDS])
    assert not loaded.problems
    return {d.id: d for d in loaded.documents}


@pytest.fixture(scope="session")
def wire_text(seed_docs: dict[str, Document]) -> str:
    return seed_docs[WIRE].text


@pytest.fixture(scope="session")
def rewrite_text(seed_docs: dict[str, Document]) -> str:
    return seed_docs[REWRITE].text
