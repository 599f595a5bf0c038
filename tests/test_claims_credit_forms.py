"""How authors credit a mechanism to an additive or a strategy, in forms the claim reader missed (session
claims2, from the unsealed G2 abstracts): an additive chosen 'because of its high catalytic efficiency'; 'the
catalyzing effect of in situ synthesized X' (the phase formed in situ is the host's catalyst, whatever its
composition with the host would read otherwise, and the strategy of an additive it shares no element with is
not its own); 'we ascribe this reduction to …' (the thing credited between the verb and its 'to'); the
confinement credited beside a catalyst is the scaffold's ('nanoconfinement and the Ni sites in the carbon');
'stabilization of the high-T phase'. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:credit-forms")}


def _mechanisms(text: str) -> set[str]:
    return {m for m, _, _, _ in _claims(text)}


@pytest.mark.parametrize("text, host, additive", [
    ("NbF5 was selected as the additive for LiBH4 because of its high catalytic efficiency.", "LiBH4", "NbF5"),
    ("We chose VCl3 as catalyst for MgH2 owing to its efficient catalytic activity toward hydrogen release.",
     "MgH2", "VCl3"),
    ("For NaAlH4, CeCl3 was preferred as dopant thanks to its effective catalyzing effect.", "NaAlH4", "CeCl3"),
])
def test_an_additive_chosen_for_its_catalytic_efficiency_is_credited(text, host, additive):
    assert ("CatalyticEffect", host, additive, "MetalCompoundCatalysis") in _claims(text)


def test_an_additive_chosen_for_another_reason_is_credited_with_nothing():
    assert not _claims("NbF5 was selected as the additive for LiBH4 because of its high melting point.")


@pytest.mark.parametrize("text, host, additive, strategy", [
    # (a metal's hydride of no fixed formula, NbHx, is the hydrided state of the metal: metal catalysis)
    ("The hydrogenation of MgH2 speeds up through the catalytic role of in situ formed NbH.", "MgH2", "NbHx",
     "MetalCatalysis"),
    ("The desorption of Mg(NH2)2 became faster by the catalyzing effect of in situ synthesized Li2S.",
     "Mg(NH2)2", "Li2S", "MetalCompoundCatalysis"),
    ("After milling MgH2 with the fluoride, the catalytic effect of in situ generated MgF2 lowers the barrier.",
     "MgH2", "MgF2", "MetalCompoundCatalysis"),
])
def test_the_catalytic_effect_of_an_in_situ_formed_phase_is_that_phase_s(text, host, additive, strategy):
    assert ("InSituCatalyticPhase", host, additive, strategy) in _claims(text)


@pytest.mark.parametrize("text", [
    # (a phase formed in situ that shares no element with the sample's additive, In: its own strategy)
    "Mg(In) solid solution was made by milling. The kinetics of MgH2 improved by the catalyzing effect of in situ "
    "synthesized MgF2.",
    "Mg(In) solid solution was made by milling. The kinetics of MgH2 improved owing to the catalytic role of in "
    "situ formed MgF2.",
    "Mg(In) solid solution was made by milling. Its MgH2 desorbs faster thanks to the catalytic effect of in situ "
    "produced MgF2.",
])
def test_a_phase_formed_from_something_else_catalyses_as_itself(text):
    assert ("InSituCatalyticPhase", "MgH2", "MgF2", "MetalCompoundCatalysis") in _claims(text)


def test_the_catalytic_effect_of_ions_in_situ_names_no_phase():
    assert not _claims("The catalytic effect of the magnesium ions on MgH2 is studied.")


@pytest.mark.parametrize("text, host, additive", [
    ("Ti was added to NaAlH4. We ascribe this gain to its catalytic effect.", "NaAlH4", "Ti"),
    ("MgH2 was milled with Nb2O5. We attribute the lower barrier mainly to the catalytic role of the oxide.",
     "MgH2", "Nb2O5"),
    ("We attribute the lower onset of LiBH4 to the synergistic effects of nanoconfinement and the Co sites in the "
     "carbon aerogel.", "LiBH4", "Co"),
])
def test_a_cause_credited_across_its_object_is_credited(text, host, additive):
    assert ("CatalyticEffect", host, additive) in {(m, h, a) for m, h, a, _ in _claims(text)}


@pytest.mark.parametrize("text, host, scaffold", [
    ("We ascribe this gain for MgH2 to the combined effects of nanoconfinement and the Fe particles in CMK-3.",
     "MgH2", "CMK-3"),
    ("The authors attributed the faster release of NaAlH4 to both nanoconfinement and the TiCl3 inside SBA-15.",
     "NaAlH4", "SBA-15"),
    ("We attribute the lower onset of LiBH4 to the synergistic effects of nanoconfinement and the Co sites in the "
     "carbon aerogel.", "LiBH4", "carbon aerogel"),
])
def test_a_strategy_credited_across_its_object_is_credited(text, host, scaffold):
    assert ("ConfinementEffect", host, scaffold, "Nanoconfinement") in _claims(text)


def test_a_result_ascribed_to_an_error_is_no_claim():
    assert not _claims("We attribute this value of LiBH4 to a measurement error.")


@pytest.mark.parametrize("text, host, scaffold", [
    ("MgH2 was infiltrated into CMK-3 doped with Fe. We ascribe the lower barrier to the joint effects of "
     "nanoconfinement and Fe in the CMK-3.", "MgH2", "CMK-3"),
    ("The faster kinetics of NaAlH4 is ascribed to nanoconfinement together with the Ti particles inside SBA-15.",
     "NaAlH4", "SBA-15"),
    ("The drop for MgH2 is owing to both nanoconfinement and the Fe nanoparticles held in CMK-3.", "MgH2", "CMK-3"),
])
def test_the_confinement_credited_beside_a_catalyst_is_the_scaffold_s(text, host, scaffold):
    confined = {(h, a) for m, h, a, _ in _claims(text) if m == "ConfinementEffect"}
    assert confined == {(host, scaffold)}


def test_a_catalyst_credited_instead_of_confinement_confines_nothing():
    assert "ConfinementEffect" not in _mechanisms(
        "MgH2 was milled with Ni. The improvement is attributed to the Ni catalyst rather than confinement.")


@pytest.mark.parametrize("text, host, additive", [
    ("The high-T phase of Li2B12H12 is stabilized by LiI.", "Li2B12H12", "LiI"),
    ("Adding LiI to LiBH4 stabilizes the high-T phase at room temperature.", "LiBH4", "LiI"),
    ("Mixing NaCB11H12 with Na2B12H12 stabilizes the high-T phase of NaCB11H12.", "NaCB11H12", "Na2B12H12"),
])
def test_the_high_t_phase_stabilized_is_phase_stabilization(text, host, additive):
    assert ("PhaseStabilization", host, additive) in {(m, h, a) for m, h, a, _ in _claims(text)}


def test_the_high_t_phase_named_is_no_stabilization():
    assert not _claims("The high-T phase of LiBH4 forms above 110 °C.")


@pytest.mark.parametrize("text, host", [
    ("MgH2 nanoparticles were grown on a Pd substrate. The lower barrier was associated with the decrease of path "
     "lengths for hydrogen diffusion in MgH2.", "MgH2"),
    ("We milled NaAlH4 nanoparticles with 2 mol% TiCl3. The faster uptake of NaAlH4 reflects shorter diffusion "
     "path lengths.", "NaAlH4"),
    ("Mg nanoparticles were deposited on a Ni foil. The drop in activation energy of Mg comes with reduced path "
     "lengths for diffusion.", "MgH2"),
])
def test_shorter_paths_with_no_actor_are_the_host_s_nano_form_s(text, host):
    assert ("ReducedDiffusionDistance", host, None, "Nanosizing") in _claims(text)


@pytest.mark.parametrize("text, additive", [
    ("MgH2 was milled with Nb2O5. The lower barrier of MgH2 reflects shorter diffusion path lengths.", "Nb2O5"),
    ("MgH2 nanoparticles were grown on a Pd substrate. The Pd shortens the diffusion paths in MgH2.", "Pd"),
])
def test_shorter_paths_of_a_sample_with_no_nano_form_or_of_a_named_actor_stay_the_additive_s(text, additive):
    assert {a for m, _, a, _ in _claims(text) if m == "ReducedDiffusionDistance"} == {additive}


@pytest.mark.parametrize("text, host, additive", [
    ("MgH2 was milled with Ni. The synergistic effect between Ni and MgH2 lowers the barrier.", "MgH2", "Ni"),
    ("MgH2 was milled with Ni. The barrier is lowered by the synergistic effect between Ni and MgH2.", "MgH2", "Ni"),
    ("LiBH4 was milled with MgH2 and TiF3. The synergistic effect between TiF3 and the LiBH4 speeds up release.",
     "LiBH4", "TiF3"),
])
def test_a_synergy_between_an_additive_and_the_host_credits_the_additive(text, host, additive):
    assert ("CatalyticEffect", host, additive) in {(m, h, a) for m, h, a, _ in _claims(text)}


def test_a_synergy_between_things_that_are_no_materials_credits_nothing():
    assert not _claims("MgH2 was milled with Ni. A synergistic effect between particles and the surface was studied.")
