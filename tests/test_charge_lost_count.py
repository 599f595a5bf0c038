"""An alkaline-earth cation written with one bracketed singly charged anion and no count ('Mg(BH4)', 'Ca(AlH4)',
'Mg(NH2)') is a copy that lost the anions' count: the charges (the cation's group, the anion's charge in the
ontology's alkali salts) give it back, Mg(BH4)2, not a made-up MgBH4. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.nlp import clean_text


@pytest.mark.parametrize("text, value, system", [
    ("The Mg(BH4) powder gave off 11.2 wt% H2 above 300 °C.", 11.2, "Mg(BH4)2"),
    ("Ball-milled Ca(BH4) with 5 mol% NbF5 desorbed 6.8 wt% hydrogen at 350 °C.", 6.8, "Ca(BH4)2–5 mol% NbF5"),
    ("Mg(NH2) mixed with 2LiH took up 4.9 wt% H2 at 180 °C.", 4.9, "Mg(NH2)2–2LiH"),
    ("Our Mg(AlH4) starts to decompose at 163 °C.", 163.0, "Mg(AlH4)2"),
])
def test_the_count_the_charges_ask_for_is_put_back(text, value, system):
    assert the_one(contract_measurements(text), value)["system"] == system


@pytest.mark.parametrize("text, cleaned", [
    ("a Sr(BH4) pellet", "a Sr(BH4)2 pellet"),
    ("Mg(BH4) 2 wt% Ni was heated", "Mg(BH4)2 2 wt% Ni was heated"),     # the number after it is a loading
    # near misses: one anion is the salt, the count is written or set apart, an ion with its charge, a double salt
    ("Li(BH4) melts at 280 °C", "LiBH4 melts at 280 °C"),
    ("K(AlH4) was added", "KAlH4 was added"),
    ("Mg(BH4)2 was milled", "Mg(BH4)2 was milled"),
    ("Mg(BH4) 2 was milled", "Mg(BH4)2 was milled"),
    ("the [Mg(BH4)]+ cation", "the [MgBH4]+ cation"),   # (an ion: no count put in, the brackets go as before)
    ("Mg(BH4)(NH2) forms", "Mg(BH4)(NH2) forms"),
    ("the Mg(In) solid solution", "the Mg(In) solid solution"),
])
def test_the_bracket_as_cleaned(text, cleaned):
    assert clean_text(text).text == cleaned


@pytest.mark.parametrize("text, cleaned", [
    ("The best host was Mg(BH4).", "The best host was Mg(BH4)2."),
    ("It was set against Li(NH2). Then", "It was set against LiNH2. Then"),
    ("the electrolyte was Na(CB9H10).", "the electrolyte was NaCB9H10."),
    # near misses: an adduct's dot, with a number or a letter count after it
    ("Mg(BH4).2NH3 formed", "Mg(BH4).2NH3 formed"),
    ("Li(BH4).xNH3 formed", "Li(BH4).xNH3 formed"),
])
def test_a_sentences_full_stop_after_the_bracket(text, cleaned):
    assert clean_text(text).text == cleaned
