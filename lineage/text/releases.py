"""Press releases: a company's or an institution's own statement, which outlets rewrite as they
rewrite an agency's item.

A press release signs itself as one: a heading on one of its first lines (``Comunicato stampa``,
``Press release``, ``Communiqué de presse``, ``Pressemitteilung``, ``Nota de prensa``), or its
press office's contact block opening one of its last lines (``Ufficio stampa Lumera Energia``,
``Press office``, ``Media contact``, ``Service de presse``, ``Pressekontakt``, ``Gabinete de
prensa``). An article drawing on a release says so inside a sentence or in brackets (``si legge
in un comunicato``, ``(comunicato stampa)``): only a line that opens with the words counts.
Matching ignores case and the typography of quotes and dashes (:func:`.fold.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .fold import fold

HEAD_LINES = 4  # non-empty lines at the top where a release's heading stands
TAIL_LINES = 8  # non-empty lines at the bottom where its press office signs

RELEASE_HEADINGS = (
    "comunicato stampa",
    "nota stampa",
    "press release",
    "news release",
    "media release",
    "communiqué de presse",
    "pressemitteilung",
    "nota de prensa",
    "comunicado de prensa",
    "comunicado de imprensa",
    "persbericht",
)
PRESS_OFFICES = (
    "ufficio stampa",
    "contatti stampa",
    "contatti per la stampa",
    "per informazioni alla stampa",
    "press office",
    "press contact",
    "media contact",
    "media relations",
    "media enquiries",
    "media inquiries",
    "service de presse",
    "contact presse",
    "relations presse",
    "pressekontakt",
    "pressestelle",
    "gabinete de prensa",
    "contacto de prensa",
    "assessoria de imprensa",
    "perscontact",
)


def _opening(phrases: Sequence[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{words})(?![^\W_])", re.IGNORECASE)


_HEADING = _opening(RELEASE_HEADINGS)
_OFFICE = _opening(PRESS_OFFICES)


def is_press_release(parts: Sequence[str]) -> bool:
    """Whether a text is a press release, read in ``parts``: its whole text, or its opening and
    its closing characters (the first part's first :data:`HEAD_LINES` non-empty lines are
    searched for a heading, the last part's last :data:`TAIL_LINES` whole lines for a press
    office)."""
    if not parts:
        return False
    head = [line for line in fold(parts[0]).splitlines() if line.strip()][:HEAD_LINES]
    closing = fold(parts[-1]).splitlines()
    if len(parts) > 1:
        closing = closing[1:]  # the closing characters start inside a line: not a line's opening
    tail = [line for line in closing if line.strip()][-TAIL_LINES:]
    return any(_HEADING.match(line) for line in head) or any(_OFFICE.match(line) for line in tail)
