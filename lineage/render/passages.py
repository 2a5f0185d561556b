"""The passage diagram of one edge: the two articles sentence by sentence, links between them."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import graphviz

from ..codec import ordered_links, ordered_passages
from ..errors import RenderError
from ..models import Document, Edge, Sentence, Span
from .dot import EDGE_COLOURS
from .safe import dot_html, dot_string, shorten, slice_text

LABEL_FILLS = {"verbatim": "#fadbd8", "rewritten": "#d6eaf8"}


def _spans(sentences: Sequence[Span | Sentence]) -> tuple[list[Span], set[int]]:
    spans: list[Span] = []
    flagged: set[int] = set()
    for i, s in enumerate(sentences):
        if isinstance(s, Sentence):
            spans.append(s.span)
            if s.boilerplate:
                flagged.add(i)
        else:
            spans.append((int(s[0]), int(s[1])))
    return spans, flagged


def _mostly_inside(span: Span, regions: Sequence[Span]) -> bool:
    length = max(1, span[1] - span[0])
    covered = sum(max(0, min(span[1], r[1]) - max(span[0], r[0])) for r in regions)
    return 2 * covered >= length


def _sentence_label(index: int, text: str, max_chars: int, note: str = "") -> str:
    lines = textwrap.wrap(f"{index}. {shorten(text, max_chars)}", width=44) or [f"{index}."]
    if note:
        lines.append(note)
    return "<" + "".join(f'{dot_html(line)}<BR ALIGN="LEFT"/>' for line in lines) + ">"


def _header_label(role: str, doc: Document) -> str:
    meta = " · ".join(x for x in (shorten(doc.outlet or "", 40), shorten(doc.published or "", 32)) if x)
    lines = [f"<B>{dot_html(role)}</B>", f"<B>{dot_html(shorten(doc.id, 48))}</B>"]
    if meta:
        lines.append(dot_html(meta))
    return "<" + "<BR/>".join(lines) + ">"


def passage_dot(
    edge: Edge,
    source_doc: Document,
    target_doc: Document,
    source_sentences_spans: Sequence[Span | Sentence],
    target_sentences_spans: Sequence[Span | Sentence],
    *,
    max_chars: int = 80,
) -> graphviz.Digraph:
    """The passage-level diagram of one edge: source sentences left, target sentences right.

    Each sentence is a box (text shortened to ``max_chars``); linked sentences
    are joined by an edge coloured by the link's label (red verbatim, blue
    rewritten), with drift ``from → to`` noted on it. Source sentences not
    reused and the target's own sentences are grey, boilerplate is dashed.

    Args:
        edge: the edge to draw.
        source_doc: the edge's source (parent) document.
        target_doc: the edge's target (child) document.
        source_sentences_spans: the source's sentence spans (or Sentences), in
            the order the links' sentence indices refer to.
        target_sentences_spans: the same for the target.
        max_chars: sentence text is shortened to this many characters.

    Raises:
        RenderError: a link refers to a sentence index that is not given.
    """
    src_spans, src_flagged = _spans(source_sentences_spans)
    tgt_spans, tgt_flagged = _spans(target_sentences_spans)
    c = edge.comparison
    src_label: dict[int, str] = {}
    tgt_label: dict[int, str] = {}
    links = [link for p in ordered_passages(c) for link in ordered_links(p)]
    for link in links:
        for side, indices, known, labels in (
            ("source", link.source_sentences, src_spans, src_label),
            ("target", link.target_sentences, tgt_spans, tgt_label),
        ):
            for i in indices:
                if not 0 <= i < len(known):
                    raise RenderError(
                        f"a link refers to {side} sentence {i} but {len(known)} {side} sentence spans "
                        "were given: pass the sentence spans the comparison was made with"
                    )
                if labels.get(i) != "rewritten":
                    labels[i] = link.label

    dot = graphviz.Digraph(
        "passages",
        graph_attr={
            "rankdir": "LR",
            "fontname": "Helvetica",
            "fontsize": "10",
            "nodesep": "0.12",
            "ranksep": "2.6",
            "labelloc": "b",
            "labeljust": "l",
            "label": "red: verbatim · blue: rewritten · grey: not reused / the target's own · dashed: boilerplate",
        },
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": "white",
            "fontname": "Helvetica",
            "fontsize": "10",
            "width": "3.6",
        },
        edge_attr={"fontname": "Helvetica", "fontsize": "9", "penwidth": "1.5"},
    )
    columns = (
        ("s", "SOURCE", source_doc, src_spans, src_flagged, src_label, c.source_boilerplate, "not reused"),
        ("t", "TARGET", target_doc, tgt_spans, tgt_flagged, tgt_label, c.boilerplate, "own text"),
    )
    for prefix, role, doc, spans, flagged, labels, boilerplate, unlinked in columns:
        with dot.subgraph(name=f"column_{prefix}") as column:
            column.attr(rank="same")
            column.node(f"{prefix}h", label=_header_label(role, doc), fillcolor="#f2f3f4", penwidth="1.5")
            previous = f"{prefix}h"
            for i, span in enumerate(spans):
                text = slice_text(doc.text, span)
                attrs: dict[str, str] = {"tooltip": dot_string(shorten(text, 300))}
                if i in labels:
                    attrs["fillcolor"] = LABEL_FILLS[labels[i]]
                    attrs["color"] = EDGE_COLOURS["verbatim" if labels[i] == "verbatim" else "rewritten"]
                    label = _sentence_label(i, text, max_chars)
                elif i in flagged or _mostly_inside(span, boilerplate):
                    attrs.update(style="rounded,dashed", fontcolor="#999999", color="#bbbbbb")
                    label = _sentence_label(i, text, max_chars, "(boilerplate)")
                else:
                    attrs.update(fillcolor="#eeeeee", fontcolor="#666666", color="#bbbbbb")
                    label = _sentence_label(i, text, max_chars, f"({unlinked})")
                column.node(f"{prefix}{i}", label=label, **attrs)
                column.edge(previous, f"{prefix}{i}", style="invis")
                previous = f"{prefix}{i}"
    dot.edge("sh", "th", style="invis")

    for link in links:
        colour = EDGE_COLOURS["verbatim" if link.label == "verbatim" else "rewritten"]
        tooltip = dot_string(f"{link.label} {link.score:.2f}")
        first = True
        for si in link.source_sentences:
            for ti in link.target_sentences:
                attrs = {"color": colour, "tooltip": tooltip}
                if first and link.drift:
                    notes = [f"{d.kind}: {shorten(d.source, 30)} → {shorten(d.target, 30)}" for d in link.drift]
                    attrs["label"] = "<" + "<BR/>".join(dot_html(n) for n in notes) + ">"
                    attrs["fontcolor"] = "#b03a2e"
                first = False
                dot.edge(f"s{si}", f"t{ti}", **attrs)
    return dot
