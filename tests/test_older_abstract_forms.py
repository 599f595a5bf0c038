"""Forms older abstracts (and the indexing services that copy them) write values in: 'heat of formation' for a
reaction enthalpy, a sample's code in capitals, a range whose unit is written at both ends and glued to the dash,
the symbol of a pressure in brackets. Every sentence here is written for this test."""
from __future__ import annotations

import pytest

from tests.extracted import parts_by_value, property_values


# ------------------------------------------------------------------ 'heat of …' names an enthalpy
@pytest.mark.parametrize(("text", "expected"), [
    ("The heat of formation of the sieved MgH2 was found to be -71 kJ/mol.", ("reaction_enthalpy", 71.0)),
    ("Calorimetry gave a heat of decomposition of 38 kJ mol(-1) (H-2)(-1) for the LiBH4 sample.",
     ("reaction_enthalpy", 38.0)),
    ("For the annealed Mg2FeH6 the heat of reaction is 77 kJ/mol H2.", ("reaction_enthalpy", 77.0)),
    ("The heat of absorption of the Mg2Ni alloy amounts to -62 kJ/mol H2.", ("hydrogenation_enthalpy", 62.0)),
])
def test_heat_of_a_reaction_is_its_enthalpy(text, expected):
    assert expected in property_values(text)


def test_heat_treatment_is_no_enthalpy():
    text = "A heat treatment of the MgH2 powder at 300 °C for 80 min preceded the test."
    assert not any(p.endswith("enthalpy") for p, _ in property_values(text))


# ------------------------------------------------------------------ a capital code with D or T is an acronym
@pytest.mark.parametrize("text", [
    "Grinding MgH2 gives fine particles (INSITU) which release hydrogen at 245 °C.",
    "The converted MgH2 powder, denoted (CONVDT), released hydrogen at 245 °C.",
    "The MgH2 kept after cycling (POST) released hydrogen at 245 °C.",
    "Sintered MgH2 pellets (SINTD) released hydrogen at 245 °C.",
])
def test_capital_code_with_isotope_letters_is_no_additive(text):
    assert parts_by_value(text)[245.0] == "MgH2"


def test_deuteride_with_counts_is_still_a_material():
    text = "MgH2 ground with TiD2 released hydrogen at 245 °C."
    assert parts_by_value(text)[245.0] == "MgH2–TiD2"


# ------------------------------------------------------------------ '20 nm-50 nm': a range, the unit written twice
@pytest.mark.parametrize(("text", "low", "high"), [
    ("The ground MgH2 consists of particles 30 nm-70 nm across.", 30.0, 70.0),
    ("The crystallites of the ground MgH2 measure 3 μm–8 μm.", 3000.0, 8000.0),
    ("Particles of the supplied MgH2 (size: 4 mu m-9 mu m) were compared.", 4000.0, 9000.0),
    ("The ground MgH2 released hydrogen between 270 degrees C-330 degrees C.", 270.0, 330.0),
])
def test_range_glued_to_its_first_unit(text, low, high):
    from tests.extracted import records

    assert any(r["value"] == low and r["value_max"] == high for r in records(text))


def test_exponent_after_a_unit_is_no_range():
    # 'cm-1' is an exponent: no unit is written again after it
    assert ("ionic_conductivity", 0.3) in property_values("The LiBH4 conductivity is 0.3 mS cm-1 at 125 °C.")


def test_falling_pair_is_no_range():
    from tests.extracted import records

    rows = records("The ground MgH2 consists of particles 70 nm-30 nm across.")
    assert all(r["value_max"] is None for r in rows)


# ------------------------------------------------------------------ '(PH2)' after 'pressure' is its symbol
@pytest.mark.parametrize("text", [
    "Ground MgH2 particles absorb hydrogen under 12 bar of hydrogen pressure (PH2) and desorb it at 115 °C in vacuum.",
    "Ground MgH2 particles take up hydrogen at a raised pressure (PH2) and release it at 115 °C in vacuum.",
    "Ground MgH2 particles take up hydrogen under equilibrium pressures (PH2) and release it at 115 °C in vacuum.",
])
def test_pressure_symbol_is_no_material(text):
    assert parts_by_value(text)[115.0] == "MgH2"


def test_formula_in_brackets_after_another_word_is_still_a_material():
    text = "Ground MgH2 particles milled with the chosen additive (NbF5) release hydrogen at 115 °C in vacuum."
    assert parts_by_value(text)[115.0] == "MgH2–NbF5"


