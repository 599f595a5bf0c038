"""A class's usual figure, in a sentence naming no material, is no sample's value
(ingest.extraction.values.class_values, issue 10). Sentences written for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text

_FIRST = "Mg2Ni films were sputtered onto glass and tested as electrodes. "

CLASS_FIGURES = [
    (_FIRST + "This design limits the attainable capacities of such electrodes (typically <350 mA h g(-1)).", 350),
    (_FIRST + "Commercial AB5 anodes reach discharge capacities of typically 330 mAh/g.", 330),
    (_FIRST + "Such electrodes give discharge capacities that are usually below 340 mAh/g.", 340),
    (_FIRST + "Metal hydride anodes deliver a capacity of generally about 310 mAh/g.", 310),
]
# near misses: the sentence gives the value of a sample it names, or takes up the paragraph's sample by a pronoun
# or 'the' and a sample noun, or gives no generality adverb before the value
SAMPLE_FIGURES = [
    (_FIRST + "The films deliver a capacity of typically 310 mAh/g.", 310),
    (_FIRST + "They give a capacity of typically 310 mAh/g.", 310),
    (_FIRST + "This design limits the attainable capacities of such electrodes (<350 mAh/g).", 350),
]


def _values(text: str) -> list[float]:
    return [m.value for m in extract_text(text + "\n").measurements]


@pytest.mark.parametrize("text,value", CLASS_FIGURES)
def test_no_record_for_a_class_figure(text, value):
    assert not any(v == pytest.approx(value) for v in _values(text))


@pytest.mark.parametrize("text,value", SAMPLE_FIGURES)
def test_a_sample_value_keeps_its_record(text, value):
    assert any(v == pytest.approx(value) for v in _values(text))
