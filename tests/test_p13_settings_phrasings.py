"""Settings and value phrasings of the P13 pool (causes 2 and 5), in wordings written for these tests.

A bound written beside an amount of hydrogen is the run's setting, no temperature of its own; a
temperature where a fit parameter was found, or where a reagent gas (NH3) is lost, is no condition and no
stage of the hydrogen release. A hydrogen share a compound "contains", the share of a release that is
reversible, a phase change "complete by" a temperature, and a family member named by its metal ("the Na
salt" of M(…)) are read."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _rows(*paragraphs: str) -> list[dict]:
    return [r for r in contract_rows(extract_text("\n\n".join(paragraphs))) if r.get("kind") != "mechanism"]


def _facts(*paragraphs: str) -> set[tuple]:
    return {(r["property"], r["value"], r.get("system"), tuple(sorted((r.get("conditions") or {}).items())))
            for r in _rows(*paragraphs)}


# --- a bound beside an amount of hydrogen is the amount's setting -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Thermal decomposition of the Ba(BH4)2–2LiNH2 and Ba(BH4)2–2NaNH2 composites below 380 °C yields 6.2 and 4.4 wt% hydrogen, respectively.",
     {("hydrogen_capacity", 6.2, "Ba(BH4)2–2LiNH2", (("temperature", 380.0),)),
      ("hydrogen_capacity", 4.4, "Ba(BH4)2–2NaNH2", (("temperature", 380.0),))}),
    ("Desorption from the Mg(BH4)2–LiNH2 composite up to 350 °C gave 5.8 wt% of hydrogen.",
     {("hydrogen_capacity", 5.8, "Mg(BH4)2–LiNH2", (("temperature", 350.0),))}),
    ("TGA gives 3.1 and 2.7 wt% of hydrogen loss for KLa(BH4)3Cl and KLa(BH4)3I from room temperature to 420 °C.",
     {("hydrogen_capacity", 3.1, "KLa(BH4)3Cl", (("temperature", 420.0),)),
      ("hydrogen_capacity", 2.7, "KLa(BH4)3I", (("temperature", 420.0),))}),
])
def test_bound_beside_an_amount_is_its_setting(text, expected):
    facts = _facts(text)
    assert expected <= facts
    assert not {f for f in facts if f[0].endswith("dehydrogenation_temperature")}


def test_a_stage_named_at_the_bound_stays_a_fact():
    # near miss: the words name the stage that ends there, a fact of its own
    facts = _facts("The Ca(BH4)2–MgH2 sample was fully dehydrogenated below 410 °C with 7.9 wt% H2.")
    assert any(f[0] == "full_dehydrogenation_temperature" and f[1] == 410.0 for f in facts)


def test_a_value_dropping_to_a_temperature_is_no_bound():
    # near miss: "drops to" is where a value went, not the bound of a run
    facts = _facts("LiNH2–MgH2 with KH releases 4.6 wt% H2 at 190 °C and its peak temperature drops to 201 °C.")
    assert any(f[0] == "peak_dehydrogenation_temperature" and f[1] == 201.0 for f in facts)


# --- a setting of a fit parameter, a loss of a reagent gas --------------------------------------------

@pytest.mark.parametrize("text", [
    "Pd-coated Mg layers were cycled in air. The apparent activation energy was 88 kJ mol−1, and the reaction "
    "order was n = 2 at 330 K.",
    "MgH2 films capped with Pd were studied. The activation energy of desorption is 102 kJ/mol; the Avrami "
    "exponent was m = 1.5 at 345 K.",
    "Pd/Mg bilayers were annealed. An overall activation energy of 91 kJ/mol was found, with reaction orders "
    "of 1 at 320 K.",
])
def test_setting_of_a_fit_parameter_is_no_condition(text):
    energies = [r for r in _rows(text) if r["property"].endswith("activation_energy")]
    assert energies and all(not (r.get("conditions") or {}).get("temperature") for r in energies)


def test_a_setting_of_the_energy_itself_stays():
    # near miss: a temperature said of the energy's own run is its condition
    rows = _rows("The MgH2–Pd film shows an activation energy of 88 kJ/mol at 330 K.")
    assert any(r["property"].endswith("activation_energy") and (r.get("conditions") or {}).get("temperature")
               for r in rows)


@pytest.mark.parametrize("text", [
    "The diammoniate Ca(NH2BH3)2·2NH3 was ball milled. Its decomposition begins with the loss of about 2 equiv. "
    "of NH3 at temperatures <85 °C, followed by hydrogen release.",
    "Mg(BH4)2·6NH3 was prepared. Heating starts with the evolution of ammonia below 95 °C.",
    "In LiBH4·NH3 the emission of NH3 below 60 °C precedes dehydrogenation.",
])
def test_temperature_of_a_reagent_gas_lost_is_no_release_stage(text):
    assert not [r for r in _rows(text) if r["property"].endswith("dehydrogenation_temperature")]


def test_hydrogen_lost_at_a_temperature_stays_a_stage():
    # near miss: the gas is hydrogen
    rows = _rows("Ca(NH2BH3)2·2NH3 was ball milled. Its decomposition begins with the release of H2 at 85 °C.")
    assert any(r["property"].endswith("dehydrogenation_temperature") for r in rows)


# --- value phrasings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, system, value", [
    ("We report the family M(NH2BH3)(BH4) (M = Na, K). The Na salt contains 9.5 wt% H and gives off pure H2.",
     "Na(NH2BH3)(BH4)", 9.5),
    ("Alkali salts M(B3H8) were made. The K compound contains 8.8 wt% hydrogen.", "K(B3H8)", 8.8),
    ("KBH4 contains 7.4 wt% H.", "KBH4", 7.4),
])
def test_hydrogen_a_compound_contains_is_its_capacity(text, system, value):
    rows = [r for r in _rows(text) if r["property"] == "hydrogen_capacity"]
    assert [(r["system"], r["value"], r["basis"]) for r in rows] == [(system, value, "theoretical")]


def test_a_share_of_an_additive_contained_stays_an_amount():
    # near miss: the share is of nickel, the sample's composition
    assert not [r for r in _rows("MgH2 containing 5 wt% Ni releases hydrogen at 250 °C.") if r["property"] == "hydrogen_capacity"]


def test_a_metal_not_of_the_family_is_not_its_member():
    rows = _rows("We report the family M(NH2BH3)(BH4) (M = Na, K). The Rb salt contains 9.1 wt% H.")
    assert all(r["system"] != "Rb(NH2BH3)(BH4)" for r in rows)


@pytest.mark.parametrize("text, value, conditions", [
    ("Ca(AlH4)2 releases 3.1 wt% H2 at 140 °C, and 65% of it is reversible at 160 °C and 80 bar H2.",
     65.0, {"temperature": 160.0, "pressure": 8.0}),
    ("NaAlH4 gives off 4.2 wt% hydrogen; about 80 % of the desorbed hydrogen was restored on rehydrogenation.",
     80.0, {}),
    ("Y(BH4)3 desorbs 6.1 wt% H2, and only 40% of this is recovered under 100 bar H2.", 40.0, {"pressure": 10.0}),
])
def test_share_of_a_release_that_is_reversible(text, value, conditions):
    rows = [r for r in _rows(text) if r["property"] == "capacity_retention"]
    assert [(r["value"], r.get("conditions")) for r in rows] == [(value, conditions)]


def test_a_share_of_hydrogen_released_is_no_retention():
    # near miss: how much of it is released, no share that comes back
    assert not [r for r in _rows("NaAlH4 gives off 4.2 wt% hydrogen, and 80% of it is released below 150 °C.")
                if r["property"] == "capacity_retention"]


@pytest.mark.parametrize("text, value, qualifier", [
    ("A first-order transformation of RbCB9H10 to a cubic packing is largely complete by 255 K.", -18.15, "~"),
    ("The structural transition of the low-temperature phase of Na2B12H12 was essentially completed at 540 K.",
     266.85, "~"),
    ("In Li2B10H10 the transformation into the disordered phase is complete at 370 K.", 96.85, "="),
])
def test_phase_change_complete_by_a_temperature(text, value, qualifier):
    rows = [r for r in _rows(text) if r["property"] == "phase_transition_temperature"]
    assert [(round(r["value"], 2), r["qualifier"]) for r in rows] == [(value, qualifier)]


def test_a_decomposition_complete_by_is_no_phase_change():
    # near miss: a decomposition is no phase change
    assert not [r for r in _rows("The decomposition of KBH4 is complete by 620 °C.")
                if r["property"] == "phase_transition_temperature"]