# ------------------------------------------------------------------ 'well dispersed into a scaffold'
@pytest.mark.parametrize(("text", "value", "parts"), [
    ("Fine MgH2 particles well anchored on a porous carbon host were made. The composite with 35 wt% Mg "
     "delivers 640 mA h g−1.", 640.0, "MgH2–porous carbon"),
    ("We made NaAlH4 nanoparticles well infiltrated into a carbon aerogel. The composite releases hydrogen "
     "from 150 °C.", 150.0, "NaAlH4–carbon aerogel"),
    ("A series of samples with MgH2 nanoparticles well loaded into a porous carbon host was made. The composite "
     "with 35 wt% Mg delivers 640 mA h g−1.", 640.0, "MgH2–porous carbon"),
    ("LiBH4 nanoparticles well dispersed in a carbon aerogel were obtained by melting. The composite releases "
     "hydrogen from 265 °C.", 265.0, "LiBH4–carbon aerogel"),
])
def test_adverb_well_before_the_scaffolding_verb(text, value, parts):
    assert parts_by_value(text)[value] == parts


def test_stirred_well_in_a_solvent_names_no_scaffold():
    text = "MgH2 nanoparticles were stirred well in THF. The MgH2 particles have a mean size of 6 nm."
    assert parts_by_value(text)[6.0] == "MgH2"


# ------------------------------------------------------------------ 'the volume expands by 6 %'
@pytest.mark.parametrize(("text", "value"), [
    ("At 350 °C the unit cell volume of Li2B12H12 expands by ca. 6.1%.", 6.1),
    ("On heating past the transition the cell volume of Na2B12H12 increases by 4.5 %.", 4.5),
    ("The lattice volume grew by 3.2% when LiBH4 turned hexagonal.", 3.2),
])
def test_volume_grown_by_is_the_volume_expansion(text, value):
    assert ("volume_expansion", value) in property_values(text)


@pytest.mark.parametrize("text", [
    "The pore volume of the carbon increased by 30% after activation and the LiBH4 then released hydrogen at 300 °C.",
    "The capacity of the LiBH4 cell increased by 30% over ten cycles.",
])
def test_other_rise_by_is_still_a_difference(text):
    assert not any(p == "volume_expansion" or v == 30.0 for p, v in property_values(text))


# ------------------------------------------------------------------ an activation energy after a conduction sentence
@pytest.mark.parametrize(("text", "ev"), [
    ("The Li+ conductivity of LiBH4 was measured under pressure. The activation energy was about 55 kJ/mol.", 0.57),
    ("We followed the lithium ion conduction of Li2B12H12 by impedance. Its activation energy amounts to 48 kJ/mol.",
     0.4975),
    ("Ionic conductivities of the three LiBH4 polymorphs were recorded under load. For all of them the activation "
     "energy lies near 52 kJ/mol.", 0.5389),
])
def test_barrier_after_a_valueless_conduction_sentence_is_the_ions(text, ev):
    assert ("ion_migration_activation_energy", ev) in property_values(text)


@pytest.mark.parametrize("text", [
    "The hydrogen release of LiBH4 was measured under pressure. The activation energy was about 155 kJ/mol.",
    "Both the Li+ conductivity and the hydrogen release of LiBH4 were studied. The activation energy was about "
    "155 kJ/mol.",
])
def test_barrier_after_a_release_or_mixed_sentence_stays_the_desorptions(text):
    assert ("dehydrogenation_activation_energy", 155.0) in property_values(text)


# ------------------------------------------------------------------ a symbolic solid solution's parts
@pytest.mark.parametrize(("text", "parts"), [
    ("We computed the conductivity of Li(BH4)1-xIx. It reaches 2 mS/cm at 25 °C.", "LiBH4–LiI"),
    ("We computed the conductivity of Li(BH4)1−xBrx. It reaches 2 mS/cm at 25 °C.", "LiBH4–LiBr"),
    ("We computed the conductivity of Li1-yKyBH4. It reaches 2 mS/cm at 25 °C.", "LiBH4–KBH4"),
])
def test_symbolic_solid_solution_is_its_host_with_the_substituent(text, parts):
    assert parts_by_value(text)[2.0] == parts


def test_symbolic_hydrogen_site_stays_as_written():
    text = "We computed the stability of LiBH4-xFx. It releases hydrogen from 210 °C."
    assert parts_by_value(text)[210.0] == "LiBH4-xFx"
