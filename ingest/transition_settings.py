"""A value of a phase reached by a transition the sentence gives the temperature of ("its conductivity reaches
0.15 S/cm after the complete phase transition at 130 °C", "the disordered high-temperature phase forms at 90 °C and
conducts 0.1 S/cm") was measured at that temperature: a conductivity without its temperature compares with nothing
(the ontology's hkg:requiresCondition), and the sentence does give it, as the transition's."""
from __future__ import annotations

import re

from ontology.comparability import required_conditions
from ontology.models import Measurement
from ontology.system import host_formula

_TRANSITION = "phase_transition_temperature"
_SETTING = "temperature"
# the value is the phase's after the transition: 'after/above/once/upon … transition', or the sentence names the phase
# the transition makes ('the (disordered) high-temperature phase', 'the superionic phase')
_OF_THE_PHASE_AFTER = re.compile(r"\b(?:after|above|beyond|once|upon|following)\b[^.;]{0,60}?\btransition"
                                 r"|\b(?:high[- ]temperature|superionic|disordered)\s+(?:[\w-]+\s+){0,2}?phases?\b",
                                 re.I)


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
