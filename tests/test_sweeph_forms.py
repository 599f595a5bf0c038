"""Forms met in a sweep over published abstracts of Mg-based hydrogen stores (sentences written for the
test, three or more wordings each and one that must not change):

- a temperature value joined by 'with' to an amount measured at a set temperature ("starts to release
  hydrogen at 175 °C, with a capacity of 6.0 wt% in 20 min at 280 °C") does not take the amount's
  settings: the onset was read on a ramp, the amount in an isothermal run;
- an amount set against the composite's and said released for (by) a bare reference with its gas
  between ("while only 0.4 wt% of hydrogen is released for the undoped MgH2") is the reference's;
- a Mg–Li alloy (the ontology's Mg(Li) solid solution) is one alloy host, not Mg catalysed by Li;
- an abbreviation defined in brackets after a formula, spelled by its element symbols' capitals
  ("Mg2Si (MS)", "ZrO2 (ZO)"), names that formula in the sample's name ("MgH2–MS")."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize(("text", "onset"), [
    ("The MgH2–5 wt% Fe2O3 sample begins to release hydrogen at 190 °C with a capacity of 6.1 wt% within "
     "20 min at 300 °C.", 190),
    ("The MgH2–10 wt% NiO composite starts to dehydrogenate at 205 °C, with a released amount of 5.4 wt% in "
     "15 min at 320 °C.", 205),
    ("MgH2 catalysed by 3 mol% TiO2 begins releasing hydrogen at 185 °C with a desorption capacity of 5.8 wt% "
     "in 10 min at 300 °C.", 185),
    ("The MgH2–4 wt% CoO sample starts to release hydrogen at 175 °C, with the capacity of 6.0 wt% within "
     "1200 s at 280 °C.", 175),
])
def test_an_onset_does_not_take_the_settings_of_an_isothermal_amount(text, onset):
    rows = contract_measurements(text)
    assert the_one(rows, onset)["conditions"] == {}, rows
    amount = next(r for r in rows if r["unit"] == "wt%")
    assert "temperature" in amount["conditions"] and "time" in amount["conditions"], rows


def test_a_temperature_keeps_a_pressure_its_neighbour_was_measured_under():
    rows = contract_measurements("The MgH2–7 wt% VCl3 sample starts to absorb hydrogen at 60 °C with an "
                                 "uptake of 4.1 wt% under 3 MPa.")
    assert the_one(rows, 60)["conditions"] == {"pressure": pytest.approx(3.0)}, rows


@pytest.mark.parametrize("text", [
    "At 300 °C, the MgH2–TiO2–graphene composite releases 5.1 wt% of hydrogen within 1 h, while only 0.4 wt% "
    "of hydrogen is released for the undoped MgH2.",
    "At 300 °C the MgH2–Co@C sample desorbs 5.6 wt% within 2 h, but only 1.1 wt% of H2 is desorbed by "
    "pristine MgH2.",
    "In 30 min at 280 °C, the MgH2–CeO2 composite gives off 4.4 wt%, whereas merely 0.7 wt% of hydrogen was "
    "released for the additive-free MgH2.",
])
def test_an_amount_released_for_a_bare_reference_is_the_references(text):
    rows = contract_measurements(text)
    low = min(rows, key=lambda r: r["value"])
    assert low["system"] == "MgH2" and low["baseline"], rows


def test_an_amount_released_for_another_composite_stays_on_the_composite():
    rows = contract_measurements("At 300 °C, the MgH2–TiO2–graphene composite releases 5.1 wt% of hydrogen "
                                 "within 1 h, while 0.4 wt% of hydrogen is released for the second MgH2–TiO2 sample.")
    assert {r["system"] for r in rows} == {"MgH2–TiO2–graphene"}, rows


@pytest.mark.parametrize("text", [
    "The Mg–Li alloy starts to release hydrogen at 350 °C.",
    "Hydrogen release from the Mg-Li alloys begins at 345 °C.",
    "After milling with 10 wt% TiF3, the Mg-Li alloy desorbs 4.1 wt% of hydrogen at 340 °C.",
])
def test_a_mg_li_alloy_is_one_alloy_host(text):
    row = contract_measurements(text)[0]
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert roles["Mg"] == "HostHydride" and roles["Li"] == "DopantSubstituent", row
    assert "Alloying" in row["strategies"] and "MetalCatalysis" not in row["strategies"], row


def test_lithium_hydride_beside_magnesium_hydride_stays_a_reactant():
    row = the_one(contract_measurements("The ball-milled MgH2–LiH composite starts to release hydrogen at 330 °C."), 330)
    assert {c["material"]: c["role"] for c in row["components"]} == {"MgH2": "HostHydride", "LiH": "DestabilizingReactant"}


@pytest.mark.parametrize(("text", "formula"), [
    ("Mg2Si (MS) and graphene were added together to MgH2. The MgH2–MS–graphene composite releases 5.0 wt% "
     "of hydrogen at 300 °C.", "Mg2Si"),
    ("MgH2 was milled with 5 wt% ZrO2 (ZO). The MgH2–ZO sample starts to release hydrogen at 230 °C.", "ZrO2"),
    ("Al2O3 (AO) was added to MgH2. The MgH2–AO composite absorbs 5.5 wt% in 5 min at 250 °C.", "Al2O3"),
    ("MgH2 was ball-milled with MnO2 (MO). The MgH2–MO composite desorbs 6.2 wt% within 20 min at 300 °C.", "MnO2"),
])
def test_a_formulas_bracketed_abbreviation_names_the_formula(text, formula):
    row = contract_measurements(text)[0]
    parts = {c["material"]: c["role"] for c in row["components"]}
    assert parts.get(formula) == "Catalyst", row


def test_letters_not_in_the_formulas_order_define_nothing():
    row = contract_measurements("Mg2Si (SM) was added to MgH2. The MgH2–SM composite releases 5.0 wt% of "
                                "hydrogen at 300 °C.")[0]
    assert "Mg2Si" not in {c["material"] for c in row["components"]}, row


@pytest.mark.parametrize(("text", "parts"), [
    # the bracket says what it defines: 'abbreviated as', 'denoted as', 'hereafter'
    ("Mg2FeH6-hydride (abbreviated as MFH) was milled with NaBH4. The NaBH4/MFH composite releases 5.1 wt% "
     "of hydrogen at 300 °C.", {"NaBH4", "Mg2FeH6"}),
    ("Mg2Si (denoted as MS) was added to MgH2. The MgH2–MS sample starts to release hydrogen at 230 °C.",
     {"MgH2", "Mg2Si"}),
    ("MgFe2O4 (hereafter MFO) was milled with MgH2. The MgH2–MFO composite desorbs 6.2 wt% within 20 min at 300 °C.",
     {"MgH2", "MgFe2O4"}),
    # (the class word's initial closes the letters)
    ("Mg17Al12-hydride (abbreviated as MAH) was milled with LiBH4. The LiBH4/MAH composite releases 9.1 wt% "
     "of hydrogen below 450 °C.", {"LiBH4", "Mg17Al12"}),
    ("Mg2Ni-hydride (denoted as MNH) was added to LiBH4. The LiBH4–MNH sample starts to release hydrogen at 270 °C.",
     {"LiBH4", "Mg2Ni"}),
    ("Ti3Al-alloy (hereafter TAA) was milled with MgH2. The MgH2–TAA composite desorbs 5.8 wt% within 15 min at "
     "300 °C.", {"MgH2", "Ti3Al"}),
    ("Hollow carbon spheres (hereafter HCS) were filled with MgH2. The MgH2@HCS composite desorbs 6.0 wt% at "
     "300 °C.", None),
])
def test_an_abbreviation_defined_in_words_in_its_bracket_names_the_material(text, parts):
    row = contract_measurements(text)[0]
    names = {c["material"] for c in row["components"]}
    assert (parts is None and "HCS" not in names and len(names) == 2) or names == parts, row


@pytest.mark.parametrize(("text", "formula", "amount"), [
    # a coefficient glued before the abbreviation is the material's
    ("Mg2FeH6 (MFH) was milled with NaBH4. The NaBH4–0.5MFH composite releases 4.2 wt% H2 at 300 °C.",
     "Mg2FeH6", 0.5),
    ("Mg2Si (MS) was milled with MgH2. The MgH2–2MS composite releases 5.1 wt% H2 at 300 °C.", "Mg2Si", 2.0),
    ("Al2O3 (AO) was added to MgH2. The MgH2–0.1AO composite releases 6.1 wt% H2 at 300 °C.", "Al2O3", 0.1),
])
def test_a_coefficient_before_an_abbreviation_is_its_amount(text, formula, amount):
    row = contract_measurements(text)[0]
    got = {c["material"]: c["amount"] for c in row["components"]}
    assert got.get(formula) == amount, row


def test_a_word_before_a_bracket_that_spells_nothing_defines_nothing():
    row = contract_measurements("MgH2 (abbreviated as XYZ) was milled with Ni. The MgH2–Ni composite releases "
                                "6.0 wt% H2 at 300 °C.")[0]
    assert {c["material"] for c in row["components"]} == {"MgH2", "Ni"}


# a bound written inside the bracket after a reference ("than the undoped X composite (less than 0.5 wt%)") is the
# bracketed value's own: the value is the reference's, as "(about 0.5 wt%)" is
@pytest.mark.parametrize(("text", "value", "system"), [
    ("The ZrSiO4-added NaAlH4 composite liberates more hydrogen (about 3.9 wt%) than the undoped NaAlH4 composite "
     "(less than 0.5 wt%) at 120 °C for 1 h.", 0.5, "NaAlH4"),
    ("The NiO-added LiAlH4 desorbs more hydrogen (about 6.5 wt%) than the undoped LiAlH4 sample (no more than "
     "2.0 wt%) at 130 °C.", 2.0, "LiAlH4"),
    ("MgH2 with 7 wt% CoTiO3 takes up more hydrogen (5.1 wt%) than milled MgH2 alone (fewer than 1.2 wt%) at "
     "150 °C.", 1.2, "MgH2"),
])
def test_a_bounded_value_bracketed_after_the_reference_is_the_references(text, value, system):
    rows = {r["value"]: r["system"] for r in contract_measurements(text)}
    assert rows[value] == system, rows


def test_a_bounded_value_bracketed_after_the_sample_stays_the_samples():
    rows = {r["value"]: r["system"] for r in contract_measurements(
        "The ZrSiO4-added NaAlH4 composite (more than 3.9 wt%) beats the undoped NaAlH4 (about 0.5 wt%).")}
    assert rows[3.9] == "NaAlH4–ZrSiO4", rows


def test_an_approximate_value_after_with_in_a_scaffolds_bracket_stays_the_confined_samples():
    # '(with ~7 nm pore sizes)': no bound, a size the scaffold gives the sample it holds
    rows = {r["property"]: r["system"] for r in contract_measurements(
        "Ammonia borane was loaded into mesoporous silica. Its phase transition lies at about 220 K in the bulk; "
        "loading in SBA-15 (with ~7 nm pore sizes) shifts it to approximately 201 K.")}
    assert rows["pore_size"] == "NH3BH3–SBA-15", rows
