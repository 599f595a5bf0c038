"""Temperatures written as one half of a pair of settings: "(100 bar and 300 °C)", "873 K/10 MPa".

A hydrogen-storage abstract often states how a step was run as a pressure–temperature pair after the
words that name the step: "a rehydrogenation at mild conditions (100 bar and 300 °C)", "the
rehydrogenation could be run at 823 K/5 MPa instead of 873 K/10 MPa". The temperature of the pair is then the
step's temperature (a property of the sample: where it rehydrogenates), although its unit alone, or the
pressure said before it, made it read as the condition of some other value. Which property the words
name comes from the ontology's labels (``choose_property``); the grammar here is only how pairs are written.
"""
from __future__ import annotations

import re

from ingest.extraction.text.hedge_words import APPROXIMATING, hedged
from ingest.extraction.text.quantity_text import Group, _dims

from .property_cues import WORD, named_by

# "100 bar and 300 °C", "873 K/10 MPa", "10 MPa, 823 K": the two halves of one pair of settings
_PAIR_GAP = re.compile(r"\s*(?:and|/|,)\s*")
# "from 873 K/10 MPa to 823 K/5 MPa": a change of a pair goes on to the second pair
_PAIR_TO = re.compile(rf"(?:\s*/\s*[\d.]+\s*[^\s\d]+)?\s+to\s*{hedged(APPROXIMATING)}?")
_FROM_BEFORE = re.compile(rf"\bfrom\s*{hedged(APPROXIMATING)}?$", re.I)
# words that end a clause: the step's name is in the clause the pair belongs to
_CLAUSE_BREAK = re.compile(r"[;.]\s|\b(?:while|whereas|but)\b")


def _temperature(g: Group) -> bool:
    return bool(g.unit) and _dims(g.unit) == _dims("degC")


def paired_temperature(text: str, g: Group, gs: list[Group]) -> str | None:
    """Makes the temperature ``g``, read as a condition, the property the words before its pair name, and
    returns those words; None (``g`` unchanged) when it is no half of such a pair."""
    if g.role != "condition" or not _temperature(g):
        return None
    before = [o for o in gs if o.end <= g.start]
    if not before:
        return None
    last = before[-1]
    # "from 873 K/10 MPa to 823 K/5 MPa": the change goes on from a temperature read as a property
    start = next((o for o in reversed(before) if _temperature(o)), None)
    if start is not None and start.role == "property" and start.key and _PAIR_TO.fullmatch(text, start.end, g.start) \
            and _FROM_BEFORE.search(text, max(0, start.start - 15), start.start):
        g.role, g.key = "property", start.key
        g.cues.append("property:chained")
        return None
    # "(100 bar and 300 °C)": the pressure said first, the temperature second, after the step's name
    if last.role != "condition" or _temperature(last) or not _PAIR_GAP.fullmatch(text, last.end, g.start):
        return None
    earlier = before[-2].end if len(before) > 1 else 0
    clause = _CLAUSE_BREAK.split(text[earlier:last.start])[-1]
    return named_by(g, " ".join(WORD.findall(clause)[-15:]))
