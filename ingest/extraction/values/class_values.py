"""Values a sentence gives of a class of materials in general, said of no sample.

"Electrodes of this kind store little (typically <400 mAh/g)", "such hydrides usually release hydrogen only above
350 °C": a generality adverb right before the number (after a bracket or a bound at most) in a sentence that names
no material of its own: the sample the extractor would carry over from an earlier sentence did not give the value,
the class did. No record (``ingest.extraction.document_wide.confidence.abstains``). Where the sentence names its
material ('MgH2 typically releases …') the host as such keeps the value (``prose_words.GENERAL``); where it refers to
the paragraph's sample ('This composite releases typically 5 wt%', cue 'system:continued') the sample keeps it.
"""
from __future__ import annotations

import re

from ingest.extraction.text.hedge_words import APPROXIMATING, BOUND_ABOVE, BOUND_BELOW, bound, hedged
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ontology.models import Measurement
from ontology.quantities import number_places
from ontology.vocabulary import vocabulary

# the cue of a system carried from an earlier sentence (the sentence itself names none)
_CARRIED = "system:context"
# 'typically', 'usually', 'generally', 'commonly' right before the value, a bracket, a bound or a hedge between
# (the adverbs a text sets a class's usual figure with: the ontology's GeneralityWord scheme, UsualFigureAdverb)
_USUALLY_BEFORE = re.compile(
    rf"\b{vocabulary().scheme_alternation('GeneralityWord', ('UsualFigureAdverb',))}\s*[(\[]?\s*"
    rf"(?:(?:{bound(*BOUND_BELOW, *BOUND_ABOVE)}|{hedged(APPROXIMATING)}|[<>≤≥])\s*)?$", re.I)

# the paragraph's sample taken up by a pronoun or a determiner right before a sample noun ('The films deliver …
# typically 310 mAh/g', 'it holds typically …'); 'such electrodes', 'the MH electrodes' name a class (English)
_TAKEN_UP = re.compile(rf"\b(?:it|its|they|their|(?:the|this|these|our|both)\s+{SAMPLE_NOUNS})\b", re.I)


def class_value(m: Measurement, sentence: str) -> bool:
    """Whether the value is a class's usual figure in a sentence naming no material: every place the value is
    written follows a generality adverb (a bracket, a bound between at most), the value's system was carried
    from an earlier sentence, and the sentence takes up no sample by a pronoun or 'the/this' and a sample noun."""
    if _CARRIED not in m.cues or not sentence or _TAKEN_UP.search(sentence):
        return False
    places = [start for start, _ in number_places(m.value, sentence)]
    return bool(places) and all(_USUALLY_BEFORE.search(sentence[max(0, at - 60):at]) for at in places)
