"""A temperature said of what a process left behind is where it was made, no property of the sample.

'the thermolysis products of Ca(BH4)2 at temperatures between 320 and 420 °C', 'the residues of LiBH4 obtained
at 450 °C', 'the dehydrogenation products of Ca(BH4)2 collected between 350 and 450 °C': the value says at which
temperatures the products (the ontology's ProcessProductNoun scheme) were made or examined — the range of a study,
not a temperature at which the sample releases hydrogen. 'Ca(BH4)2 decomposes between 320 and 420 °C'
names no product and stays a dehydrogenation temperature.
"""
from __future__ import annotations

import re

from ingest.extraction.text.hedge_words import APPROXIMATING, hedged
from ingest.extraction.text.quantity_text import Group, _dims
from ontology.vocabulary import vocabulary

# (a formula counts as one word: 'products of Ca(BH4)2 at …')
_FORMULA = re.compile(r"(?<![\w(])[A-Z][\w()·]*\d[\w()·]*")
# products of X, a few words (a participle of making or examining them), then the temperature's preposition
_PRODUCTS_AT = re.compile(
    rf"(?<![\w-]){vocabulary().scheme_alternation('ProcessProductNoun')}\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?X"
    r"(?:\s*,)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:at|between|from|over|in|within)\s+"
    r"(?:(?:the\s+|various\s+|different\s+)?temperatures?\s+(?:range\s+)?(?:ranging\s+)?(?:of\s+|from\s+|between\s+)?)?"
    rf"{hedged(APPROXIMATING)}?$", re.I)


def product_settings(gs: list[Group], clause: dict[int, str]) -> None:
    """Marks as ignored the temperatures of ``gs`` that ``clause`` (the words before each value in its clause) says
    of the products of a process: where they were made or studied, no property of the sample."""
    for g in gs:
        if g.role != "property" or not g.unit or _dims(g.unit) != _dims("degC"):
            continue
        if _PRODUCTS_AT.search(_FORMULA.sub("X", clause.get(id(g), ""))[-120:]):
            g.role = "ignored"
            g.cues.append("value:products-setting")
