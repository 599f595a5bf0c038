"""A text that defines an element's symbol as its short name for a form of that element ('a carbon aerogel
(C)') means that form wherever it writes the symbol in a sample ('MgH2/C'), as it does for a longer
abbreviation ('carbon aerogel (CA)'); the element's own name in brackets ('nickel (Ni)') shortens nothing.
Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _comps(row: dict) -> list[tuple]:
    return [(c["material"], c["role"]) for c in row["components"]]


@pytest.mark.parametrize("text, scaffold", [
    ("MgH2 was infiltrated into a carbon aerogel (C). The MgH2/C composite desorbs hydrogen from 231.5 °C.",
     "carbon aerogel"),
    ("LiBH4 was melt-infused into a resorcinol–formaldehyde carbon aerogel (C). LiBH4@C starts to release hydrogen "
     "at 231.5 °C.", "carbon aerogel"),
    ("NaAlH4 was confined in ordered mesoporous carbon (C). The NaAlH4/C sample starts to release hydrogen at "
     "231.5 °C.", "porous carbon"),
])
def test_an_element_symbol_defined_for_a_form_of_it_is_that_form(text, scaffold):
    row = the_one(contract_measurements(text), 231.5)
    assert row["property"] == "onset_dehydrogenation_temperature"
    host = row["components"][0]["material"]
    assert _comps(row) == [(host, "HostHydride"), (scaffold, "ScaffoldConfinementHost")]
    assert row["strategies"] == ["Nanoconfinement"]


def test_an_elements_own_name_in_brackets_shortens_nothing():
    row = the_one(contract_measurements("MgH2 was milled with nickel (Ni). The MgH2–Ni composite starts to release "
                                        "hydrogen at 231.5 °C."), 231.5)
    assert _comps(row) == [("MgH2", "HostHydride"), ("Ni", "Catalyst")]


def test_carbon_without_a_defined_symbol_stays_carbon():
    row = the_one(contract_measurements("The MgH2/C composite starts to release hydrogen at 231.5 °C."), 231.5)
    assert [c["material"] for c in row["components"]] == ["MgH2", "C"]


def test_the_symbol_reads_as_a_longer_abbreviation_of_the_same_words_does():
    def scaffold(abbr: str) -> str:
        text = (f"NaAlH4 was confined in ordered mesoporous carbon ({abbr}). The NaAlH4/{abbr} sample starts to "
                "release hydrogen at 231.5 °C.")
        return the_one(contract_measurements(text), 231.5)["components"][1]["material"]
    assert scaffold("C") == scaffold("OMC")


# 'No.' before a numeral abbreviates 'number' ('Composition of Matter No. 48', 'sample No. 3'): no nobelium joins
# the sample; the element's symbol written as a material still counts.
@pytest.mark.parametrize("text", [
    "The conductivity of RbBH4 rises to 10−8 S cm−1 at 130 °C after confinement in Mobil Composition of Matter "
    "No. 48 (MCM-48) rather than 10−9 S cm−1.",
    "The Mg(BH4)2 of lot No. 12 conducts 10−9 S cm−1 at 80 °C instead of 10−10 S cm−1.",
    "Ca(BH4)2 taken from vial No. 2 conducts 3 × 10−8 S cm−1 at 140 °C.",
    "The NaAlH4 from batch No. 7 releases 4.1 wt% hydrogen at 160 °C.",
])
def test_no_before_a_numeral_is_no_nobelium(text):
    rows = contract_measurements(text)
    assert rows and not any(c["material"] == "No" for r in rows for c in r["components"])


def test_a_symbol_ending_its_sentence_before_a_word_is_still_the_element():
    rows = contract_measurements("MgH2 was doped with In. The doped MgH2 desorbs hydrogen at 280 °C.")
    assert any(c["material"] == "In" for r in rows for c in r["components"])


# one capital that is no element's symbol, bracketed after one word naming a material, is that word's initial
@pytest.mark.parametrize("text, material", [
    ("MgH2 was milled with graphene (G). The MgH2–G composite starts to release hydrogen at 231.5 °C.", "graphene"),
    ("MgH2 was ball milled with zirconia (Z). The MgH2–Z sample starts to release hydrogen at 231.5 °C.",
     "ZrO2"),
    ("NaAlH4 was milled with graphite (G). The NaAlH4–G composite starts to release hydrogen at 231.5 °C.",
     "graphite"),
])
def test_a_one_letter_initial_of_a_material_names_it(text, material):
    row = the_one(contract_measurements(text), 231.5)
    assert row["components"][1]["material"] == material, row


def test_a_one_letter_label_of_a_sample_names_no_material():
    # 'composite (A)': the letter labels the sample; the words name no material it could stand for
    row = the_one(contract_measurements("MgH2 was milled into a composite (A). The MgH2–A composite starts to "
                                        "release hydrogen at 231.5 °C."), 231.5)
    assert all(c["material"] != "composite" for c in row["components"]), row
