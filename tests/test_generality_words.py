"""The words saying a figure holds for a material or a class as such (the ontology's GeneralityWord scheme) are read
by both readers from the one scheme: ingest.extraction.values.class_values (its usual-figure adverbs, right before a
class's number) and ingest.extraction.prose.prose_words.GENERAL (every concept: the host named again is the host as
such, not the paragraph's sample). Issue 10: the two lists had drifted apart ('normally' in one, 'in general' in the
other). Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extraction.prose.prose_words import GENERAL
from ingest.extraction.values.class_values import _USUALLY_BEFORE
from ontology.vocabulary import vocabulary
from tests.extracted import records


def test_both_readers_take_every_word_of_the_scheme():
    adverbs = vocabulary().scheme_words("GeneralityWord", "UsualFigureAdverb")
    assert {"typically", "usually", "normally"} <= set(adverbs)
    for word in adverbs:
        assert _USUALLY_BEFORE.search(f"such anodes store {word} "), word
    for word in vocabulary().scheme_words("GeneralityWord"):
        assert GENERAL.search(f"MgH2 {word} releases"), word
    assert not GENERAL.search("the unknown phase was milled")


def _host_alone(text: str) -> set[tuple[str, float]]:
    return {(r["system"], r["value"]) for r in records(text)}


@pytest.mark.parametrize("text, host, value", [
    # 'normally' (a usual-figure adverb GENERAL lacked): the bare host named again is the host as such
    ("We milled MgH2 with 5 wt% Nb2O5 for 20 h. MgH2 normally gives off hydrogen only above 380 °C.", "MgH2", 380.0),
    ("LiBH4 was ball milled with 10 mol% CeH2 in argon. Unmodified by any partner, LiBH4 normally needs about "
     "470 °C to decompose.", "LiBH4", 470.0),
    ("A NaAlH4 sample with 3 mol% TiCl3 was prepared. NaAlH4 normally loses its hydrogen near 240 °C in its first "
     "step.", "NaAlH4", 240.0),
])
def test_host_said_normally_is_the_host_as_such(text, host, value):
    assert _host_alone(text) == {(host, value)}


def test_near_miss_host_named_again_without_a_generality_word_is_the_sample():
    # no word of the scheme: the paragraph's milled sample keeps the value
    rows = _host_alone("We milled MgH2 with 5 wt% Nb2O5 for 20 h. MgH2 gives off hydrogen above 380 °C.")
    assert rows == {("MgH2–5 wt% Nb2O5", 380.0)}
