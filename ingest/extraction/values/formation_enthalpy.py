"""An enthalpy of formation said of a compound that holds no hydrogen is no enthalpy of a hydrogen reaction.

'The calculated enthalpies of formation of Mg2Ni, Mg2NiH4 and … are …, respectively', 'the formation enthalpy of
the Mg3Cd alloy is −12.5 kJ/mol': the energy of making that alloy or compound from its elements, which stores no
hydrogen by it — the graph's reaction enthalpy is the hydride's (de)hydrogenation. A hydride's formation enthalpy
('of MgH2', 'the hydride formation enthalpy of Mg2Ni') is one, stored as its decomposition's
(ingest/extraction/values/enthalpy_sign.py); a metal of one element named so ('the formation enthalpy of Mg hydride') is
read as its hydride and kept.
"""
from __future__ import annotations

import re

from ontology.elements import formula_symbols
from ontology.models import Measurement
from ontology.quantities import number_places

from .property_cues import written_per_hydrogen

_FORMATION = re.compile(r"\b(?:enthalp(?:y|ies)|heats?)\s+of\s+formation\b|\bformation\s+(?:enthalp(?:y|ies)|heats?)\b",
                        re.I)
# ('the hydride formation enthalpy', 'hydrogenation heat of formation'): the formation of a hydride
_HYDRIDE_BEFORE = re.compile(r"\b(?:hydrid\w*|hydrogenation|hydrogen|absorption|desorption)\s+$", re.I)
_HYDROGEN = frozenset({"H", "D"})


# the energy unit written after a value, up to a comma ('kJ/mol H2, …'), whose per-mole-of-H2 form
# property_cues.written_per_hydrogen tells
_ENERGY_UNIT = re.compile(r"\s*(?:k?J|kcal)\b[^,;]{0,16}")
_ENTHALPY_WORD = re.compile(r"\b(?:enthalp(?:y|ies)|heats?)\b", re.I)


def _compound_formation_said(text: str) -> bool:
    return any(not _HYDRIDE_BEFORE.search(text, max(0, f.start() - 25), f.start()) for f in _FORMATION.finditer(text))


def _given_as_formation(text: str, value: float) -> bool:
    """Whether the number ``value`` is written after a compound's formation enthalpy with no other enthalpy named
    between ('the formation enthalpy of the alloy is −12.5 kJ/mol, while its hydride decomposes with an enthalpy
    change of 65 kJ/mol': 65 is the hydride's)."""
    for number_start, number_end in number_places(value, text):
        if (unit := _ENERGY_UNIT.match(text, number_end)) and written_per_hydrogen(unit.group()):
            continue   # ('… a formation enthalpy of 63 kJ/mol H2'): per mole of hydrogen, the hydride's
        words = list(_ENTHALPY_WORD.finditer(text, 0, number_start))
        if words and _formation_at(text, words[-1].start()):
            return True
    return False


def _formation_at(text: str, at: int) -> bool:
    """Whether the enthalpy word at ``at`` is part of a compound's formation enthalpy (not a hydride's)."""
    return any(f.start() <= at < f.end() and not _HYDRIDE_BEFORE.search(text, max(0, f.start() - 25), f.start())
               for f in _FORMATION.finditer(text, max(0, at - 15), at + 30))


def _hydrogen_free_compound(v: Measurement) -> bool:
    """Whether the value's sample is one compound of two or more elements, none of them hydrogen."""
    elements = formula_symbols(v.system.host.formula) if v.system.bare else frozenset()
    return len(elements) > 1 and not elements & _HYDROGEN


def without_compound_formation(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` without the reaction enthalpies the sentence gives as the formation enthalpy of a compound that holds
    no hydrogen (an alloy, an intermetallic)."""
    if not out or "ormation" not in text or not _compound_formation_said(text):
        return out
    return [v for v in out if not (v.property == "reaction_enthalpy" and _hydrogen_free_compound(v)
                                   and _given_as_formation(text, v.value))]
