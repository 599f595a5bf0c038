"""What a PDF copy's text layer set apart with spaces that was printed as one word, read before extraction
(``ingest.extraction.text.nlp._clean_text`` drops the spaces these readers return, the offsets moved with them; each
reader returns the (start, end) spans of the spaces — or characters — to drop, for ``nlp._without``):

- an ion's charge set apart from its symbol: "high Li + and Na + conductivity", "Mg 2+ conduction" are the ions
  Li⁺, Na⁺, Mg²⁺ that carry a current, no lithium and sodium metal a sample is made of (``charges_set_apart``);
- a decimal point set apart from both its digits: "an activation energy of 0 . 53 eV", "below 1 . 2 g cm -3" are 0.53
  and 1.2, no 0 and a 53 of their own (``points_set_apart``, ``point_set_apart_at``);
- a compound word's hyphen set apart from the word before it: "room -temperature", "all -solid -state"
  (``hyphens_set_apart``);
- a bracketed group's last count standing alone before the closing bracket: "Na4(CB11H12)2(B12 H 12 )" (after the
  subscript rejoin, "(B12H 12 )"), "Li2(B10H 10 )": the group is "(B12H12)" (``spaced_group_counts``);
- two groups of one mixed-anion formula, each with a decimal share, set apart: "Na2(B12H12)0.3 (B10H10)0.7",
  "Li(BH4)0.75 (I)0.25": one solid solution, "Na2(B12H12)0.3(B10H10)0.7" (``spaced_group_counts``).

Groups are joined only where the group written together parses as a formula
(``ontology.formula.is_numeric_formula``); "(see 2 )", "(Table 3 )", "(BH4)2 (99 %)" and "LiBH4)0.5 (ref. 12)" stay as
written. Subscripts, a salt's cation and a two-anion salt's counts set apart ("MgH 2", "Mg (BH4)2",
"Na 2 ( BH4 )( NH2 )") are read by ``ingest.extraction.text.pdf_copy``.
"""
from __future__ import annotations

import re

from ontology.elements import cation_charge
from ontology.formula import is_numeric_formula

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
        drops.append(m.span("gap1"))
        if m["gap2"]:
            drops.append(m.span("gap2"))
    return drops


# a number's decimal point with a space on either side: digits, " . ", digits (not a sentence's full stop: what
# follows must be a unit, which a sentence that ended on a number and began with one would not give)
_POINT_SET_APART = re.compile(r"(?<![\w.,])\d{1,4}(?P<gap1> )\.(?P<gap2> )\d{1,4}(?![\w.,])")


def point_set_apart_at(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` is a decimal point a copy set apart ('of 0 . 53 eV'): no sentence ends there
    (read by ``ingest.documents.document.split_sentences``, before the text is cleaned)."""
    return any(m.start("gap2") == stop + 1 and opens_quantity(text, m.end())
               for m in _POINT_SET_APART.finditer(text, max(0, stop - 6), stop + 7))


def points_set_apart(text: str) -> list[tuple[int, int]]:
    """The spaces around a decimal point a copy set apart from its digits ('0 . 53 eV' → '0.53 eV'), where a unit of
    the ontology's properties or conditions follows the number (``pdf_copy.opens_quantity``)."""
    drops: list[tuple[int, int]] = []
    for m in _POINT_SET_APART.finditer(text):
        if opens_quantity(text, m.end()):
            drops.extend((m.span("gap1"), m.span("gap2")))
    return drops


# a compound word's hyphen with the space a copy put before it, between two words in small letters ("room
# -temperature", "all -solid -state", "phase -transition temperature"; not a dash between spaces, "a − b", nor a minus
# sign before a number or a formula, "10 -3", "LiBH4 -LiI")
_HYPHEN_SET_APART = re.compile(r"(?<=[a-z]{2} )-(?=[a-z]{2})")


def hyphens_set_apart(text: str) -> list[tuple[int, int]]:
    """The hyphens a copy set apart from the word before them ('room -temperature conductivity' → 'room temperature
    conductivity', 'the phase -transition temperature' → 'the phase transition temperature'): dropped, the words read
    as two, as the readers read the names the ontology gives (a label is words, 'phase transition temperature')."""
    return [m.span() for m in _HYPHEN_SET_APART.finditer(text)]


# element groups: one symbol or more, each with a count of up to three digits ('B12H', 'BH4', 'I')
_ELEMENT_GROUPS = r"(?:[A-Z][a-z]?\d{0,3})+"
# '(B12H 12 )': element groups, then a count of one to three digits alone, then the bracket's end
_COUNT_APART = re.compile(rf"\((?P<inside>{_ELEMENT_GROUPS})(?P<before> )(?P<count>\d{{1,3}})(?P<after> ?)\)")
# '(B12H12)0.3 (B10H10)0.7': a group with a decimal share, a space, a group of element groups with a decimal share
_SHARES_APART = re.compile(rf"\({_ELEMENT_GROUPS}\)(?:0?\.\d{{1,3}})(?P<space> )"
                           rf"\((?P<next>{_ELEMENT_GROUPS})\)(?:0?\.\d{{1,3}})(?![\d.])")


def spaced_group_counts(text: str) -> list[tuple[int, int]]:
    """The spaces to drop so that each bracketed group whose last count, or each mixed-anion formula whose second
    share group, a copy set apart is one word (see the module's docstring)."""
    drops: list[tuple[int, int]] = []
    for m in _COUNT_APART.finditer(text):
        if is_numeric_formula(m["inside"] + m["count"]) and re.search(r"\d", m["inside"]):
            drops.append(m.span("before"))
            if m["after"]:
                drops.append(m.span("after"))
    for m in _SHARES_APART.finditer(text):
        if is_numeric_formula(m["next"]):
            drops.append(m.span("space"))
    return sorted(drops)
