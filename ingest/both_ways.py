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

_RELEASE = vocabulary().scheme_alternation("CycledProcessNoun", ("ReleaseRun",))
_UPTAKE = vocabulary().scheme_alternation("CycledProcessNoun", ("UptakeRun",))
_HYDROGEN = r"(?:hydrogen\s+|H2\s+|H₂\s+)?"
_JOINED = re.compile(rf"\b(?:re-?)?{_RELEASE}\s+(?:and|&)\s+{_HYDROGEN}(?:re-?)?{_UPTAKE}\b"
                     rf"|\b(?:re-?)?{_UPTAKE}\s+(?:and|&)\s+{_HYDROGEN}(?:re-?)?{_RELEASE}\b", re.I)
_RELEASED_AT = "dehydrogenation_temperature"
_TAKEN_UP_AT = "hydrogenation_temperature"


def released_and_taken_up(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` (the sentence's values) with the one temperature of a sentence that names release and uptake
    together given as both a dehydrogenation temperature (the plain one: the words name no stage of the release)
    and a hydrogenation temperature, whichever of the two the words read it as; ``out`` itself otherwise."""
    if " and " not in text and "&" not in text or "ycl" in text:
        return out
    said = [m for m in out if m.property.endswith(_RELEASED_AT) or m.property == _TAKEN_UP_AT]
    if len(said) != 1 or not _JOINED.search(text):
        return out
    # (a stage the words seem to name is not kept: 'hydrogen release … in bulk MgH2' holds every word of the
    # peak's 'bulk of the hydrogen release', and no one stage is said of both directions)
    m = said[0]
    pair = tuple(m.model_copy(update={"property": key, "cues": [*m.cues, "property:both-ways"]})
                 for key in (_RELEASED_AT, _TAKEN_UP_AT))
    return [x for y in out for x in (pair if y is m else (y,))]
