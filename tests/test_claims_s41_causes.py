"""Mechanism claims: causes of misses and false claims on real abstracts (s41, issue 10), each fixed as a general rule.
A mechanism a verb of study names as the work's topic is no finding; a phase one additive turned into — a reduced form
of it, or one sharing the host's elements — credited with catalysis or with acting together is that additive's in-situ
catalytic phase, and so is a phase it is said to be reduced or converted into in situ; a bond written with an alloyed
metal in brackets ('Mg(Ni)–H') is a metal–H bond; 'the Ti-containing additives' are the passage's additives holding Ti.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def claims(text: str) -> list[tuple[str, str, str, str]]:
    return sorted((r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in records(text, kind="mechanism"))


def claim_phases(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((r["mechanism"], r["additive"], r.get("in_situ_phase")) for r in records(text, kind="mechanism"))


# ------------------------------------------------------------------ a topic of study is no finding
@pytest.mark.parametrize("text", [
    "MgH2 was ball milled with 4 mol% NiFe2O4. The catalytic effects of NiFe2O4 particles on the hydrogen release of "
    "MgH2, made by planetary milling, are examined here for the first time.",
    "MgH2 was ball milled with 3 wt% Ni. In this paper, we investigated the catalytic effect of Ni on the "
    "decomposition of MgH2.",
    "LiBH4 was milled with 6 mol% TiO2. This work explores the catalytic role of TiO2 during the release of "
    "hydrogen from LiBH4.",
])
def test_a_mechanism_named_as_what_the_work_studies_is_no_claim(text):
    assert claims(text) == []


def test_a_mechanism_a_technique_confirmed_is_still_a_claim():
    """(near miss) 'confirmed' is no verb of study: the catalytic effect is a finding."""
    text = "MgH2 was ball milled with 3 wt% Ni. The catalytic effect of Ni on MgH2 was confirmed by DSC."
    assert ("CatalyticEffect", "MgH2", "Ni", "MetalCatalysis") in claims(text)


# ------------------------------------------------------------------ phases one additive turned into
@pytest.mark.parametrize("text, phase", [
    ("MgH2 was ball milled with 5 mol% CoFe2O4. XRD shows that MgCo2O4 and FeO phases together play a synergistic "
     "role in the faster desorption of MgH2.", {"MgCo2O4", "FeO"}),
    ("MgH2 was milled with 8 wt% NiCo2O4. After the first cycle, CoO and Mg2NiO3 act as catalysts for MgH2.",
     {"CoO", "Mg2NiO3"}),
    ("MgH2 was milled with 7 wt% MnFe2O4. The FeO formed from it is the active catalyst for hydrogen release "
     "from MgH2.", {"FeO"}),
])
def test_phases_of_one_additive_are_its_in_situ_catalytic_phase(text, phase):
    found = claim_phases(text)
    assert found and all(m == "InSituCatalyticPhase" and p in phase for m, _, p in found)
    assert {a for _, a, _ in found} == {next(w for w in ("CoFe2O4", "NiCo2O4", "MnFe2O4") if w in text)}


def test_two_additives_acting_together_stay_a_cocktail():
    """(near miss) two additives the sample was made with, not phases of one: their combined action."""
    text = "MgH2 was milled with 5 mol% NiO and 5 mol% Fe2O3. NiO and Fe2O3 together play a synergistic role in " \
           "improving the desorption of MgH2."
    assert {m for m, _, _ in claim_phases(text)} == {"CocktailEffect"}


@pytest.mark.parametrize("text, additive", [
    ("MgH2 was milled with 5 wt% Ta2O5. On heating, the Ta2O5 was reduced in situ by the hydride into Ta species "
     "of low valence in the first desorption, which act as the active catalyst and speed up the kinetics.", "Ta2O5"),
    ("MgH2 was milled with 5 wt% TiO2. Part of the TiO2 was transformed in situ into Ti2O3, which acts as a "
     "catalyst.", "TiO2"),
    ("LiAlH4 was milled with 2 mol% NbCl5. The NbCl5 is reduced in situ to metallic Nb on heating, which catalyses "
     "the decomposition of LiAlH4.", "NbCl5"),
])
def test_an_additive_reduced_in_situ_gives_its_in_situ_catalytic_phase(text, additive):
    assert ("InSituCatalyticPhase", additive) in [(m, a) for m, a, _ in claim_phases(text)]


def test_a_size_reduced_by_milling_is_no_in_situ_phase():
    """(near miss) 'reduced' without 'in situ': a size made smaller, the oxide still its own catalyst."""
    text = "MgH2 was milled with 5 wt% TiO2. The TiO2 particle size was reduced by milling, and the TiO2 acts as a " \
           "catalyst for MgH2."
    assert "InSituCatalyticPhase" not in {m for m, _, _ in claim_phases(text)}


# ------------------------------------------------------------------ a bond with an alloyed metal in brackets
@pytest.mark.parametrize("text", [
    "Mg2NiH4 was milled with 4 wt% VCl3. The VCl3 additive weakens the Mg(Ni)–H bonds of the hydride.",
    "Mg2NiH4 was milled with 4 wt% VCl3. It is thought that VCl3 weakens the Mg(Ni)-H bond.",
    "MgH2 was milled with 4 wt% VCl3. The Mg(Al)–H bonds are weakened by the VCl3.",
])
def test_a_bond_written_with_an_alloyed_metal_is_a_metal_hydrogen_bond(text):
    assert [m for m, _, a, _ in claims(text) if a == "VCl3"] == ["BondWeakening"]


def test_an_alloy_in_brackets_without_a_bond_is_no_bond():
    """(near miss) 'Mg(Ni)' written without a bond to hydrogen: no bond is weakened."""
    text = "MgH2 was milled with 4 wt% VCl3. A Mg(Ni) solid solution forms with the VCl3 during milling."
    assert "BondWeakening" not in {m for m, _, _, _ in claims(text)}


# ------------------------------------------------------------------ additives named by an element they hold
@pytest.mark.parametrize("text, additives", [
    ("MgH2 was milled with 5 wt% TiF3 or TiCl3. The interactions between the hydride and the Ti-containing "
     "additives weaken the Mg–H bonds.", {"TiF3", "TiCl3"}),
    ("LiBH4 was ball milled with 3 mol% NbF5 or Nb2O5. The Nb-based catalysts weaken the B–H bonds of LiBH4.",
     {"NbF5", "Nb2O5"}),
    ("MgH2 was milled with 5 wt% VCl3 or V2O5. We think that the V-bearing agents weaken the Mg–H bonds.",
     {"VCl3", "V2O5"}),
])
def test_additives_named_by_an_element_they_hold_are_each_credited(text, additives):
    assert {a for m, _, a, _ in claims(text) if m == "BondWeakening"} == additives


def test_an_element_named_as_the_additive_s_kind_picks_only_those_holding_it():
    """(near miss) of two alternatives only the one holding Ti is 'the Ti-containing additive'."""
    text = "MgH2 was milled with 5 wt% TiF3 or NiCl2. The Ti-containing additive weakens the Mg–H bonds."
    assert {a for m, _, a, _ in claims(text) if m == "BondWeakening"} == {"TiF3"}


# ------------------------------------------------------------------ a molecular hydride added is an additive
@pytest.mark.parametrize("text", [
    "LiBH4 was ball milled with NH3BH3. Adding NH3BH3 to the LiBH4 lattice increases the cell volume, which speeds "
    "up the Li+ conduction.",
    "LiBH4 was ball milled with ammonia borane (AB). The uptake of AB into the LiBH4 structure gives a larger cell "
    "volume, which eases Li+ hopping.",
    "Complexes of lithium borohydride with ammonia borane (LiBH4·AB) were made. Inserting AB in the LiBH4 lattice "
    "leads to an increased cell volume and so eases the Li+ transport.",
])
def test_ammonia_borane_added_to_a_borohydride_is_credited(text):
    assert ("LatticeExpansion", "LiBH4", "NH3BH3", "Ammoniation") in claims(text)


def test_a_group_of_the_host_stays_no_additive():
    """(near miss) a BH4 group of the host is an ion the text speaks of, never an additive."""
    text = "LiBH4 was ball milled with LiI. The larger cell volume around the BH4 groups eases Li+ hopping in LiBH4."
    assert all(a != "BH4" for _, _, a, _ in claims(text))


# ------------------------------------------------------------------ mechanism words of the ontology
@pytest.mark.parametrize("phrase, mechanism", [
    ("replacing some BH4 groups by BF4 creates distortions within the NaBH4 crystal lattice", "LatticeDistortion"),
    ("the iodide leaves distortions in the crystal lattice of the borohydride", "LatticeDistortion"),
    ("the nanoconfinement role of the porous carbon keeps the particles small", "ConfinementEffect"),
    ("the confinement role of the silica scaffold is to hold the hydride in place", "ConfinementEffect"),
])
def test_mechanism_words_of_real_abstracts_are_the_ontology_s(phrase, mechanism):
    from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms
    assert mechanism in [t for t, _, _ in find_mechanisms(phrase)]


def test_a_lattice_named_without_distortion_is_no_distortion():
    """(near miss) a lattice described, nothing distorted."""
    from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms
    assert "LatticeDistortion" not in [t for t, _, _ in find_mechanisms("the ions sit within the NaBH4 crystal "
                                                                          "lattice at room temperature")]


# ------------------------------------------------------------------ a phase formed in milling raises the rates
@pytest.mark.parametrize("text, additive, phase", [
    ("MgH2 was milled with 6 wt% Ni under hydrogen. Mg2Ni formed during reactive milling also raises the "
     "absorption and desorption rates of the powder.", "Ni", "Mg2Ni"),
    ("MgH2 was milled with 5 wt% Co in hydrogen. The Mg2CoH5 formed during mechanical grinding increases the hydrogen "
     "release rate of MgH2.", "Co", "Mg2CoH5"),
    ("MgH2 was milled with 8 wt% Fe. Mg2FeH6 produced during high-energy milling increases the hydriding rates of "
     "the composite.", "Fe", "Mg2FeH6"),
])
def test_a_phase_formed_in_milling_that_raises_the_rates_is_the_additive_s_in_situ_phase(text, additive, phase):
    assert ("InSituCatalyticPhase", additive, phase) in claim_phases(text)


def test_a_phase_formed_in_milling_that_raises_a_temperature_is_no_claim():
    """(near miss) a temperature raised is no faster run."""
    text = "MgH2 was milled with 6 wt% Ni under hydrogen. Mg2Ni formed during reactive milling also increases the " \
           "dehydriding temperature of the powder."
    assert "InSituCatalyticPhase" not in {m for m, _, _ in claim_phases(text)}


def test_a_metal_of_an_alloy_additive_is_no_reduced_form():
    """(near miss) Co of a CoNi additive is a part of the alloy, not a phase it was reduced to: its own credit."""
    text = "MgH2 was ball milled with 8 wt% CoNi. Desorption is quick, with Co weakening the Mg–H bonds."
    assert ("InSituCatalyticPhase", "CoNi", "Co") not in claim_phases(text)


# ------------------------------------------------------------------ the form of the sample a value is given for
@pytest.mark.parametrize("text", [
    "Thin films of Mg2NiH4 were sputtered on quartz. Optical analysis shows that Mg2NiH4 has a band gap of 1.7 eV "
    "for amorphous structure films and 2.2 eV for its cubic form.",
    "Thin Mg2FeH6 films were deposited on glass. Mg2FeH6 shows an optical gap of 2.9 eV for amorphous structure "
    "films.",
    "Films of Mg2CoH5 were grown by reactive sputtering. Their resistivity is 12 ohm cm for amorphous structure films "
    "of Mg2CoH5.",
])
def test_a_structure_a_value_is_given_for_is_no_claim(text):
    assert claims(text) == []


def test_a_structure_credited_for_a_value_is_still_a_claim():
    """(near miss) 'owing to amorphization' credits the structure with the rise."""
    text = "LiBH4 was milled with 5 wt% SiO2. The conductivity rises to 0.1 mS/cm owing to amorphization of LiBH4 " \
           "at the SiO2 interface."
    assert any(m == "Amorphization" for m, _, _, _ in claims(text))
