"""A property written by its notation with the number of its condition glued on: 'S100' for the capacity
retention after 100 cycles, 'HRD900' for the high-rate dischargeability at 900 mA/g (the notations of Ni–MH
negative-electrode papers). The tokenizer keeps 'S100' whole and the readers take it for a formula (sulfur
with a count of 100); the clean text writes it out in the words the ontology gives it
(``hkg:gluedConditionNotation`` / ``hkg:gluedConditionReading``), so that the property and its condition are
read as where an author spells them.
"""
from __future__ import annotations

import re

from ontology.namespaces import HKG
from ontology.once import built_once
from ontology.vocabulary import vocabulary

# how far after the notation its per-cent value may stand, within the sentence ('S100 of the Mg2Ni electrode
# was 45%', 'HRD900 increases from 51.2% to 64.8%')
_VALUE_REACH = 90
# a per-cent value, the sign of a notation's reading: 'S1', 'S2' as names of samples have none after them
_PER_CENT = re.compile(r"\d\s?%")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


@built_once
def _readings() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The notations the ontology names (longest first) as one pattern, and each one's reading template."""
    g = vocabulary().graph
    readings: dict[str, str] = {}
    for prop, notation in g.subject_objects(HKG.gluedConditionNotation):
        reading = g.value(prop, HKG.gluedConditionReading)
        if reading is not None:
            readings[str(notation)] = str(reading)
    if not readings:
        return None, {}
    alternation = "|".join(re.escape(n) for n in sorted(readings, key=len, reverse=True))
    # the notation glued to a whole number of two digits or more, as a word of its own: not 'S100K', 'HS100',
    # 'S1.5', nor the sample names 'S1', 'S2' (a retention after a single-digit count of cycles is no figure)
    pattern = re.compile(rf"(?<![\w\-.])(?P<notation>{alternation})(?P<n>[1-9]\d{{1,4}})(?![\w.]\w|\w)")
    return pattern, readings


def _value_follows(text: str, end: int) -> bool:
    """A per-cent value follows the notation in its sentence."""
    after = text[end:end + _VALUE_REACH]
    stop = _SENTENCE_END.search(after)
    return _PER_CENT.search(after[:stop.start()] if stop else after) is not None


def glued_condition_notations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each glued notation with a per-cent value after it: 'S100' -> 'capacity retention
    after 100 cycles'."""
    pattern, readings = _readings()
    if pattern is None:
        return []
    return [(m.start(), m.end(), readings[m.group("notation")].replace("{n}", m.group("n")))
            for m in pattern.finditer(text) if _value_follows(text, m.end())]
