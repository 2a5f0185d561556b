"""Shared fixtures: the seed articles and small corpora."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from lineage.ingest import load_documents
from lineage.models import Document
from tests.corpus import REWRITE, SEEDS, WIRE
from tests.spark.support import missing_spark, require

# Property tests count behaviour, not wall-clock time: the first example of a run may compile or load
# numba kernels for a new signature, which no per-example deadline should fail.
settings.register_profile("lineage", deadline=None)
settings.load_profile("lineage")


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


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session (two cores) for every batch-engine test; skipped without Java
    on a developer's machine, failing in CI."""
    require(missing_spark())
    from lineage.spark import spark_session

    session = spark_session("local[2]", {})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
