"""A member of a generic-cation family named by its cation: "a family of alkali metal salts M(NH2BH3)(BH4)
(M = Na, K) … the Na salt contains 9.5 wt% H".

A paper that writes its compounds once as a formula with a generic cation 'M' then names each by its
metal alone ("the Li salt", "the K compound"). A value of such a sentence is read on the bare metal; it
belongs to the family's formula with that metal in M's place. The text must write one such family, and
when it lists M's metals ("M = Na, K") the metal must be one of them.
"""
from __future__ import annotations

import re

from ontology.elements import NONMETALS
from ontology.formula import FormulaError, parse_formula
from ontology.models import Measurement
from ontology.system import SystemParseError, analyse_system

# 'M(BH3NH2BH2NH2BH3)', 'M(NH2BH3)(BH4)', 'M2(B12H12)': a formula whose cation is the generic 'M'
# (bracketed anions after it; a word such as 'MOF' or 'Mg(BH4)2' is none)
# (the 'M' first, the look at the character before it after: a pattern that opens with a letter is searched for that
# letter at once, one that opens with a look-behind tried at every character of the paper)
_FAMILY = re.compile(r"M(?<![\w)\]]M)(?P<anions>\d*(?:\((?:[^()\s]|\([^()\s]*\))+\)\d*)+)(?![\w(])")
# 'M2B12(OH)12 (M = Li, Na)', 'MB12H11NH3 (M = Li and Na)': an anion written without brackets is a family only
# where the bracket after it says what M stands for ('MOF', 'MWCNT' are words)
_FAMILY_DEFINED = re.compile(r"M(?<![\w)\]]M)(?P<anions>\d*[A-Z][a-z]?\d[A-Za-z0-9()]*)\s*\(\s*M\s*=")
# 'M = Na, K', 'M = Li, Na, and K', 'M = Li and Na': the metals the family's M stands for
_GIVEN = re.compile(r"\bM\s*=\s*(?P<metals>[A-Z][a-z]?(?:\s*(?:,\s*(?:and|or)?|and|or)\s*[A-Z][a-z]?)*)")
_METAL = re.compile(r"[A-Z][a-z]?")
# 'the Li salt', 'Na compound', 'the K analogue': a member named by its metal and a word for the compound
_MEMBER = re.compile(r"(?<![\w(])(?P<metal>[A-Z][a-z]?)\s+(?:salt|compound|analog(?:ue)?|derivative)s?\b")


def _metal(symbol: str) -> bool:
    """An element that is a metal: a salt's cation ('the Li salt'; 'the H salt', 'I compound' name none)."""
    if symbol in NONMETALS:
        return False
    try:
        return parse_formula(symbol).elements == (symbol,)
    except (FormulaError, ValueError):
        return False


def with_family_salts(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` with each value read on a bare metal that the text names as a member of its one 'M' family
    ('the Li salt') given to that member's formula."""
    families = {m.group("anions") for pattern in (_FAMILY, _FAMILY_DEFINED) for m in pattern.finditer(text)}
    if len(families) != 1 or not out:
        return out
    anions = families.pop()
    given = {metal for g in _GIVEN.finditer(text) for metal in _METAL.findall(g.group("metals"))}
    named = {m.group("metal") for m in _MEMBER.finditer(text)
             if _metal(m.group("metal")) and (not given or m.group("metal") in given)}
    # ('… at 250 °C for M = Cs and Li, respectively': the symbol set to a metal outside the bracket that
    # defines the family names that member)
    named |= {metal for g in _GIVEN.finditer(text) if not re.search(r"\(\s*$", text[max(0, g.start() - 3):g.start()])
              for metal in _METAL.findall(g.group("metals")) if _metal(metal)}
    moved = []
    for m in out:
        s = m.system
        if not s.bare or s.host.formula not in named:
            moved.append(m)
            continue
        try:
            found = analyse_system(f"{s.host.formula}{anions}")
        except (SystemParseError, ValueError):
            moved.append(m)
            continue
        moved.append(m.model_copy(update={"system": found.system}) if not found.unknown else m)
    return moved
