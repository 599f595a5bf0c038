"""A value reached once a transition the sentence gives the temperature of is over ("its conductivity reaches
0.15 S/cm after the complete phase transition at 130 °C", "above its transition at 105 °C it conducts 0.08 S/cm") was
measured at that temperature: a conductivity without its temperature compares with nothing (the ontology's
hkg:requiresCondition), and the sentence does give it, as the transition's. A value merely said of the phase the
transition makes ("the high-temperature phase, formed at 90 °C, conducts 0.1 S/cm") gives no temperature of its
reading: the phase lives over a span above it, where a reading 10 °C off may be another phase's, so none is set."""
from __future__ import annotations

import re

from ontology.comparability import required_conditions
from ontology.models import Measurement
from ontology.system import host_formula

_TRANSITION = "phase_transition_temperature"
_SETTING = "temperature"
# the value is reached after the transition: 'after/above/once/upon/past … transition'
_OF_THE_PHASE_AFTER = re.compile(r"\b(?:after|above|beyond|once|upon|following|past)\b[^.;]{0,60}?\btransition", re.I)


def at_the_transition(text: str, out: list[Measurement]) -> list[Measurement]:
    """The sentence's values that need a temperature and were read without one, set at the temperature of the one
    transition the sentence gives for their host, where the words say the value is of the phase after it."""
    if not any(m.property == _TRANSITION for m in out) or not _OF_THE_PHASE_AFTER.search(text):
        return out
    transitions: dict[str, list[Measurement]] = {}
    for m in out:
        if m.property == _TRANSITION and m.value_max is None and m.qualifier == "=":
            transitions.setdefault(host_formula(m.system), []).append(m)
    new = []
    for m in out:
        found = transitions.get(host_formula(m.system), [])
        if len(found) == 1 and _SETTING in required_conditions(m.property) and _SETTING not in m.conditions:
            m = m.model_copy(update={"conditions": {**m.conditions, _SETTING: found[0].value}})
        new.append(m)
    return new
