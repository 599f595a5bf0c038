"""Mechanism claims read as the document's own records read their additive (session claims3): the
strategy an additive brings in the system it was measured in (a catalyst of a reactive composite is
its catalyst, not its reactive partner; an alloy host's alloying is no strategy of the additive), a
catalyst named as it sits on its support, a phase said to form in situ kept as the phase of the additive
it came from, the confinement of a hydride in a scaffold's pores, and a kinetic model fitted to the curves
('nucleation and growth') that credits no nucleation. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _claims(text: str) -> set[tuple]:
    batch = extract_text("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase) for c in batch.mechanisms}


def _strategies(text: str, additive: str) -> set[str | None]:
    return {s for _, _, a, s, _ in _claims(text) if a == additive}


# ---------------------------------------------------------------- the additive's strategy in its measured system
@pytest.mark.parametrize("text, additive, strategy", [
    # a hydride catalyst added to an amide–hydride composite, credited after a sentence naming it alone
    ("A Mg(NH2)2–2LiH–0.05NaH sample desorbed 5.1 wt% H2 at 150 °C. Part of the added hydride dissolves into "
     "the amide. NaH weakens the N–H bonds of the amide.", "NaH", "MetalCompoundCatalysis"),
    # an alloy hydride host with a hydride catalyst: the host's alloying is not what the additive brings
    ("Mg2NiH4 was milled with 4 mol% VH2. The Mg2NiH4–4 mol% VH2 sample released 3.0 wt% hydrogen at 270 °C. "
     "VH2 provides many sites for hydrogen dissociation.", "VH2", "MetalCompoundCatalysis"),
    ("The 2LiBH4–MgH2–5 wt% CeH2 composite gave off 9.1 wt% H2 at 390 °C. We find that CeH2 acts as a "
     "heterogeneous nucleation site for MgB2.", "CeH2", "MetalCompoundCatalysis"),
])
def test_a_credited_additive_takes_the_strategy_it_has_in_its_measured_system(text, additive, strategy):
    assert _strategies(text, additive) == {strategy}


def test_a_reactive_partner_credited_keeps_the_composite_strategy():
    # (negative: LiH is the partner of the composite, not a catalyst)
    text = ("The Mg(NH2)2–2LiH–0.05NaH sample desorbed 5.1 wt% H2 at 150 °C. LiH destabilizes the amide "
            "through the amide–hydride interaction.")
    assert "MetalCompoundCatalysis" not in _strategies(text, "LiH")


# ---------------------------------------------------------------- a catalyst on its support
@pytest.mark.parametrize("text, additive", [
    ("LiAlH4 was milled with 5 wt% Ni/CNTs. The LiAlH4–5 wt% Ni/CNTs sample released 6.8 wt% H2 below 200 °C. "
     "Ni shows a strong catalytic effect on the decomposition.", "Ni"),
    ("MgH2 with 10 wt% Co@C desorbs 6.1 wt% H2 at 300 °C. Co acts as a hydrogen pump at the interface.", "Co"),
    ("The MgH2–8 wt% Fe/rGO composite absorbs 5.9 wt% H2 at 150 °C. Density functional calculations indicate "
     "that Fe weakens the Mg–H bonds.", "Fe"),
])
def test_a_catalyst_credited_on_its_support_is_read_as_the_supported_catalyst(text, additive):
    # (named as the sentence names it, or as the sample's supported catalyst it stands for)
    found = {s for _, _, a, s, _ in _claims(text) if a and a.split("/")[0].split("@")[0] == additive}
    assert found == {"CompositeCatalysis"}


def test_a_layer_of_a_film_stack_is_no_supported_catalyst():
    text = ("Pd/Ti/Mg films were sputtered. The Pd/Ti/Mg film stored 5.7 wt% hydrogen at 100 °C. The Ti layer is "
            "proposed to act as a hydrogen pump between Pd and Mg.")
    assert "CompositeCatalysis" not in _strategies(text, "Ti")


# ---------------------------------------------------------------- phases formed in situ
@pytest.mark.parametrize("text, additive, phases", [
    ("MgH2 was milled with 6 wt% NiS2. The sample releases 6.2 wt% H2 at 290 °C. Upon heating, NiS2 reacts with "
     "MgH2 to give Ni and MgS. The newly formed Ni and MgS present a co-catalytic effect on hydrogen release.",
     "NiS2", {"Ni", "MgS"}),
    ("MgH2 + 10 wt% CoFe2O4 absorbs 5.2 wt% H2 at 200 °C. After dehydrogenation, Co and Fe are detected; these "
     "new species, formed in situ, are the real catalysts.", "CoFe2O4", {"Co", "Fe"}),
    ("LiAlH4 was doped with 3 mol% CuFe2O4 and released 7.0 wt% H2 below 250 °C. Cu and Fe produced by "
     "reaction with the hydride during heating serve as the true catalysts.", "CuFe2O4", {"Cu", "Fe"}),
])
def test_a_phase_formed_in_situ_is_credited_to_its_additive_as_the_phase(text, additive, phases):
    # (the phases credited together are one claim of their additive, kept with one of them)
    found = {(a, p) for m, _, a, _, p in _claims(text) if m == "InSituCatalyticPhase"}
    assert len(found) == 1 and found <= {(additive, p) for p in phases}


def test_an_element_not_said_to_form_stays_the_samples_additive():
    # (negative: Ti of TiCl3, not formed in situ, names the additive itself)
    text = "MgH2 was milled with 5 wt% TiCl3 and released 6.0 wt% H2 at 280 °C. Ti weakens the Mg–H bond."
    assert {(a, p) for _, _, a, _, p in _claims(text)} == {("TiCl3", None)}


# ---------------------------------------------------------------- confinement of a hydride in a scaffold
@pytest.mark.parametrize("text, scaffold", [
    ("LiBH4 was melt-infiltrated into CMK-3 and desorbs hydrogen from 220 °C. The confinement of LiBH4 in the "
     "pores of CMK-3 lowers the decomposition temperature.", "CMK-3"),
    ("NaAlH4@SBA-15 starts to release hydrogen at 140 °C. We attribute this to the confinement of NaAlH4 "
     "within the narrow channels of SBA-15.", "SBA-15"),
    ("LiAlH4 was loaded into MCM-41 and released 5.0 wt% H2. Confinement of LiAlH4 inside the pores of "
     "MCM-41 suppresses the growth of Al crystallites.", "MCM-41"),
])
def test_the_confinement_of_a_hydride_in_pores_is_the_scaffolds_confinement_effect(text, scaffold):
    assert {a for m, _, a, _, _ in _claims(text) if m == "ConfinementEffect"} == {scaffold}


def test_infiltration_into_pores_alone_credits_no_confinement():
    text = "LiBH4 was melt-infiltrated into the pores of CMK-3. The composite desorbs hydrogen from 220 °C."
    assert not {m for m, *_ in _claims(text) if m == "ConfinementEffect"}


# ---------------------------------------------------------------- a kinetic model names no mechanism
@pytest.mark.parametrize("sentence", [
    "The hydriding of the MgH2–5 wt% TiO2 sample follows the nucleation and growth mechanism.",
    "Dehydrogenation of the TiO2-doped MgH2 is well described by a nucleation-and-growth model.",
    "Kinetic fitting shows that a two-dimensional nucleation and growth process controls desorption of "
    "MgH2 with TiO2.",
])
def test_a_nucleation_and_growth_model_is_no_nucleation_claim(sentence):
    text = "MgH2 was milled with 5 wt% TiO2 and desorbed 6.0 wt% H2 at 300 °C. " + sentence
    assert "NucleationInduction" not in {m for m, *_ in _claims(text)}


def test_an_additive_promoting_nucleation_is_still_credited():
    text = "MgH2 was milled with 5 wt% TiO2 and desorbed 6.0 wt% H2 at 300 °C. TiO2 promotes the nucleation of Mg."
    assert ("NucleationInduction", "MgH2", "TiO2") in {(m, h, a) for m, h, a, _, _ in _claims(text)}
