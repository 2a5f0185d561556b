"""A copy of a copy is aligned with the copy's own sources too, so attribution can choose.

The candidate search pairs articles whose sentence windows collide. A partial reuse (a few
reworded sentences of a wire story in an article of its own) may collide with one verbatim
copy of the wire and not with the wire itself: it is then aligned with the copy alone, and
attribution, which chooses only among the aligned pairs, makes the copy its parent. This
stage runs after the lexical one and before the cross-language one, in every driver: a child
none of whose parents is an original (each has a parent of its own) is aligned with its
parents' parents, and the derivations found join the candidate edges; again until nothing
new is found. A child with an original among its parents is left alone, so the copies of a
big story (each aligned with the wire) add no pairs.

Two articles whose edge is undetermined (nothing tells which came first: a copy dated by the day
only, a report published the same day) may each be the other's child: each is aligned with the
other's parents too, so attribution finds a common source, and a report that the story's own
verdict leaves apart is not linked to the story's copy alone (:mod:`lineage.graph.borrowed`).

:func:`grandparent_pairs` is a pure function of article ids; the drivers align its pairs with
the one aligner (:class:`~lineage.graph.pairs.PairAligner`, in their tasks) and call it again
with the edges found, until it returns none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable


def grandparent_pairs(
    edges: Iterable[tuple[str, str]],
    tried: Collection[frozenset[str]],
    new: Collection[str] | None = None,
    undirected: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """The pairs ``(grandparent, child)`` to align, sorted.

    Args:
        edges: the oriented same-language edges ``(parent, child)`` found so far (the lexical
            stage's and this stage's own; undirected and cross-language edges left out).
        tried: pairs already aligned (or linked), left out.
        new: when given, only the pairs whose path ``grandparent → parent → child`` holds one
            of these ids (a store's trace: the articles just traced and those whose edges changed).
        undirected: the same-language edges whose direction is undetermined.

    Returns:
        For every child whose parents all have parents themselves, each parent's parent that is
        not the child and not already paired with it; and for each end of an undirected edge,
        each parent of the other end.
    """
    fresh = None if new is None else set(new)
    parents: dict[str, set[str]] = {}
    for source, target in edges:
        if source != target:
            parents.setdefault(target, set()).add(source)
    wanted: set[tuple[str, str]] = set()

    def want(grandparent: str, parent: str, child: str) -> None:
        if grandparent == child or frozenset((grandparent, child)) in tried:
            return
        if fresh is None or not fresh.isdisjoint((grandparent, parent, child)):
            wanted.add((grandparent, child))

    for a, b in undirected:
        for one, other in ((a, b), (b, a)):
            for parent in parents.get(other, ()):
                want(parent, other, one)
    for child, above in parents.items():
        if any(p not in parents for p in above):
            continue  # an original is among its parents: the search found the story's source
        for parent in above:
            for grandparent in parents[parent]:
                want(grandparent, parent, child)
    return sorted(wanted)
