"""Candidate pairs: which documents share sentence windows, found with MinHash LSH.

Every window signature goes into a datasketch ``MinHashLSH`` index keyed by
``(document id, window number)``; two documents are candidates when any of
their windows collide. Counting colliding windows ranks the candidates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from datasketch import MinHashLSH

from .params import SketchParams
from .sketch import DocumentSketch, to_minhash


class CandidateIndex:
    """An LSH index of sentence-window signatures (in memory by default).

    ``storage_config`` is passed to datasketch (e.g. ``{"type": "redis",
    "redis": {"host": "127.0.0.1", "port": 6379}, "basename": b"lineage"}``)
    so several processes can share one index.
    """

    def __init__(self, params: SketchParams, storage_config: dict[str, object] | None = None) -> None:
        self.params = params
        kwargs: dict[str, object] = {"threshold": params.lsh_threshold, "num_perm": params.num_perm}
        if storage_config is not None:
            kwargs["storage_config"] = storage_config
        self._lsh = MinHashLSH(**kwargs)

    def add(self, doc_id: str, sketch: DocumentSketch) -> None:
        """Index every window of a document."""
        with self._lsh.insertion_session() as session:
            for k in range(len(sketch.windows)):
                key = f"{doc_id}\t{k}"
                if key not in self._lsh:
                    session.insert(key, to_minhash(sketch.signatures[k], self.params), check_duplication=False)

    def add_many(self, items: Iterable[tuple[str, DocumentSketch]]) -> None:
        """Index every window of new documents in one session (pipelined with Redis).

        Unlike :meth:`add`, keys are not checked first: give only documents not yet indexed
        (indexing one twice only repeats its keys in the buckets).
        """
        with self._lsh.insertion_session() as session:
            for doc_id, sketch in items:
                for k in range(len(sketch.windows)):
                    session.insert(
                        f"{doc_id}\t{k}", to_minhash(sketch.signatures[k], self.params), check_duplication=False
                    )

    def query(self, sketch: DocumentSketch, exclude: str | None = None) -> Counter[str]:
        """Documents with windows colliding with this sketch's windows, and how many."""
        hits: Counter[str] = Counter()
        for k in range(len(sketch.windows)):
            found = {key.split("\t", 1)[0] for key in self._lsh.query(to_minhash(sketch.signatures[k], self.params))}
            found.discard(exclude or "")
            hits.update(found)
        return hits


def candidate_pairs(sketches: Mapping[str, DocumentSketch], params: SketchParams) -> tuple[tuple[str, str, int], ...]:
    """Unordered candidate pairs ``(id_a, id_b, colliding windows)`` with ``id_a < id_b``, sorted."""
    index = CandidateIndex(params)
    for doc_id in sorted(sketches):
        index.add(doc_id, sketches[doc_id])
    pairs: dict[tuple[str, str], int] = {}
    for doc_id in sorted(sketches):
        for other, hits in index.query(sketches[doc_id], exclude=doc_id).items():
            key = (doc_id, other) if doc_id < other else (other, doc_id)
            pairs[key] = max(pairs.get(key, 0), hits)
    return tuple(sorted((a, b, n) for (a, b), n in pairs.items()))
