"""The scale benchmark's corpus generator: sizes, derivation mix, and that derivations really reuse text."""

from __future__ import annotations

import re
from collections import Counter

from tests.store.test_store import _scale


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _containment(parent: str, child: str, k: int = 3) -> float:
    """Share of the parent's word k-grams found in the child."""
    p, c = _words(parent), _words(child)
    grams = {tuple(p[i : i + k]) for i in range(len(p) - k + 1)}
    other = {tuple(c[i : i + k]) for i in range(len(c) - k + 1)}
    return len(grams & other) / max(len(grams), 1)


def test_generator_is_deterministic_and_well_formed() -> None:
    scale = _scale()
    first = list(scale.generate(400, seed=11))
    again = list(scale.generate(400, seed=11))
    assert first == again
    longer = list(scale.generate(450, seed=11))
    assert longer[:400] == first  # a bigger corpus extends a smaller one
    records = [r for r, _ in first]
    assert [r["id"] for r in records] == [f"a{k:07d}" for k in range(400)]
    lengths = [len(_words(r["text"])) for r in records]
    originals = [n for (r, t), n in zip(first, lengths, strict=True) if t is None]
    assert min(originals) >= 280 and max(originals) <= 900
    assert sorted(r["published"] for r in records) == [r["published"] for r in records]
    kinds = Counter(t[2] for _, t in first if t)
    assert set(kinds) == set(scale.KINDS)
    assert 0.18 < sum(kinds.values()) / 400 < 0.4


def test_derivations_reuse_their_parents_text() -> None:
    scale = _scale()
    records = {}
    share: dict[str, list[float]] = {}
    for record, truth in scale.generate(600, seed=2):
        records[record["id"]] = record["text"]
        if truth:
            parent, child, kind = truth
            assert parent < child  # parents come first
            share.setdefault(kind, []).append(_containment(records[parent], records[child]))
    mean = {k: sum(v) / len(v) for k, v in share.items()}
    assert mean["verbatim"] > 0.95
    assert mean["light"] > 0.7
    assert 0.1 < mean["heavy"] < 0.5  # a heavy rewrite keeps some phrasing, not most
    assert 0.2 < mean["partial"] < 0.7
    # Unrelated articles of the corpus share little.
    ids = sorted(records)
    unrelated = _containment(records[ids[0]], records[ids[-1]])
    assert unrelated < 0.05


def test_body_key_ignores_the_agency_dateline_only() -> None:
    scale = _scale()
    wire = "Roma, 3 marzo (ANSA) – Il governo ha approvato il decreto.\n\nSeguono i dettagli."
    copy = "Il governo ha approvato il decreto.\n\nSeguono i dettagli."
    assert scale.body_key(wire) == scale.body_key(copy)
    assert scale.body_key(copy) != scale.body_key(copy.replace("decreto", "decreto legge"))
    # A parenthesis later in the text is not a dateline.
    inner = "Il governo (ANSA) – ha approvato il decreto."
    assert scale.body_key("Ieri " + inner) != scale.body_key(inner)


def test_attribution_report_counts_apart_skips_no_text_could_tell() -> None:
    scale = _scale()
    # w -> v (an unchanged copy) -> g; w -> x (an edited copy) -> h.
    truth = [("w", "v", "verbatim"), ("v", "g", "second"), ("w", "x", "light"), ("x", "h", "second")]
    keys = {"w": "A", "v": "A", "g": "A", "x": "B", "h": "B"}
    edges = {("w", "v"), ("w", "g"), ("w", "x"), ("w", "h"), ("v", "x")}
    report = scale.attribution_report(edges, truth, keys)
    assert report["skipped"] == 2
    assert report["skipped_undecidable"] == 1  # w -> g: v carries exactly w's text
    assert report["skipped_decidable"] == 1  # w -> h: x has edits of its own that h carries
    assert report["sibling"] == 1  # v -> x
    assert report["recall"]["second"] == 0.0
    assert report["recall_decidable"] == {"light": 1.0, "second": 0.0, "verbatim": 1.0}
    assert "skipped_undecidable" not in scale.attribution_report(edges, truth)
    assert "skipped_undetermined" not in report


def test_attribution_report_counts_apart_skips_lineage_calls_undetermined() -> None:
    """A skipped edge is not counted as asserted when lineage's own attribution says it is
    undetermined and names the true parent; naming another candidate does not count."""
    scale = _scale()
    truth = [("w", "v", "verbatim"), ("v", "g", "second"), ("w", "x", "light"), ("x", "h", "second")]
    edges = {("w", "v"), ("w", "g"), ("w", "x"), ("w", "h")}
    report = scale.attribution_report(edges, truth, named={("w", "g"): ("v",), ("w", "h"): ("v",)})
    assert report["skipped"] == 2
    assert report["skipped_undetermined"] == 1  # w -> g names v, g's parent
    assert report["skipped_asserted"] == 1  # w -> h names v, not x
    assert report["recall"]["second"] == 0.0 and report["recall_drawn_or_named"]["second"] == 0.5


def test_undetermined_names_reads_the_attribution() -> None:
    from lineage.models import Attribution, Comparison, Direction, Edge

    def edge(source: str, status: str, alternatives: tuple[str, ...], equivalent: tuple[str, ...]) -> Edge:
        record = Attribution(status, (0,), ((0, 1),), (), alternatives, equivalent)  # type: ignore[arg-type]
        return Edge(source, "c", Comparison((), 1.0, 1.0), Direction("published", ()), attribution=record)

    edges = [edge("w", "undetermined", ("y",), ("v",)), edge("z", "attributed", (), ("u",))]
    assert _scale().undetermined_names(edges) == {("w", "c"): ("y", "v")}
