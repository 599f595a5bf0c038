"""Two kinds of copy damage where a PDF's text layer set apart what was printed as one word, read before extraction
(``ingest.nlp._clean_text`` drops the spaces these readers return, the offsets moved with them):

- an ion's charge set apart from its symbol: "high Li + and Na + conductivity", "Mg 2+ conduction" are the ions
  Li⁺, Na⁺, Mg²⁺ that carry a current, no lithium and sodium metal a sample is made of;
- a decimal point set apart from both its digits: "an activation energy of 0 . 53 eV", "below 1 . 2 g cm -3" are 0.53
  and 1.2, no 0 and a 53 of their own.

Each returns the (start, end) spans of the spaces to drop, for ``nlp._without``."""
from __future__ import annotations

import re

from ontology.elements import cation_charge

from .pdf_copy import opens_quantity

# a one-word element symbol, its charge after a space ("Li +", "Mg 2+", "Mg 2 +"), and what follows the sign is no
# formula or number: a word in lower case, a punctuation mark or the end ("Mg + H2", "Li + LiH" are reactions, their
# plus sign joins two reactants)
_CHARGE_SET_APART = re.compile(r"(?<![\w)\]+−-])(?P<symbol>[A-Z][a-z]?)(?P<gap1>\s)(?:(?P<count>\d)(?P<gap2>\s?))?\+"
                               r"(?=\s*(?:[a-z]|[,;:.)\]/]|$))")


def charges_set_apart(text: str) -> list[tuple[int, int]]:
    """The spaces between an alkali or alkaline-earth symbol and the charge a copy set apart from it ('Li +' → 'Li+',
    'Mg 2 +' → 'Mg2+'), where the charge is the cation's own (``ontology.elements.cation_charge``: 'Na 2+' is no
    sodium ion, 'Mg +' no magnesium one)."""
    drops: list[tuple[int, int]] = []
    for m in _CHARGE_SET_APART.finditer(text):
        charge = cation_charge(m["symbol"])
        written = int(m["count"]) if m["count"] else 1
        if charge is None or charge != written:
            continue
        drops.append((m.start("gap1"), m.end("gap1")))
        if m["gap2"]:
            drops.append((m.start("gap2"), m.end("gap2")))
    return drops


# a number's decimal point with a space on either side: digits, " . ", digits (not a sentence's full stop: what
# follows must be a unit, which a sentence that ended on a number and began with one would not give)
_POINT_SET_APART = re.compile(r"(?<![\w.,])\d{1,4}(?P<gap1> )\.(?P<gap2> )\d{1,4}(?![\w.,])")


def point_set_apart_at(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` is a decimal point a copy set apart ('of 0 . 53 eV'): no sentence ends there
    (read by ``ingest.document.split_sentences``, before the text is cleaned)."""
    return any(m.start("gap2") == stop + 1 and opens_quantity(text, m.end())
               for m in _POINT_SET_APART.finditer(text, max(0, stop - 6), stop + 7))


def points_set_apart(text: str) -> list[tuple[int, int]]:
    """The spaces around a decimal point a copy set apart from its digits ('0 . 53 eV' → '0.53 eV'), where a unit of
    the ontology's properties or conditions follows the number (``pdf_copy.opens_quantity``)."""
    drops: list[tuple[int, int]] = []
    for m in _POINT_SET_APART.finditer(text):
        if opens_quantity(text, m.end()):
            drops.extend(((m.start("gap1"), m.end("gap1")), (m.start("gap2"), m.end("gap2"))))
    return drops


# a compound word's hyphen with the space a copy put before it, between two words in small letters ("room
# -temperature", "all -solid -state", "phase -transition temperature"; not a dash between spaces, "a − b", nor a minus
# sign before a number or a formula, "10 -3", "LiBH4 -LiI")
_HYPHEN_SET_APART = re.compile(r"(?<=[a-z]{2} )-(?=[a-z]{2})")


def hyphens_set_apart(text: str) -> list[tuple[int, int]]:
    """The hyphens a copy set apart from the word before them ('room -temperature conductivity' → 'room temperature
    conductivity', 'the phase -transition temperature' → 'the phase transition temperature'): dropped, the words read
    as two, as the readers read the names the ontology gives (a label is words, 'phase transition temperature')."""
    return [(m.start(), m.end()) for m in _HYPHEN_SET_APART.finditer(text)]
