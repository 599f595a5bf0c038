"""Mechanism claims of solid-electrolyte prose (P16b / P15b causes): a halide substituted in as the agent of a
passive ('the HT phase … can be stabilized by Br− substitution') credits the halide salt with anion substitution;
a battery mechanism credited to a phase formed in situ is no in-situ catalytic phase; a mechanism set against the
credited one ('rather than …') is ruled out; what confinement does in a confined mixture of two salts of one cation
is the scaffold's. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def claims(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in records(text, kind="mechanism")]


@pytest.mark.parametrize("text, host, additive", [
    ("The hexagonal high-temperature polymorph of NaBH4 can be stabilised by I- substitution, which keeps it "
     "down to 290 K.", "NaBH4", "NaI"),
    ("The superionic phase of LiBH4 is stabilized at ambient temperature by partial substitution of BH4- with "
     "chloride.", "LiBH4", "LiCl"),
    ("The disordered phase of Mg(BH4)2 is retained down to 250 K by bromide doping.", "Mg(BH4)2", "MgBr2"),
])
def test_a_halide_substituted_in_as_the_agent_credits_its_salt(text, host, additive):
    assert claims(text) == [("PhaseStabilization", host, additive, "AnionSubstitution")]


@pytest.mark.parametrize("text", [
    "The hexagonal phase of LiBH4 is stabilized by mechanical milling at 300 K.",      # no anion: a step
    "The high-temperature phase of LiBH4 can be stabilized by Cu- substitution.",     # a metal, not a halide
])
def test_no_halide_agent_no_halide_salt(text):
    """(negative) only a halogen written with its charge or named as a halide anion is substituted in."""
    assert not any(a and a.endswith(("Cl", "Br", "I", "F")) for _, _, a, _ in claims(text))


@pytest.mark.parametrize("text", [
    "Milling LiBH4 with LiPF6 forms LiF and closo-borates; the in-situ formed closo-borate species give rise to "
    "highly conductive interfaces in the LiBH4 matrix.",
    "LiBH4 reacts with LiBF4 to yield LiF; the LiF formed in situ creates a conductive interface layer in LiBH4.",
    "Ball milling NaBH4 with NaBF4 gives NaF; this NaF, formed in situ, produces a conducting interfacial layer in "
    "NaBH4.",
])
def test_a_battery_mechanism_of_a_phase_formed_in_situ_is_no_catalytic_phase(text):
    found = claims(text)
    assert found and all(m != "InSituCatalyticPhase" for m, _, _, _ in found)


def test_a_phase_formed_in_situ_that_catalyses_stays_a_catalytic_phase():
    """(near miss) in a hydrogen store the phase formed in situ that catalyses is still credited as such."""
    found = claims("MgH2 was milled with NiCl2; the Mg2Ni formed in situ catalyses the hydrogen desorption of MgH2.")
    assert any(m == "InSituCatalyticPhase" for m, _, _, _ in found)


@pytest.mark.parametrize("text, kept", [
    ("In nanoconfined NaBH4, the gain in Na+ conductivity stems from stabilization of a highly conducting phase, "
     "rather than the formation of a conductive interfacial layer.", "PhaseStabilization"),
    ("The conductivity rise of LiBH4–SiO2 is attributed to a conductive interface layer instead of "
     "stabilization of the hexagonal phase.", "InterfacialConduction"),
    ("Amorphization of LiBH4 by TiO2, as opposed to a stabilized high-temperature phase, explains the "
     "higher conductivity.", "Amorphization"),
])
def test_a_mechanism_ruled_out_is_not_credited(text, kept):
    found = {m for m, _, _, _ in claims(text)}
    assert kept in found and len(found) == 1


def test_a_mechanism_set_against_something_else_stays_credited():
    """(near miss) 'rather than' after the phrase rules out what follows, not the phrase."""
    found = claims("The conductivity rise of LiBH4–SiO2 is attributed to a conductive interface layer rather than to "
                   "a change of the bulk.")
    assert "InterfacialConduction" in {m for m, _, _, _ in found}


@pytest.mark.parametrize("text, additive", [
    ("LiBH4–LiNH2 was melt-infiltrated into SBA-15. For the nanoconfined LiBH4–LiNH2, the higher conductivity is "
     "credited to stabilization of a highly conducting phase inside the pores.", "SBA-15"),
    ("For the nanoconfined LiBH4–LiI, the gain in conductivity is credited to stabilization of a highly conducting "
     "phase inside the pores of SBA-15.", "SBA-15"),
    ("KBH4–KI was melt-infiltrated into MCM-41. In nanoconfined KBH4–KI the higher K+ conductivity is attributed to "
     "stabilization of a conducting phase at the pore walls.", "MCM-41"),
])
def test_what_confinement_does_in_a_confined_salt_mixture_is_the_scaffold_s(text, additive):
    found = claims(text)
    assert found and all(a == additive and s == "Nanoconfinement" for _, _, a, s in found)


def test_a_salt_of_another_cation_is_no_co_conductor():
    """(near miss) NaI beside LiBH4 is no salt of the host's cation: it stays what the sentence credits."""
    found = claims("The hexagonal phase of LiBH4 is stabilized at 300 K by adding NaI.")
    assert all(a != "SBA-15" for _, _, a, _ in found)


