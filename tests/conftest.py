"""Shared fixtures: the seed articles and small corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.ingest import load_documents
from lineage.models import Document
from tests.corpus import REWRITE, SEEDS, WIRE


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
