"""A storage alloy named by the compound whose structure or chemistry it takes: "the Mg2Ni-type alloy", "LaNi5-type
compounds", "a Mg2Ni-based alloy". Older metal-hydride papers name their sample so; the compound before '-type' or
'-based' is the sample's host (the tokenizer keeps such a word whole, so no mention of the compound is found).

Only a compound of a metal that stores hydrogen is read so, and only before the noun of an alloy, phase or compound
(the ontology's SolidKindNoun scheme): "the NaCl-type structure" names no sample, and "Mg-based alloys" (an element)
names a class of alloys, no one host.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.formula import FormulaError, parse_formula
from ontology.system import storage_metal
from ontology.vocabulary import vocabulary


@lru_cache(maxsize=1)
def _typed() -> re.Pattern[str]:
    nouns = vocabulary().scheme_alternation("SolidKindNoun", ("AlloyNoun", "PhaseNoun"))
    # (a compound's formula, then '-type' or '-based' glued to it: English, not vocabulary)
    return re.compile(rf"(?<![\w\-–])([A-Z][A-Za-z0-9.]*?)[-‐](?:type|based)(?=\s+{nouns}\b)", re.I)


def _storage_compound(formula: str) -> bool:
    """A compound of two or more metals that stores hydrogen ('Mg2Ni', 'LaNi5', 'TiFe'), not one element."""
    try:
        elements = parse_formula(formula).elements
    except (FormulaError, ValueError):
        return False
    return len(elements) >= 2 and storage_metal(formula)


def typed_hosts(text: str, found: list, mention_type: type, system_label: str) -> list:
    """``found`` (the mentions of ``text``, in order) with a mention of each storage compound named before
    '-type' or '-based' and the noun of an alloy or phase, where no mention covers it."""
    if "-type" not in text and "-based" not in text:
        return found
    added = []
    for m in _typed().finditer(text):
        start, end = m.span(1)
        if not _storage_compound(m.group(1)) or any(f.start < end and start < f.end for f in found):
            continue
        term = vocabulary().by_formula(m.group(1))
        added.append(mention_type("Material" if term else system_label, m.group(1), start, end,
                                  term.id if term else None))
    return sorted([*found, *added], key=lambda f: f.start) if added else found
