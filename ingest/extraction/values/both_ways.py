"""One temperature said of hydrogen release and uptake together: a value of each.

'H2 release and uptake from bulk LiH require about 700 °C', 'desorption and absorption of MgH2 need 300 °C',
'its dehydrogenation and rehydrogenation proceed at 250 °C': the sentence joins the two directions of the
hydrogen process (the ontology's CycledProcessNoun runs, release and uptake) and gives one temperature, which
the text says of both: a dehydrogenation and a hydrogenation temperature of the same sample. A count of
cycles of both directions ('release and uptake cycles') names a reversible capacity instead
(ingest.extraction.values.cycled_capacity) and is left alone here.

The one word for both directions says the same: 'hydrogen sorption in Mg needs about 570 K', 'the sorption of
hydrogen by the alloy proceeds at 250 °C' (the ontology's SorptionRun), and so do the pair's short forms
'de/absorption', 'ab-/desorption', 'de-/rehydrogenation' (the first direction cut to its prefix). The value
reader reads a temperature the sorption word names as the release's (``sorption_as_release``), and the
sentence then gives it to each direction.

A second verb of the other direction said 'at the same temperature' ('the films absorb hydrogen at 620 K and
desorb it at the same temperature', 'takes up hydrogen at 250 °C and releases it again at the same temperature')
gives the one temperature to that direction too (``again_at_the_same_temperature``).
"""
from __future__ import annotations

import re

from ontology.models import Measurement
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .property_cues import choose_property

_RELEASE = vocabulary().scheme_alternation("CycledProcessNoun", ("ReleaseRun",))
_UPTAKE = vocabulary().scheme_alternation("CycledProcessNoun", ("UptakeRun",))
_EITHER = re.compile(rf"\b{vocabulary().scheme_alternation('CycledProcessNoun', ('SorptionRun',))}\b", re.I)
_HYDROGEN = r"(?:hydrogen\s+|H2\s+|H₂\s+)?"
# ('hydrogenation/ dehydrogenation cycle', 'absorption/desorption': the two directions joined by a slash too)
_JOIN = r"(?:\s+(?:and|&)\s+|\s*/\s*)"
# ('de/absorption', 'ab-/desorption', 'de-/rehydrogenation': the first of the two cut to its prefix)
_JOINED = re.compile(rf"\b(?:re-?)?{_RELEASE}{_JOIN}{_HYDROGEN}(?:re-?)?{_UPTAKE}\b"
                     rf"|\b(?:re-?)?{_UPTAKE}{_JOIN}{_HYDROGEN}(?:re-?)?{_RELEASE}\b"
                     rf"|\bde-?\s*/\s*(?:re-?)?{_UPTAKE}\b|\bab-?\s*/\s*{_RELEASE}\b|{_EITHER.pattern}", re.I)
# '10 absorption/desorption cycles': a count of cycles (a reversible capacity's,
# ingest.extraction.values.cycled_capacity); the temperature of 'the full hydrogenation/dehydrogenation cycle' counts
# none
_COUNTED_CYCLES = gated(re.compile(r"\d\s*(?:[\w/-]+\s+){0,4}cycl", re.I))
# a direction named alone besides the joined pair: the value may be that one's
_ONE_WAY = re.compile(rf"\b(?:re-?)?(?:{_RELEASE}|{_UPTAKE})\b", re.I)
_RELEASED_AT = "dehydrogenation_temperature"
_TAKEN_UP_AT = "hydrogenation_temperature"
# the cue of a temperature the sorption word itself named (value_roles), the one that joins no pair of words
SORPTION_CUE = "property:sorption"


def sorption_as_release(before: str) -> str | None:
    """The words before a value with their word of both directions ('sorption') put as the release's, for the
    property reader (a temperature the release word then names is the sorption's); None if no such word."""
    either = _EITHER.search(before)
    return None if either is None else f"{before[:either.start()]}desorption{before[either.end():]}"


def released_and_taken_up(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` (the sentence's values) with the one temperature of a sentence that names release and uptake
    together given as both a dehydrogenation temperature (the plain one: the words name no stage of the release)
    and a hydrogenation temperature, whichever of the two the words read it as; ``out`` itself otherwise."""
    if " and " not in text and "&" not in text and "/" not in text and "sorption" not in text \
            or _COUNTED_CYCLES.search(text):
        return out
    # (a value compared with it, 'whereas the target is 100 °C', took its property from it: not a second one said)
    said = [m for m in out if (m.property.endswith(_RELEASED_AT) or m.property == _TAKEN_UP_AT)
            and "value:compared" not in m.cues]
    joined = _JOINED.search(text) if len(said) == 1 else None
    if joined is not None and _EITHER.fullmatch(joined.group()) and SORPTION_CUE not in said[0].cues:
        return out   # ('the sorption properties improved; its onset temperature is 250 °C': no word named it both ways)
    if joined is None or _ONE_WAY.search(text[:joined.start()]) or _ONE_WAY.search(text, joined.end()):
        return out   # ('… desorption/absorption kinetics; the peak desorption temperature is …': one way named too)
    # (a stage the words seem to name is not kept: 'hydrogen release … in bulk MgH2' holds every word of the
    # peak's 'bulk of the hydrogen release', and no one stage is said of both directions)
    m = said[0]
    pair = tuple(m.model_copy(update={"property": key, "cues": [*m.cues, "property:both-ways"]})
                 for key in (_RELEASED_AT, _TAKEN_UP_AT))
    return [x for y in out for x in (pair if y is m else (y,))]


# "… at 620 K and desorb it at the same temperature": a second verb, the hydrogen as a pronoun, said at the
# temperature of the first (a few words, no number: "… and desorbs 5 wt% at the same temperature" is a capacity's)
_AGAIN_AT_SAME = re.compile(r",?\s+(?:and|then)\s+(?P<words>(?:[^\W\d][\w-]*\s+){1,5}?)at\s+the\s+same\s+temperature\b",
                            re.I)
_PRONOUN = re.compile(r"\b(?:it|them)\b", re.I)
_OTHER_WAY = {_RELEASED_AT: _TAKEN_UP_AT, _TAKEN_UP_AT: _RELEASED_AT}


def again_at_the_same_temperature(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` with the one hydrogenation or dehydrogenation temperature of the sentence given also to the other
    direction, when a second verb of that direction follows at 'the same temperature'; ``out`` itself otherwise."""
    said = [m for m in out if m.property in _OTHER_WAY and "value:compared" not in m.cues]
    again = _AGAIN_AT_SAME.search(text) if len(said) == 1 and "same temperature" in text else None
    if again is None:
        return out
    m = said[0]
    named: list[str] = []
    role, key = choose_property("degC", _PRONOUN.sub("hydrogen", again.group("words")), "", named)
    if role != "property" or key != _OTHER_WAY[m.property] or named != ["property:named"]:
        return out
    # (the settings said with the first verb, 'under 10 bar', are not the second's)
    return [*out, m.model_copy(update={"property": key, "cues": [*m.cues, "property:same-temperature"],
                                       "conditions": {}, "condition_max": {}, "condition_terms": {},
                                       "condition_qualifiers": {}})]
