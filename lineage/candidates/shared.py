"""A shared candidate index: window signatures in a datasketch ``MinHashLSH``, held in Redis.

Several ingest workers (processes or machines, each with its own store) can put
the window signatures of :mod:`lineage.candidates.signing` into one datasketch
index kept in Redis (``storage_config``) and ask it which documents share
windows with a new one. The signatures are datasketch's own (``affine32``
MinHash), so the index is datasketch's, unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from ..params import SketchParams
from .signing import DocumentSketch


class SharedIndex:
    """An LSH index of sentence-window signatures (in memory by default, or in Redis).

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


def to_minhash(signature: npt.NDArray[np.uint32], params: SketchParams) -> MinHash:
    """A datasketch ``MinHash`` holding ``signature``."""
    return MinHash(num_perm=params.num_perm, seed=params.seed, hashvalues=signature, scheme="affine32")
