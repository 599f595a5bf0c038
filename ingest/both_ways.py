"""One temperature said of hydrogen release and uptake together: a value of each.

'H2 release and uptake from bulk LiH require about 700 °C', 'desorption and absorption of MgH2 need 300 °C',
'its dehydrogenation and rehydrogenation proceed at 250 °C': the sentence joins the two directions of the
hydrogen process (the ontology's CycledProcessNoun runs, release and uptake) and gives one temperature, which
the text says of both: a dehydrogenation and a hydrogenation temperature of the same sample. A count of
cycles of both directions ('release and uptake cycles') names a reversible capacity instead
(ingest.cycled_capacity) and is left alone here.
"""
from __future__ import annotations

import re

from ontology.models import Measurement
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

_RELEASE = vocabulary().scheme_alternation("CycledProcessNoun", ("ReleaseRun",))
_UPTAKE = vocabulary().scheme_alternation("CycledProcessNoun", ("UptakeRun",))
_HYDROGEN = r"(?:hydrogen\s+|H2\s+|H₂\s+)?"
# ('hydrogenation/ dehydrogenation cycle', 'absorption/desorption': the two directions joined by a slash too)
_JOIN = r"(?:\s+(?:and|&)\s+|\s*/\s*)"
_JOINED = re.compile(rf"\b(?:re-?)?{_RELEASE}{_JOIN}{_HYDROGEN}(?:re-?)?{_UPTAKE}\b"
                     rf"|\b(?:re-?)?{_UPTAKE}{_JOIN}{_HYDROGEN}(?:re-?)?{_RELEASE}\b", re.I)
# '10 absorption/desorption cycles': a count of cycles (a reversible capacity's, ingest.cycled_capacity); the
# temperature of 'the full hydrogenation/dehydrogenation cycle' counts none
_COUNTED_CYCLES = gated(re.compile(r"\d\s*(?:[\w/-]+\s+){0,4}cycl", re.I))
# a direction named alone besides the joined pair: the value may be that one's
_ONE_WAY = re.compile(rf"\b(?:re-?)?(?:{_RELEASE}|{_UPTAKE})\b", re.I)
_RELEASED_AT = "dehydrogenation_temperature"
_TAKEN_UP_AT = "hydrogenation_temperature"


def released_and_taken_up(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` (the sentence's values) with the one temperature of a sentence that names release and uptake
    together given as both a dehydrogenation temperature (the plain one: the words name no stage of the release)
    and a hydrogenation temperature, whichever of the two the words read it as; ``out`` itself otherwise."""
    if " and " not in text and "&" not in text and "/" not in text or _COUNTED_CYCLES.search(text):
        return out
    said = [m for m in out if m.property.endswith(_RELEASED_AT) or m.property == _TAKEN_UP_AT]
    joined = _JOINED.search(text) if len(said) == 1 else None
    if joined is None or _ONE_WAY.search(text[:joined.start()]) or _ONE_WAY.search(text, joined.end()):
        return out   # ('… desorption/absorption kinetics; the peak desorption temperature is …': one way named too)
    # (a stage the words seem to name is not kept: 'hydrogen release … in bulk MgH2' holds every word of the
    # peak's 'bulk of the hydrogen release', and no one stage is said of both directions)
    m = said[0]
    pair = tuple(m.model_copy(update={"property": key, "cues": [*m.cues, "property:both-ways"]})
                 for key in (_RELEASED_AT, _TAKEN_UP_AT))
    return [x for y in out for x in (pair if y is m else (y,))]
