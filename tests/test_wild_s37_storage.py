"""Causes found reading real hydrogen-storage abstracts (s37, issue 10): a negative uptake enthalpy listed beside the
release's one, a chain of loadings whose unit is written with its first share only, a boron share of a Mg alloy
written by its composition, a temperature written as its difference symbol ΔT, and a range of pore sizes said to be
varied across the samples. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ontology.strategy_rules import composition_strategies
from ontology.system import parse_system


def _parts(row: dict) -> dict:
    return {c["material"]: (c["role"], c["amount"], c["amount_unit"]) for c in row["components"]}


# ---------------------------------------------------------------- a negative uptake enthalpy in a list
@pytest.mark.parametrize("text, uptake, release", [
    ("The hydriding and dehydriding enthalpies of the Mg nanoparticles are −66.3 and 70.4 kJ/mol H2, respectively.",
     66.3, 70.4),
    ("For the confined MgH2, the hydrogenation and dehydrogenation enthalpies were found to be −63.9 kJ/mol H2 and "
     "67.2 kJ/mol H2, respectively.", 63.9, 67.2),
    ("Van 't Hoff plots gave hydrogenation and dehydrogenation enthalpies of -71.5 ± 0.8 and 74.6 ± 0.9 kJ/mol H2 "
     "for Mg2Ni, respectively.", 71.5, 74.6),
])
def test_a_negative_uptake_enthalpy_listed_beside_the_release_one_is_kept(text, uptake, release):
    rows = contract_measurements(text)
    up, down = the_one(rows, uptake), the_one(rows, release)
    assert up["property"] == "hydrogenation_enthalpy" and up["reported_sign"] == "-", up
    assert down["property"] == "reaction_enthalpy" and down["reported_sign"] is None, down


def test_a_release_enthalpy_the_sentence_calls_exothermic_keeps_its_sign():
    # (near miss: a negative value of the release itself, named as the decomposition's, stays negative)
    row = the_one(contract_measurements(
        "The enthalpy of the decomposition of the alanate into Li3AlH6, Al and H2 is −10 kJ/mol H2, so this "
        "first step is exothermic."), -10.0)
    assert row["property"] == "reaction_enthalpy" and row["reported_sign"] == "-", row


# ---------------------------------------------------------------- one unit for a chain of shares
@pytest.mark.parametrize("notation, parts", [
    ("Mg–10 at% Fe–10 Ti", {"Fe": (10.0, "at%"), "Ti": (10.0, "at%")}),
    ("MgH2–5 wt% Ni–3 Co", {"Ni": (5.0, "wt%"), "Co": (3.0, "wt%")}),
    ("Mg–15 at.% Cr–5 V", {"Cr": (15.0, "at%"), "V": (5.0, "at%")}),
])
def test_a_share_written_without_unit_after_a_loading_takes_its_unit(notation, parts):
    system = parse_system(notation)
    assert {a.formula: (a.amount.value, a.amount.unit) for a in system.additives} == parts, system


@pytest.mark.parametrize("notation, coefficient", [
    ("2LiBH4–MgH2–5 wt% Ni", ("LiBH4", 2.0)),          # the coefficient before the loading stays a ratio
    ("LiBH4–10 mol% TiF3–0.5MgH2", ("MgH2", 0.5)),     # a coefficient glued to its hydride stays a ratio
])
def test_a_glued_coefficient_stays_a_ratio(notation, coefficient):
    system = parse_system(notation)
    found = {c.formula: (c.amount.value, c.amount.unit) for c in system.components if c.amount is not None}
    assert found[coefficient[0]] == (coefficient[1], "ratio"), found


@pytest.mark.parametrize("text, value, additive", [
    ("Sputtered films of Mg–10 at.% Fe–10 Ti absorbed 4.9 wt% hydrogen within 60 s at 200 °C.", 4.9, "Ti"),
    ("The Mg–15 at.% Cr–5 V film took up 5.3 wt% H2 at 250 °C.", 5.3, "V"),
    ("A composite of MgH2–5 wt% Ni–3 Co released 6.1 wt% H2 at 300 °C.", 6.1, "Co"),
])
def test_the_share_after_a_space_is_part_of_the_sample_in_prose(text, value, additive):
    row = the_one(contract_measurements(text), value)
    role, amount, unit = _parts(row)[additive]
    assert role == "Catalyst" and amount is not None and unit in ("at%", "wt%"), row["components"]


# ---------------------------------------------------------------- a Mg alloy with a boron share
@pytest.mark.parametrize("formula", ["Mg48Ni48B4", "Mg64Ni32B4", "Mg58Ni29B13"])
def test_a_mg_alloy_written_by_its_composition_with_a_boron_share_is_alloying(formula):
    assert "Alloying" in composition_strategies(parse_system(formula))


@pytest.mark.parametrize("formula", ["MgB2", "MgB4", "MgNi3B2", "MgNi3C"])
def test_a_boride_or_carbide_of_mg_is_no_alloy(formula):
    # (near misses: the boron or carbon is as many atoms as a metal, or Mg the only metal: a compound of its own)
    assert "Alloying" not in composition_strategies(parse_system(formula))


# ---------------------------------------------------------------- ΔT is a difference
@pytest.mark.parametrize("text, value", [
    ("Doping LiBH4 with TiF3 cut its onset temperature markedly (ΔT = 120 °C).", 120.0),
    ("Compared with the milled composite, the peak temperature of the confined MgH2–NaAlH4 fell (∆T=up to 45 °C).",
     45.0),
    ("Confinement lowered the peak desorption temperature of MgH2 markedly, with ΔTpeak ≈ 85 °C.", 85.0),
])
def test_a_temperature_written_as_delta_t_is_no_temperature(text, value):
    rows = contract_measurements(text)
    assert not [r for r in rows if r["value"] in (value, value - 273.15)], rows


def test_a_temperature_after_t_equals_is_still_a_value():
    # (near miss: 'T =' without the difference sign names the temperature itself)
    row = the_one(contract_measurements("The onset temperature of the TiF3-doped LiBH4 is T = 230 °C."), 230.0)
    assert row["property"] == "onset_dehydrogenation_temperature", row


# ---------------------------------------------------------------- pore sizes varied across a series
@pytest.mark.parametrize("text", [
    "LiBH4 was melt-infiltrated into silica scaffolds whose pore radii were varied from 1 to 15 nm.",
    "In this work the pore diameter of the carbon hosts was systematically varied between 2 and 25 nm for NaAlH4.",
    "The pore sizes are varied from 3 to 12 nm across the CMK-3 samples loaded with LiBH4.",
])
def test_pore_sizes_said_to_be_varied_across_samples_are_no_fact(text):
    assert not [r for r in contract_measurements(text) if r["property"] == "pore_size"]


def test_one_scaffolds_pore_range_is_kept():
    # (near miss: one scaffold with its pores of 3–5 nm keeps its range)
    rows = contract_measurements("LiBH4 confined in CMK-3 with pores of 3–5 nm releases hydrogen from 200 °C.")
    assert [(r["value"], r["value_max"]) for r in rows if r["property"] == "pore_size"] == [(3.0, 5.0)]


# ---------------------------------------------------------------- 'light' that weighs little
@pytest.mark.parametrize("text, value", [
    ("NaAlH4 doped with 2 mol% TiCl3 is a light complex hydride that gives off 4.9 wt% H2 at 150 °C.", 4.9),
    ("Carbon aerogels, a light porous material, took up 2.2 wt% H2 at room temperature once loaded with Pd.", 2.2),
    ("Being a light storage material, LiBH4 mixed with 10 wt% SiO2 released 9.2 wt% H2 below 500 °C.", 9.2),
])
def test_light_said_of_a_materials_mass_drives_nothing(text, value):
    row = the_one(contract_measurements(text), value)
    assert "LightDriving" not in row["strategies"], row["strategies"]


@pytest.mark.parametrize("text, value", [
    ("Under light the MgH2–TiO2 composite released 6.1 wt% H2 at 250 °C.", 6.1),   # a new noun phrase after it
    ("MgH2 on photothermal Ti3C2 released 5.9 wt% H2 under light at 200 °C.", 5.9),
])
def test_light_shone_on_the_sample_still_drives_it(text, value):
    # (near misses: the light the sample is driven by)
    row = the_one(contract_measurements(text), value)
    assert "LightDriving" in row["strategies"], row["strategies"]


# ---------------------------------------------------------------- one thickness for a list of films
@pytest.mark.parametrize("text, value, films", [
    ("We sputtered 1.2 μm thick Mg–8 at.% Fe–12 Ti, Mg–14 at.% Fe–6 Ti and Mg–25 at.% Fe–5 Ti films on glass.",
     1200.0, 3),
    ("Films of MgH2–5 wt% Ni, MgH2–5 wt% Co and MgH2–5 wt% Fe, each 300 nm thick, were grown by sputtering.",
     300.0, 3),
    ("The study compares 800 nm thick Mg–5 at.% Ti and Mg–5 at.% V films under cycling.", 800.0, 2),
])
def test_a_thickness_written_for_a_list_of_films_is_each_ones(text, value, films):
    rows = [r for r in contract_measurements(text) if r["property"] == "film_thickness" and r["value"] == value]
    assert len({r["system"] for r in rows}) == films, [r["system"] for r in rows]


def test_a_thickness_of_one_film_beside_another_sample_stays_its_own():
    # (near miss: the thickness is said of one film; the other sample is only its reference)
    rows = [r for r in contract_measurements(
        "A 400 nm thick Mg–10 at.% Ti film absorbed hydrogen faster than MgH2–5 wt% Ni powder.")
        if r["property"] == "film_thickness"]
    assert [r["value"] for r in rows] == [400.0] and "Ti" in rows[0]["system"], rows
