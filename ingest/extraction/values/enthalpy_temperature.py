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

from ingest.extraction.text.quantity_text import groups
from ontology.units import UnitError, parse_unit

from .property_cues import keys_said_longest

_ENTHALPY_KEYS = ("reaction_enthalpy", "hydrogenation_enthalpy")   # the ontology's keys (hkg:ReactionEnthalpy …)
_MOLAR_ENERGY = "[mass] * [length] ** 2 / [time] ** 2 / [substance]"
_PRESSURE = "[mass] / [length] / [time] ** 2"

# the sentence opens with a word pointing back at the one before, then a verb of what it makes possible (English)
_POINTS_BACK = re.compile(r"\s*(?:this|that|which|such\s+an?\s+\w+|these\s+\w+)\s+(?:\w+ly\s+)?(?:thus\s+)?"
                          r"(?:allows?|enables?|lets|permits?|means|makes?\s+it\s+possible)\b", re.I)
# right after the temperature: 'under'/'at'/'and', at most a few words ('a hydrogen pressure of'), then the pressure
_PRESSURE_AFTER = re.compile(r"\s*(?:°C|K)?\s*,?\s*(?:under|at|and)\s+(?:an?\s+)?(?:[\w₂]+\s+){0,3}?(?:of\s+)?"
                             r"(?=\d)")


def _of_dimension(unit: str | None, dimensionality: str) -> bool:
    """Is the unit the pipeline read for a value (``quantity_text.groups``) one of ``dimensionality``?"""
    if not unit:
        return False
    try:
        return str(parse_unit(unit).dimensionality) == dimensionality
    except (UnitError, ValueError):
        return False


def _pressure_at(text: str, at: int) -> bool:
    """Does the value the sentence's quantities read at ``at`` (its first number there) carry a pressure's unit?"""
    for g in groups(text):
        for n in g.numbers:
            if n.start == at:
                return _of_dimension(n.unit or g.unit, _PRESSURE)
    return False


def from_enthalpy_before(text: str, start: int, end: int, key: str | None, sentence_before: str) -> bool:
    """Is the temperature of property ``key`` at ``start``–``end`` of the sentence ``text`` one it derives from the
    reaction enthalpy ``sentence_before`` (the paragraph's sentence before) gives (theoretical)? The labels the
    sentence before says are ``property_cues.keys_said_longest``' (a longer label of another property covering the
    words, 'activation enthalpy', wins); the units are those its quantities were read with."""
    if not key or not key.endswith("temperature") or not sentence_before or not _POINTS_BACK.match(text):
        return False
    after = _PRESSURE_AFTER.match(text, end)
    return after is not None and _pressure_at(text, after.end()) \
        and not keys_said_longest(sentence_before).isdisjoint(_ENTHALPY_KEYS) \
        and any(_of_dimension(g.unit, _MOLAR_ENERGY) for g in groups(sentence_before))
