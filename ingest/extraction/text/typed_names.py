"""A storage alloy named by the compound whose structure or chemistry it takes: "the Mg2Ni-type alloy", "LaNi5-type
compounds", "a Mg2Ni-based alloy"; and one sample based on a storage metal: "the Mg-based composite with 10 wt% Ni".
Older metal-hydride papers name their samples so; the compound or metal before '-type' or '-based' is the sample's
host (the tokenizer keeps such a word whole, so no mention of it is found).

Only a compound of a metal that stores hydrogen is read so, and only before the noun of an alloy, phase or compound
(the ontology's SolidKindNoun scheme): "the NaCl-type structure" names no sample. A storage metal alone is read only
before one sample's noun of several parts after an article: "Mg-based alloys", "Mg-based hydrides" name a class.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.formula import FormulaError, parse_formula
from ontology.system import storage_metal
from ontology.vocabulary import vocabulary

from .sample_words import SEVERAL_WORDS


@lru_cache(maxsize=1)
def _typed() -> re.Pattern[str]:
    nouns = vocabulary().scheme_alternation("SolidKindNoun", ("AlloyNoun", "PhaseNoun"))
    # (a compound's formula, then '-type' or '-based' glued to it: English, not vocabulary)
    return re.compile(rf"(?<![\w\-–])([A-Z][A-Za-z0-9.]*?)[-‐](?:type|based)(?=\s+{nouns}\b)", re.I)


# "the Mg-based composite with 10 wt% Ni": one sample of several parts (a singular noun after an article) whose
# base is the storage metal, the host its additives go into ('Mg-based alloys', 'Mg-based hydrides': a class)
# ((?=[…]): the articles' first letters, in either case, which lets a search of the whole paper pass other positions)
_BASED_SAMPLE = re.compile(rf"(?=[TtAaOo])\b(?i:the|this|that|our|a|an)\s+([A-Z][a-z]?)[-‐]based"
                           rf"(?=\s+{SEVERAL_WORDS}(?<!s)\b)")


def _storage_compound(formula: str) -> bool:
    """A compound of two or more metals that stores hydrogen ('Mg2Ni', 'LaNi5', 'TiFe'), not one element."""
    return _compound(formula) and storage_metal(formula)


# ("a hexagonal UCoAl4 type structure", "crystallises in the K2PtCl6 type", "a BiF3 type lattice"): a compound
# written apart from the word 'type' names the structure the sample takes, not a part of it
_TYPE_AFTER = re.compile(r"\s+type\b", re.I)


def without_structure_types(text: str, found: list) -> list:
    """``found`` without the mentions of a compound that names a structure type ('UCoAl4 type structure'); a storage
    compound before 'type' and an alloy's or phase's noun ('the Mg2Ni type alloy') still names the sample."""
    if " type" not in text.casefold():
        return found
    return [m for m in found if not (_TYPE_AFTER.match(text, m.end) and _compound(m.text)
                                     and not (_type_noun().match(text, m.end) and _storage_compound(m.text)))]


def _compound(name: str) -> bool:
    """A formula of two or more elements, as structure types are named ('UCoAl4', 'K2PtCl6', 'NaCl'): a named
    material before 'type' ('a CMK-3 type carbon', 'SBA-15 type silica') is the material of that kind, the sample's."""
    try:
        return len(parse_formula(name).elements) >= 2
    except (FormulaError, ValueError):
        return False


@lru_cache(maxsize=1)
def _type_noun() -> re.Pattern[str]:
    """' type alloy', ' type phase': the word 'type' written apart, then the noun of an alloy or phase."""
    nouns = vocabulary().scheme_alternation("SolidKindNoun", ("AlloyNoun", "PhaseNoun"))
    return re.compile(rf"\s+type\s+{nouns}\b", re.I)


def typed_hosts(text: str, found: list, mention_type: type, system_label: str) -> list:
    """``found`` (the mentions of ``text``, in order) with a mention of each storage compound named before
    '-type' or '-based' and the noun of an alloy or phase, where no mention covers it."""
    if "-type" not in text and "-based" not in text:
        return found
    added = []
    typed = [m for m in _typed().finditer(text) if _storage_compound(m.group(1))]
    based = [m for m in _BASED_SAMPLE.finditer(text) if storage_metal(m.group(1))] if "-based" in text else []
    for m in [*typed, *based]:
        start, end = m.span(1)
        if any(f.start < end and start < f.end for f in found):
            continue
        term = vocabulary().by_formula(m.group(1))
        added.append(mention_type("Material" if term else system_label, m.group(1), start, end,
                                  term.id if term else None))
    return sorted([*found, *added], key=lambda f: f.start) if added else found
