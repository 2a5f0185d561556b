"""The month names of the languages lineage reads, lower case without accents (as words are
folded): the one table sentence splitting (a day before its month, ``30. April``) and fact drift
(a date written in words) read."""

from __future__ import annotations

from itertools import chain
from types import MappingProxyType

MONTH_NAMES = MappingProxyType(
    {
        "it": tuple(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
        ),
        "en": tuple("january february march april may june july august september october november december".split()),
        "fr": tuple("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()),
        "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
        "de": tuple("januar februar marz april mai juni juli august september oktober november dezember".split()),
        "pt": tuple("janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    }
)
ALL_MONTH_NAMES = frozenset(chain.from_iterable(MONTH_NAMES.values()))
