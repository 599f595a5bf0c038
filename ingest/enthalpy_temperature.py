"""A temperature a sentence derives from the reaction enthalpy the sentence before gives: "The new pathway cuts ΔH to
38 kJ/mol. This lets the composite give off hydrogen near 150 °C at 1 bar." The temperature at a stated hydrogen
pressure is where the reaction's equilibrium lies (van 't Hoff, from ΔH and ΔS) — what the thermodynamics gives, not a
run's reading: its basis is theoretical (the README contract: from the composition and the reaction).

Three things must hold together:
- the temperature's sentence opens by pointing back ("This allows …", "That means …", "Such a drop enables …");
- the sentence before names a reaction enthalpy (the ontology's labels of hkg:ReactionEnthalpy and the hydrogenation
  enthalpy; where a longer label of another property covers the words, 'activation enthalpy', that one counts) and
  gives it a value in an energy-per-mole unit;
- the temperature is said with a pressure right after it ("at 240 °C under 0.1 MPa", "… 95 °C and 1 bar").
An activation energy before "This allows X to desorb at 175 °C" is kinetics, and the temperature stays measured.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.units import UnitError, parse_unit
from ontology.vocabulary import vocabulary

_ENTHALPY_KEYS = ("reaction_enthalpy", "hydrogenation_enthalpy")   # the ontology's keys (hkg:ReactionEnthalpy …)
_MOLAR_ENERGY = "[mass] * [length] ** 2 / [time] ** 2 / [substance]"
_PRESSURE = "[mass] / [length] / [time] ** 2"

# the sentence opens with a word pointing back at the one before, then a verb of what it makes possible (English)
_POINTS_BACK = re.compile(r"\s*(?:this|that|which|such\s+an?\s+\w+|these\s+\w+)\s+(?:\w+ly\s+)?(?:thus\s+)?"
                          r"(?:allows?|enables?|lets|permits?|means|makes?\s+it\s+possible)\b", re.I)
# a number and the word after it ('46 kJ/mol', '0.1 MPa'): the word is read by ontology.units.parse_unit
_NUMBER_UNIT = re.compile(r"(\d+(?:\.\d+)?)\s*(?=([A-Za-z][\w/·^\-−⁻¹ ]{0,16}))")
# right after the temperature: 'under'/'at'/'and', at most a few words ('a hydrogen pressure of'), then the pressure
_PRESSURE_AFTER = re.compile(r"\s*(?:°C|K)?\s*,?\s*(?:under|at|and)\s+(?:an?\s+)?(?:[\w₂]+\s+){0,3}?(?:of\s+)?"
                             r"(?=\d)")


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Every property label (as the pattern of the whole label, any case) with whether it names a reaction enthalpy,
    longest first. Compiled once: the labels are about a thousand, more than re's own cache holds."""
    vocab = vocabulary()
    enthalpy = {vocab.property(k).id for k in _ENTHALPY_KEYS}
    out = {(lab, t.id in enthalpy) for t in vocab.terms("Property") for lab in t.labels if len(lab) > 1}
    return tuple((re.compile(rf"(?<!\w){re.escape(lab)}(?!\w)", re.I), is_enthalpy)
                 for lab, is_enthalpy in sorted(out, key=lambda x: -len(x[0])))


def _names_enthalpy(sentence: str) -> bool:
    """The longest property label at each place of ``sentence``: is one a reaction enthalpy's?"""
    taken: list[tuple[int, int]] = []
    found = False
    for label, is_enthalpy in _labels():
        for m in label.finditer(sentence):
            if any(a <= m.start() and m.end() <= b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found = found or is_enthalpy
    return found


def _has_unit(text: str, dimensionality: str, first_only: bool = False) -> bool:
    """Does a number of ``text`` (its first only, ``first_only``) carry a unit of ``dimensionality``? The unit is the
    longest run of words after the number that ontology.units reads ('kJ mol^-1' of 'kJ mol^-1 to just')."""
    for m in _NUMBER_UNIT.finditer(text):
        words = m.group(2).split(" ")
        for n in range(len(words), 0, -1):
            try:
                unit = parse_unit(" ".join(words[:n]).strip())
            except (UnitError, ValueError, AttributeError, TypeError, KeyError):
                continue
            if str(unit.dimensionality) == dimensionality:
                return True
            break
        if first_only:
            return False
    return False


def from_enthalpy_before(text: str, start: int, end: int, key: str | None, sentence_before: str) -> bool:
    """Is the temperature of property ``key`` at ``start``–``end`` of the sentence ``text`` one it derives from the
    reaction enthalpy ``sentence_before`` (the paragraph's sentence before) gives (theoretical)?"""
    if not key or not key.endswith("temperature") or not sentence_before or not _POINTS_BACK.match(text):
        return False
    after = _PRESSURE_AFTER.match(text, end)
    return after is not None and _has_unit(text[after.end():after.end() + 24], _PRESSURE, first_only=True) \
        and _names_enthalpy(sentence_before) and _has_unit(sentence_before, _MOLAR_ENERGY)
