"""Which number is a property of which thing: an additive's own size, a pore-size range across a series of
scaffolds, an electrolyte's thermal-stability limit, a film's thickness in brackets, an electrode's polarization,
the scope of 'theoretical', and a property abbreviation the text defined. Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[dict]:
    return contract_measurements(text)


def _of(rows: list[dict], value: float) -> list[dict]:
    return [r for r in rows if r["value"] == value]


# ---------------------------------------------------------------- the size of an additive is the additive's
@pytest.mark.parametrize("text, value, material", [
    ("MgH2 was milled with 10 wt% TiO2. The catalyst particles are about 20 nm in size.", 20.0, "TiO2"),
    ("LiBH4 was ball milled with 5 wt% MgO nanopowder. During milling, the oxide nanopowder shrank from about "
     "150 nm to 12 nm.", 12.0, "MgO"),
    ("LiBH4 was ball milled with 5 wt% MgO nanopowder. During milling, the oxide nanopowder shrank from about "
     "150 nm to 12 nm.", 150.0, "MgO"),
    ("MgH2 was milled with 10 wt% NiCl2. Metallic Ni formed in situ during milling, with a grain size of about 5 nm.",
     5.0, "Ni"),
    ("NaAlH4 was doped with 4 mol% CeCl3. The size of the additive grains stays near 30 nm after cycling.", 30.0,
     "CeCl3"),
])
def test_an_additives_size_is_the_additives_own(text, value, material):
    rows = _of(_rows(text), value)
    assert rows and all(r["property"] == "particle_size" and [c["material"] for c in r["components"]] == [material]
                        for r in rows), rows


@pytest.mark.parametrize("text, value, host", [
    # the hydride's own particles keep the sample
    ("MgH2 was milled with 10 wt% TiO2. The MgH2 particles were reduced to about 200 nm.", 200.0, "MgH2"),
    ("MgH2 was milled with 10 wt% TiO2. The composite particles are about 300 nm in size.", 300.0, "MgH2"),
])
def test_a_size_said_of_the_hydride_or_the_composite_stays_the_samples(text, value, host):
    rows = _of(_rows(text), value)
    assert len(rows) == 1 and rows[0]["components"][0]["material"] == host \
        and "TiO2" in [c["material"] for c in rows[0]["components"]], rows


# ---------------------------------------------------------------- a pore-size range across a series
@pytest.mark.parametrize("text", [
    "LiBH4 was confined in a series of carbon scaffolds with pore radii ranging from 8 Å to 20 nm.",
    "NaAlH4 was melt-infiltrated into different porous carbons with pore sizes from 2 nm to 25 nm.",
    "LiBH4 was infiltrated into various silica templates whose pore diameters span 3–15 nm.",
])
def test_a_pore_range_across_a_series_of_scaffolds_is_no_samples_value(text):
    rows = _rows(text)
    assert not [r for r in rows if r["property"] in ("pore_size", "particle_size")], rows


def test_one_scaffolds_pore_range_stays_the_confined_samples():
    rows = _rows("LiBH4 was confined in CMK-3 with pores of 3–5 nm.")
    assert [(r["property"], r["value"], r["value_max"]) for r in rows] == [("pore_size", 3.0, 5.0)], rows


def test_a_range_written_in_two_units_of_one_quantity_is_one_range():
    rows = _rows("The pores of the carbon aerogel that holds LiBH4 range from 9 Å to 4 nm.")
    assert [(r["property"], r["value"], r["value_max"]) for r in rows] == [("pore_size", 0.9, 4.0)], rows


# ---------------------------------------------------------------- an electrolyte's thermal-stability limit
@pytest.mark.parametrize("text", [
    "Li2B12H12 conducts Li+ at 0.1 mS/cm at 25 °C and is thermally stable, Tdec ≈ 350 °C.",
    "Li(NH2BH3) conducts lithium ions at 2 × 10−5 S/cm at 25 °C, but slow decomposition already starts below 100 °C.",
    "The Li+ conductivity of Li(NH2BH3) is 0.02 mS/cm at 40 °C. Its decomposition temperature is 90 °C.",
])
def test_an_electrolytes_decomposition_limit_is_no_dehydrogenation_temperature(text):
    rows = _rows(text)
    assert [r["property"] for r in rows] == ["ionic_conductivity"], rows


# (a long formula between the words of decomposition and the value counts as one word)
@pytest.mark.parametrize("text", [
    "Na(BH3NH2BH2NH2BH3) conducts 0.002 mS cm−1 at 60 °C. Since slow decomposition of Na(BH3NH2BH2NH2BH3) is "
    "observed already below 90 °C, the conductivity cannot be measured at higher temperatures.",
    "The ammine salt Mg(BH4)2(NH3BH3)2 conducts 0.01 mS cm−1 at 40 °C; decomposition of Mg(BH4)2(NH3BH3)2 sets in "
    "gradually at about 75 °C.",
    "The conductor Sr(BH3NH2BH2NH2BH3)2 reaches 0.004 mS cm−1 at 55 °C. The decomposition of Sr(BH3NH2BH2NH2BH3)2 "
    "is, however, detectable already below 85 °C.",
    "CaB10H10·6NH3BH3 conducts 0.02 mS cm−1 at 45 °C. Unfortunately, decomposition of CaB10H10·6NH3BH3 becomes "
    "noticeable just above 70 °C.",
])
def test_a_decomposition_limit_said_across_a_long_formula_is_no_dehydrogenation_temperature(text):
    rows = _rows(text)
    assert [r["property"] for r in rows] == ["ionic_conductivity"], rows


def test_a_stores_decomposition_across_a_long_formula_stays():
    rows = _rows("MgH2–5 wt% Nb2O5 releases 6 wt% hydrogen, and decomposition of Mg(NH2)2–2LiH–0.1KH begins below "
                 "150 °C.")
    assert ("onset_dehydrogenation_temperature", 150.0) in [(r["property"], r["value"]) for r in rows], rows


@pytest.mark.parametrize("text, prop", [
    ("MgH2 decomposes at 300 °C. Its dehydrogenation enthalpy is 75 kJ/mol.", "dehydrogenation_temperature"),
    ("The Li+ conductivity of LiBH4–LiI reaches 0.1 mS/cm at 30 °C. The electrolyte releases hydrogen above 380 °C.",
     "onset_dehydrogenation_temperature"),
])
def test_a_release_of_hydrogen_stays_a_dehydrogenation_temperature(text, prop):
    assert prop in [r["property"] for r in _rows(text)]


# ---------------------------------------------------------------- a film's thickness in brackets
@pytest.mark.parametrize("text, value", [
    ("Mg films (200 nm) were capped with Pd. The films absorb hydrogen at 100 °C.", 200.0),
    ("Mg films (200 nm) absorb hydrogen at 100 °C.", 200.0),
    ("Pd-capped Mg films (50 nm) absorb hydrogen at 100 °C.", 50.0),
    ("Thin MgH2 films (~120 nm) were sputtered onto a Ti current collector and cycled against Li.", 120.0),
])
def test_a_length_in_brackets_after_a_film_is_its_thickness(text, value):
    assert [r["property"] for r in _of(_rows(text), value)] == ["film_thickness"]


def test_a_length_in_brackets_after_particles_stays_a_particle_size():
    assert [r["property"] for r in _of(_rows("Mg nanoparticles (50 nm) absorb hydrogen at 100 °C."), 50.0)] \
        == ["particle_size"]


# ---------------------------------------------------------------- an electrode's polarization
@pytest.mark.parametrize("text, kept", [
    ("In the MgH2 anode, the electrode polarization is below 0.2 V and the average potential is 0.5 V vs Li.", 0.5),
    ("The MgH2 electrode shows a small polarization of 0.15 V and a lithiation plateau at 0.45 V.", 0.45),
    ("The Mg2FeH6 electrode is only weakly polarized (about 0.18 V), and its conversion plateau sits at 0.3 V.", 0.3),
])
def test_an_electrodes_polarization_is_no_average_voltage(text, kept):
    rows = _rows(text)
    assert [(r["property"], r["value"]) for r in rows] == [("average_voltage", kept)], rows


def test_a_voltage_named_after_a_reason_of_polarization_is_kept():
    rows = _rows("Owing to its low polarization, the MgH2 anode works at an average voltage of 0.5 V.")
    assert [(r["property"], r["value"]) for r in rows] == [("average_voltage", 0.5)], rows


# ---------------------------------------------------------------- the scope of 'theoretical'
@pytest.mark.parametrize("text", [
    "MgH2 is an attractive anode owing to its high theoretical capacity and a low plateau of 0.5 V vs Li+/Li.",
    "MgH2 combines a high theoretical capacity with a low lithiation plateau at 0.5 V.",
    "Given its high theoretical capacity, low plateau potential (0.5 V) and small hysteresis, MgH2 is promising.",
])
def test_theoretical_of_a_capacity_is_not_the_plateaus(text):
    rows = _of(_rows(text), 0.5)
    assert [(r["property"], r["basis"]) for r in rows] == [("average_voltage", "measured")], rows


@pytest.mark.parametrize("text", [
    "The theoretical capacity and average voltage of MgH2 are 2038 mAh/g and 0.5 V.",
    "The theoretical plateau of MgH2 is 0.5 V.",
])
def test_theoretical_said_of_the_voltage_itself_stays(text):
    assert [r["basis"] for r in _of(_rows(text), 0.5)] == ["theoretical"]


# ---------------------------------------------------------------- a property abbreviation defined earlier
@pytest.mark.parametrize("text, value", [
    ("The electrochemical stability window (ESW) of LiBH4–LiI is wide. The ESW of LiBH4–LiI reaches 5 V.", 5.0),
    ("We measured the electrochemical stability window (ESW) by cyclic voltammetry. The Li2B12H12 electrolyte "
     "shows an ESW of 4.5 V vs Li+/Li.", 4.5),
    ("The oxidative stability limit (OSL) of Li2B12H12 was probed by voltammetry. The OSL of Li2B12H12 lies at "
     "4.2 V vs Li+/Li.", 4.2),
])
def test_a_property_abbreviation_names_the_property(text, value):
    assert [r["property"] for r in _of(_rows(text), value)] == ["electrochemical_stability_window"]


def test_an_abbreviation_of_a_material_names_no_property():
    rows = _rows("The LiBH4–LiI electrolyte (LBI) conducts Li+ well. The LBI cell runs at 5 V.")
    assert not [r for r in rows if r["property"] == "electrochemical_stability_window"], rows


# ---------------------------------------------------------------- a hydrogen share after the kind of hydride
@pytest.mark.parametrize("text, value", [
    ("Mg(BH4)2 is a high-capacity hydrogen storage material (14.9 wt%).", 14.9),
    ("NaAlH4, a well-studied complex hydride (7.4 wt%), needs a catalyst to release hydrogen.", 7.4),
    ("MgH2 is an attractive metal hydride (7.6 wt%) for hydrogen storage.", 7.6),
])
def test_a_share_after_the_kind_of_hydride_is_its_theoretical_hydrogen(text, value):
    rows = _of(_rows(text), value)
    assert [(r["property"], r["basis"]) for r in rows] == [("hydrogen_capacity", "theoretical")], rows


def test_a_share_after_an_additive_named_in_words_stays_its_loading():
    rows = _rows("MgH2 was milled with reduced graphene oxide (5 wt%). The composite releases 6.1 wt% H2 at 300 °C.")
    assert [r["value"] for r in rows] == [6.1], rows


# ---------------------------------------------------------------- one temperature of release and uptake
@pytest.mark.parametrize("text, value", [
    ("LiH is a light hydride with 12.6 wt% hydrogen. However, H2 release and uptake from bulk LiH require about "
     "700 °C.", 700.0),
    ("Hydrogen desorption and absorption in bulk MgH2 need temperatures above 300 °C.", 300.0),
    ("The dehydrogenation and rehydrogenation of the Mg2Ni alloy proceed at 250 °C.", 250.0),
])
def test_one_temperature_of_release_and_uptake_is_a_value_of_each(text, value):
    assert sorted(r["property"] for r in _of(_rows(text), value)) \
        == ["dehydrogenation_temperature", "hydrogenation_temperature"]


@pytest.mark.parametrize("text, value, prop", [
    ("The onset of desorption and the absorption of MgH2 were studied; desorption starts at 280 °C.", 280.0,
     "onset_dehydrogenation_temperature"),
    ("After ten release and uptake cycles at 300 °C, MgH2 keeps 6.1 wt%.", 6.1, "reversible_hydrogen_capacity"),
])
def test_a_stage_named_or_a_cycling_stays_one_value(text, value, prop):
    assert [r["property"] for r in _of(_rows(text), value)] == [prop]
