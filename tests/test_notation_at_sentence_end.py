"""A catalyst written with its one-letter support ends a sentence as often as anywhere ("MgH2 was catalysed
by Ni@C."): the full stop is the sentence's, the notation stays one material. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.nlp import mentions


@pytest.mark.parametrize("text, name", [
    ("In this work, MgH2 was catalysed by Ni@C.", "Ni@C"),
    ("The hydride was milled with Co/C.", "Co/C"),
    ("LiAlH4 was doped with TiO2@C. It was then heated.", "TiO2@C"),
])
def test_a_supported_catalyst_before_a_full_stop_is_one_mention(text, name):
    assert name in [m.text for m in mentions(text)]


def test_an_abbreviation_with_capitals_stays_whole():
    assert [m.text for m in mentions("The work was done in the U.S. by a team.")] == []


def test_the_next_sentence_names_the_sample_made_with_it():
    rows = contract_measurements("In this work, MgH2 was catalysed by Ni@C. The MgH2 can absorb 5.5 wt% H2 "
                                 "within 60 s at 150 °C.")
    assert [c["material"] for c in the_one(rows, 5.5)["components"]] == ["MgH2", "Ni@C"]