@pytest.mark.parametrize("text, mechanism, host", [
    ("Facile anion reorientations in Na2B10H10 create fluctuations in the local potential that enhance Na+ "
     "mobility.", "AnionReorientation", "Na2B10H10"),
    ("Simulations show that the lower transition temperature of NaCB11H12 is due to the larger cell volume, which "
     "eases the anion rotation.", "LatticeExpansion", "NaCB11H12"),
    ("Fast rotational dynamics of the cages in K2B12H12, leading to rapid K+ diffusion, set in above 500 K.",
     "AnionReorientation", "K2B12H12"),
])
def test_an_electrolyte_s_own_mechanism_credited_for_ion_motion_is_its_claim(text, mechanism, host):
    """A compound studied by itself: the claim has neither additive nor strategy (as two of the dev set's)."""
    assert claims(text) == [(mechanism, host, None, None)]


@pytest.mark.parametrize("text", [
    "Anion reorientation in LiCB11H12 was observed by NMR above 360 K.",        # observed, credited with nothing
    "The grain boundaries of MgH2 were imaged by TEM after 10 cycles.",        # not an electrolyte's mechanism
])
def test_a_mechanism_only_observed_is_no_claim(text):
    """(negative) naming the motion is not crediting it."""
    assert claims(text) == []


@pytest.mark.parametrize("text, host, additive", [
    ("To lower the interfacial resistance between the Li(BH4)0.75I0.25 electrolyte and a LiMn2O4 cathode, a thin "
     "Li3PO4 interlayer was inserted.", "LiBH4", "Li3PO4"),
    ("To minimise the interfacial resistance between NaBH4 and NaCrO2, a Na3PO4 film was sputtered on the "
     "cathode.", "NaBH4", "Na3PO4"),
    ("In order to decrease the interfacial resistance to the TiS2 electrode, a LiNbO3 coating was applied on "
     "Li2B12H12.", "Li2B12H12", "LiNbO3"),
])
def test_the_purpose_a_sentence_opens_with_is_its_main_clause_s_subject_s(text, host, additive):
    """The materials inside 'To lower the interfacial resistance between X and Y, …' are what the interlayer acts on."""
    assert [(m, h, a) for m, h, a, _ in claims(text)] == [("InterfaceEffect", host, additive)]


@pytest.mark.parametrize("text, additive", [
    ("A thin Li3PO4 interlayer lowers the interfacial resistance between the LiBH4 electrolyte and the LiMn2O4 "
     "cathode.", "Li3PO4"),
    ("The LiCB11H12–Li2B12H12 electrolyte can passivate the interface to the LiCoO2 cathode.", "Li2B12H12"),
    ("Against the 4 V cathode, a NaCB11H12–Na2B12H12 electrolyte forms a passivating interphase layer.", "Na2B12H12"),
])
def test_an_interlayer_or_passivating_interphase_is_an_interface_effect(text, additive):
    assert any(m == "InterfaceEffect" and a == additive for m, _, a, _ in claims(text))


def test_a_measured_interfacial_resistance_is_no_claim():
    """(negative) the resistance the cell shows is measured, not credited."""
    assert claims("The LiBH4 cell showed an interfacial resistance of 40 ohm cm2 after 20 cycles.") == []


def test_a_phrase_after_the_purpose_clause_keeps_its_own_actor():
    """(near miss) the phrase in the main clause, not in the opening purpose: its own actor is credited."""
    found = claims("To improve the conductivity, LiBH4 was ball milled with LiI, whose iodide stabilizes the "
                   "hexagonal phase.")
    assert ("PhaseStabilization", "LiBH4", "LiI", "AnionSubstitution") in found
