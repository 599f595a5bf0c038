"""One spelling of an additive's amount (ingest.extraction.text.amounts): every fraction word of
ontology.units.FRACTION_WORDS reads wherever another does ("10 v/v% TiF3" as "10 wt% TiF3"). Sentences written for the
test."""
from __future__ import annotations

import re

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.amounts import AMOUNT, AMOUNT_GROUPS, AMOUNT_OF, PER_CENT, amount_text, fraction


@pytest.mark.parametrize("text, read", [
    ("5 wt%", "5 wt%"), ("5 wt.%", "5 wt%"), ("5 wt . %", "5 wt%"), ("7.5 mass %", "7.5 wt%"),
    ("2 mol.%", "2 mol%"), ("3 at%", "3 at%"), ("10 vol%", "10 vol%"), ("10 v/v %", "10 vol%"), ("4 WT%", "4 wt%"),
])
def test_every_fraction_word_is_an_amount(text, read):
    assert re.fullmatch(AMOUNT, text, re.I)
    assert amount_text(re.fullmatch(AMOUNT_GROUPS, text, re.I)) == read


@pytest.mark.parametrize("text", ["5 %", "5 wt", "5 kg%", "wt%", "5 ppm"])
def test_what_is_no_amount(text):
    assert not re.fullmatch(AMOUNT, text, re.I)


def test_of_and_a_bare_per_cent():
    assert re.fullmatch(AMOUNT_OF, "5 mass% of ", re.I)
    assert re.fullmatch(PER_CENT, "5 %") and re.fullmatch(PER_CENT, "5 vol. %")


def test_a_word_that_is_no_fraction_is_refused():
    with pytest.raises(KeyError):
        fraction("kg")


# "v/v" was read by one reader only: the amount of the additive is now read wherever "wt%" is
@pytest.mark.parametrize("text, value, host, additive, amount", [
    ("LiBH4 doped with 10 v/v% TiF3 starts to desorb hydrogen at 250 °C.", 250.0, "LiBH4", "TiF3", 10.0),
    ("The activation energy of MgH2 ball milled with 5 v/v % of Nb2O5 falls to 78 kJ/mol.", 78.0, "MgH2", "Nb2O5", 5.0),
    ("Pristine MgH2 and MgH2 with 7 v/v% Ni begin to release hydrogen at 340 and 220 °C, respectively.",
     220.0, "MgH2", "Ni", 7.0),
])
def test_a_volume_fraction_written_v_v_is_the_additives_amount(text, value, host, additive, amount):
    comps = the_one(contract_measurements(text), value)["components"]
    assert comps[0]["material"] == host
    assert [(c["material"], c["amount"], c["amount_unit"]) for c in comps[1:]] == [(additive, amount, "vol%")]


def test_a_capacity_after_the_additive_is_no_amount_of_it():
    comps = the_one(contract_measurements("MgH2 with Ni releases 6.1 wt% H2 at 300 °C."), 6.1)["components"]
    assert [(c["material"], c["amount"]) for c in comps] == [("MgH2", None), ("Ni", None)]
