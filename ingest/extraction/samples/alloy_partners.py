"""A metal mixed with an elemental host metal to make a named compound of the two ('Mg powder with 25 at% Ni milled
until Mg2Ni forms', 'Mg–Cu mixtures milled into Mg2Cu', 'Mg with Al reacted into Mg17Al12'): the
metal is the host's alloying partner, no catalyst. A foreign metal beside a hydride or a metal reads as a catalyst by
its composition alone (ontology/system.py); the compound the document names made of exactly the two metals (or its
hydride, Mg2NiH4) says they alloy. A host that is a hydride (MgH2 with Ni) keeps the catalyst: a compound forming
from it during cycling is no sign the metal was meant to alloy; nor is a metal arranged as a shell on the host.
"""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ontology.elements import NONMETALS, formula_symbols
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES

_HYDROGEN = frozenset({"H", "D"})
# one formula of element symbols and counts, at least one count ('Mg2Ni', 'Mg17Al12', 'Mg2NiH4')
_COMPOUND = re.compile(r"(?=.*\d)(?:[A-Z][a-z]?\d*)+")


def alloy_pairs(found: list[Mention]) -> list[tuple[int, frozenset[str]]]:
    """(where, the pair of metals) of each two-metal compound (hydrogen aside) the mentions name as one material."""
    pairs = []
    for m in found:
        if m.kind not in (SYSTEM_LABEL, "Material") or not _COMPOUND.fullmatch(m.text):
            # (a compound is one formula written with its counts, 'Mg2Ni'; a composition's notation, 'Mg–15Ni', names
            # a share of the two metals, no phase they form)
            continue
        s = system_of(m.text)
        if s is None or s.additives:
            continue
        els = formula_symbols(s.host.formula) - _HYDROGEN
        if len(els) == 2 and not els & NONMETALS:
            pairs.append((m.start, frozenset(els)))
    return pairs


def with_alloy_partners(system: MaterialSystem, pairs: frozenset[frozenset[str]]) -> MaterialSystem:
    """``system`` with each catalyst that is a single metal making a named compound with the elemental host metal
    given the role of the host's alloying partner (the substituent role: its strategy is Alloying)."""
    host = formula_symbols(system.host.formula)
    if not pairs or len(host) != 1 or host & NONMETALS or system.architecture is not None:
        # (a metal laid on the host as a shell or held apart, 'Mg@Ti@Ni', is arranged, not mixed in to alloy)
        return system

    def alloying(formula: str) -> bool:
        own = formula_symbols(formula)
        return len(own) == 1 and not own & NONMETALS and frozenset(host | own) in pairs and formula in own

    if not any(a.role == ROLES["catalyst"] and alloying(a.formula) for a in system.additives):
        return system
    return system.model_copy(update={"additives": [
        a.model_copy(update={"role": ROLES["dopant"]}) if a.role == ROLES["catalyst"] and alloying(a.formula) else a
        for a in system.additives]})
