"""More forms of published abstracts that put values on the wrong system, each with sentences written for
the test (three or more wordings) and one that must not change:

- a size said of particles grown on a substrate ("… formed on the nickel substrate") is the particles',
  not the substrate's;
- two quantities changing together ("Ea fell from 120 to 80 kJ/mol as the particle size decreased from 300
  to 50 nm") are of one series of samples: neither start value is a bare reference;
- a phase a passive with an adverb says formed ("X was first formed") is no new sample;
- the values listed after a difference ("by 30 °C and 58 °C") are differences;
- the end of a heating after an amount released ("… is released upon heating to 800 K") is its condition;
- a lone "w" before a number ("of w 4.20 wt%") is an old PDF copy's approximate sign;
- the end of a change that repeats a value the paragraph gave the same sample restates it."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _components, contract_measurements, the_one


@pytest.mark.parametrize(("text", "value"), [
    ("Mg nanoparticles were electrodeposited on nickel. Short runs gave Mg particles of 70 nm on the nickel "
     "substrate, whereas longer runs led to larger particles of 420 nm.", 420),
    ("Mg nanoparticles were grown on a titanium substrate. In 1 h, Mg particles of 60 nm appeared on the "
     "titanium substrate, but after 5 h the particles grew to 500 nm.", 500),
    ("Mg films were sputtered on a silicon wafer. The Mg grains on the silicon wafer had a size of 40 nm.", 40),
])
def test_a_size_beside_a_substrate_is_not_the_substrates(text, value):
    row = the_one(contract_measurements(text), value)
    assert row["components"][0]["material"] == "Mg", row


def test_a_material_that_forms_particles_keeps_its_size():
    row = the_one(contract_measurements("MgH2 was milled with CoO. The CoO forms particles of 5 nm."), 5)
    assert _components(row) == {"CoO"}


@pytest.mark.parametrize(("text", "values", "parts"), [
    ("The activation energy of TiF3-doped MgH2 dropped from 120 to 80 kJ/mol as the particle size decreased "
     "from 300 to 50 nm.", (120, 80, 300, 50), {"MgH2", "TiF3"}),
    ("With the crystallite size of the Nb-doped MgH2 shrinking from 40 to 12 nm, its desorption enthalpy fell "
     "from 75 to 68 kJ/mol.", (40, 12, 75, 68), {"MgH2", "Nb"}),
    ("For LiBH4 in carbon scaffolds, the onset temperature decreased from 400 to 300 °C while the pore size "
     "was reduced from 25 to 4 nm.", (400, 300, 25, 4), {"LiBH4", "C"}),
    ("Upon milling MgH2 with 5 wt% Ni, the activation energy decreased from 120 to 90 kJ/mol when the "
     "crystallite size went from 60 to 20 nm.", (120, 90, 60, 20), {"MgH2", "Ni"}),
])
def test_two_quantities_changing_together_are_of_one_series(text, values, parts):
    rows = contract_measurements(text)
    for v in values:
        assert _components(the_one(rows, v)) == parts, rows


def test_changes_an_addition_made_start_from_the_bare_host():
    rows = contract_measurements("Adding 5 wt% Ni lowered the activation energy of MgH2 from 160 to 90 kJ/mol "
                                 "and the onset temperature from 400 to 300 °C.")
    assert _components(the_one(rows, 160)) == {"MgH2"} and _components(the_one(rows, 400)) == {"MgH2"}
    assert _components(the_one(rows, 90)) == {"MgH2", "Ni"}


# a phase a passive with an adverb says formed ("X was first formed", "Y is then generated") is the
# sample's product, not the sample the text goes on about
@pytest.mark.parametrize(("text", "value", "host"), [
    ("The LiAlH4–MgH2 composite was prepared by milling. Upon heating, Li3AlH6 was initially formed. The onset "
     "temperature was 85 °C.", 85, "LiAlH4"),
    ("A 1:2 mixture of magnesium amide and magnesium hydride was milled. Spectra show that magnesium imide was "
     "first formed. The imide then reacted with magnesium hydride. The enthalpy change is about 3.5 kJ/mol H2.",
     3.5, "Mg(NH2)2"),
    ("The 2LiNH2–MgH2 composite was heated to 200 °C. Lithium hydride is then generated at the interface. The "
     "activation energy was 90 kJ/mol.", 90, "LiNH2"),
])
def test_a_phase_formed_in_a_passive_with_an_adverb_is_no_new_sample(text, value, host):
    row = the_one(contract_measurements(text), value)
    assert row["components"][0]["material"] == host and "MgH2" in _components(row), row


def test_a_formed_phase_without_hydrogen_leaves_the_sample_as_it_was():
    row = the_one(contract_measurements("The LiBH4–MgH2 composite was milled for 5 h. Upon heating, MgB2 was "
                                        "gradually formed. The desorption enthalpy was 46 kJ/mol H2."), 46)
    assert _components(row) == {"LiBH4", "MgH2"}


# "lowered … by 30 °C and 58 °C": every value of a list after "by" is a difference, none a value
@pytest.mark.parametrize("text", [
    "Adding NbF5 to 2LiBH4–MgH2 lowered the dehydrogenation temperature by 30 °C and 58 °C for the two steps.",
    "TiCl3 decreased the onset and peak temperatures of LiAlH4 by 45 °C and 62 °C compared with the milled hydride.",
    "The CeF3 additive reduced the desorption temperatures of the Mg(BH4)2 by about 25 °C and 40 °C.",
])
def test_values_listed_after_a_difference_are_differences(text):
    assert contract_measurements(text) == []


def test_a_value_of_its_own_after_a_difference_is_kept():
    rows = contract_measurements("Adding NbF5 lowered the dehydrogenation temperature of 2LiBH4–MgH2 by 30 °C "
                                 "and the second step ends at 380 °C.")
    assert [r["value"] for r in rows] == [380]


# "14.1 mass% of hydrogen is given off upon heating to 790 K": where the heating ended is the amount's
# condition, no temperature of a release
@pytest.mark.parametrize(("text", "amount", "kelvin"), [
    ("Mg(BH4)2 begins to decompose near 530 K, and 14.1 mass% of hydrogen is given off upon heating up "
     "to 790 K.", 14.1, 790),
    ("The dehydriding reaction of LiBH4 begins at 380 °C, and 13.5 wt% of H2 was desorbed on heating to 600 °C.",
     13.5, 873.15),
    ("Decomposition of the Ca(BH4)2 occurs in two steps and 9.6 wt% of hydrogen was released when heated to "
     "773 K.", 9.6, 773),
])
def test_the_end_of_a_heating_is_the_condition_of_the_amount_released(text, amount, kelvin):
    rows = contract_measurements(text)
    row = the_one(rows, amount)
    assert row["conditions"]["temperature"] == pytest.approx(kelvin - 273.15), row
    assert not [r for r in rows if r["property"] == "dehydrogenation_temperature"], rows


def test_a_temperature_named_as_a_property_after_an_onset_stays_one():
    rows = contract_measurements("The dehydrogenation of NaAlH4 starts at 180 °C, and the full dehydrogenation "
                                 "temperature of NaAlH4 is 300 °C.")
    assert the_one(rows, 300)["property"] == "full_dehydrogenation_temperature"


# "of w 4.20 wt%", "to w3.20 wt%", "(increase of w 31%)": an old PDF copy's "w" for the approximate sign
@pytest.mark.parametrize(("text", "value"), [
    ("The Mg2Ni–CNT composite stores w 4.20 wt% of hydrogen at 300 °C.", 4.2),
    ("After activation, the capacity of Mg2Ni rose to w3.20 wt% at 300 °C.", 3.2),
    ("The MgH2–Ni sample retained a capacity of about 4.0 wt% after 10 cycles (increase of w 31%).", 4.0),
])
def test_a_lone_w_before_a_number_is_an_approximate_sign(text, value):
    rows = contract_measurements(text)
    assert the_one(rows, value)["qualifier"] == "~"
    # (no retention of 31 %; a capacity kept over cycles is the reversible one)
    assert [r["property"] for r in rows] in (["hydrogen_capacity"], ["reversible_hydrogen_capacity"]), rows


def test_a_w_that_can_be_a_word_or_label_stays():
    from ingest.extraction.text.pdf_copy import lost_tildes
    assert lost_tildes("the sample w5 with w = 2 (w/w) was weighed") == []
    assert lost_tildes("an increase of w 31% and (w 90%)") == [(15, 16, "~"), (26, 27, "~")]


# "… gave off 9 wt% from 463 K on. … lowered the starting temperature from 663 to 463 K": the end of a
# change that repeats a value the paragraph gave the same sample restates it (one fact); with a setting of its
# own it is a measurement of its own
@pytest.mark.parametrize(("text", "value"), [
    ("Doped LiBH4 gave off 9 wt% hydrogen from 463 K on. The additive thus lowered the starting temperature of "
     "dehydriding from 663 to 463 K.", 189.85),
    ("Ni-doped MgH2 has an activation energy of 75 kJ/mol. Doping with Ni thus lowered the activation energy "
     "from 160 to 75 kJ/mol.", 75),
    ("The onset temperature of TiF3-doped NaAlH4 is 120 °C. Compared with pure NaAlH4, TiF3 decreased the onset "
     "temperature from 180 to 120 °C.", 120),
])
def test_a_change_ending_at_a_value_already_given_restates_it(text, value):
    rows = contract_measurements(text)
    assert len([r for r in rows if r["value"] == pytest.approx(value)]) == 1, rows


def test_a_change_at_a_setting_of_its_own_is_kept():
    rows = contract_measurements("Ni-doped MgH2 has an activation energy of 75 kJ/mol. In a second study, doping "
                                 "with Ni lowered the activation energy from 160 to 75 kJ/mol at 300 °C.")
    assert len([r for r in rows if r["value"] == 75]) == 2
