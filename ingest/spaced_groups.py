"""Bracketed groups of a formula that a PDF copy set apart with spaces (issue 10, copy damage).

Two forms the readers of ``ingest.pdf_copy`` leave as written:

- the last count of a group standing alone between spaces before the closing bracket: "Na4(CB11H12)2(B12 H 12 )"
  (after the subscript rejoin, "(B12H 12 )"), "Li2(B10H 10 )": the group is "(B12H12)";
- two groups of one mixed-anion formula, each with a decimal share, set apart: "Na2(B12H12)0.3 (B10H10)0.7",
  "Li(BH4)0.75 (I)0.25": one solid solution, "Na2(B12H12)0.3(B10H10)0.7".

Both are joined only where the group written together parses as a formula (``ontology.formula``); "(see 2 )",
"(Table 3 )", "(BH4)2 (99 %)" and "LiBH4)0.5 (ref. 12)" stay as written.
"""
from __future__ import annotations

import re

from ontology.formula import FormulaError, parse_formula

# '(B12H 12 )': element groups, then a count of one to three digits alone, then the bracket's end
_COUNT_APART = re.compile(r"\((?P<inside>(?:[A-Z][a-z]?\d{0,3})+)(?P<before> )(?P<count>\d{1,3})(?P<after> ?)\)")
# '(B12H12)0.3 (B10H10)0.7': a group with a decimal share, a space, a group of element groups with a decimal share
_SHARES_APART = re.compile(r"\((?:[A-Z][a-z]?\d{0,3})+\)(?:0?\.\d{1,3})(?P<space> )"
                           r"\((?P<next>(?:[A-Z][a-z]?\d{0,3})+)\)(?:0?\.\d{1,3})(?![\d.])")


def _formula(written: str) -> bool:
    try:
        return len(parse_formula(written).composition) >= 1
    except (FormulaError, ValueError):
        return False


def spaced_group_counts(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that each group set apart as above is one word."""
    drops: list[tuple[int, int]] = []
    for m in _COUNT_APART.finditer(text):
        if _formula(m["inside"] + m["count"]) and re.search(r"\d", m["inside"]):
            drops.append(m.span("before"))
            if m["after"]:
                drops.append(m.span("after"))
    for m in _SHARES_APART.finditer(text):
        if _formula(m["next"]):
            drops.append(m.span("space"))
    return sorted(drops)
