"""Claim phrasings read through grammar and the ontology's labels: a phase the text says formed during
processing or from a reaction with the additive acts for that additive (in-situ catalytic phase, and not
also the broader catalytic effect); 'catalyses the dehydrogenation'; a product whose formation stabilises
the dehydrogenated state (product stabilisation); a nano form of the host acting through nanosizing.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:phrasings")}


@pytest.mark.parametrize("text, host, additive", [
    ("LiAlH4 was doped with Co3O4. Finely dispersed Co species, produced from the reactions between LiAlH4 and "
     "Co3O4, play a synergistic role in the faster dehydrogenation.", "LiAlH4", "Co3O4"),
    ("LiBH4 was ball milled with TiF3. The TiB2 generated during milling catalyses the decomposition of LiBH4.",
     "LiBH4", "TiF3"),
    ("NaAlH4 doped with TiCl3 releases hydrogen fast. Al3Ti produced by the reaction of TiCl3 with NaAlH4 exerts "
     "a catalytic effect.", "NaAlH4", "TiCl3"),
    ("MgH2 was milled with NiO. Metallic Ni formed during the first cycle acts as the active species for "
     "the hydrogen uptake of MgH2.", "MgH2", "NiO"),
])
def test_a_phase_formed_from_the_additive_is_an_in_situ_catalytic_phase(text, host, additive):
    found = _claims(text)
    assert ("InSituCatalyticPhase", host, additive) in found, found
    assert ("CatalyticEffect", host, additive) not in found, found     # the broader claim gives way


@pytest.mark.parametrize("text, host, additive", [
    ("Ti catalyzed the dehydrogenation of LiAlH4 considerably.", "LiAlH4", "Ti"),
    ("In our samples, Nb2O5 catalyses the hydrogen absorption of MgH2.", "MgH2", "Nb2O5"),
    ("Clearly, Fe catalyzes hydrogen desorption from MgH2 at low temperature.", "MgH2", "Fe"),
])
def test_a_catalysing_verb_is_a_catalytic_effect(text, host, additive):
    assert ("CatalyticEffect", host, additive) in _claims(text)


@pytest.mark.parametrize("text, host, additive", [
    ("LiBH4 was mixed with MgH2. On desorption, MgB2 is formed, which stabilizes the dehydrogenated state "
     "and in turn destabilizes LiBH4.", "LiBH4", "MgH2"),
    ("LiBH4 was milled with Al. The formation of AlB2 stabilizes the dehydrogenation products of LiBH4.",
     "LiBH4", "Al"),
    ("In LiBH4–MgH2, the dehydrogenated state is stabilized by the formation of MgB2.", "LiBH4", "MgH2"),
])
def test_a_stabilised_product_state_is_product_stabilisation(text, host, additive):
    assert ("ProductStabilization", host, additive) in _claims(text)


def test_a_lowered_enthalpy_alone_names_no_product_stabilisation():
    # an alloy that lowers the enthalpy destabilises the reactant: no product is said to be stabilised
    found = _claims("The Mg0.9In0.1 alloy lowers the dehydrogenation enthalpy of MgH2 to 65 kJ/mol.")
    assert not any(c[0] == "ProductStabilization" for c in found), found


def test_a_participle_before_a_noun_credits_nobody():
    # 'catalyzed dehydrogenation' with no material as the verb's subject: a kind of reaction, no claim
    assert _claims("The catalyzed dehydrogenation of MgH2 was followed by thermogravimetry.") == set()


@pytest.mark.parametrize("text, host, additive, mechanism", [
    ("LiBH4 was ball milled with NiCl2. Ni2B generated during milling exhibits a catalytic effect. Calculations "
     "show that Ni2B weakens the B–H bonds of LiBH4.", "LiBH4", "NiCl2", "BondWeakening"),
    ("MgH2 was doped with TiO2. The in situ formed TiH2 serves as the active species. Moreover, the good "
     "catalytic effect of TiH2 is stable over cycles.", "MgH2", "TiO2", "InSituCatalyticPhase"),
    ("NaAlH4 was doped with TiCl3. Al3Ti produced by the reaction of TiCl3 with NaAlH4 exerts a catalytic effect. "
     "The electron transfer from Al3Ti to NaAlH4 was confirmed by calculations.", "NaAlH4", "TiCl3",
     "ElectronTransfer"),
])
def test_a_phase_formed_in_situ_and_credited_later_acts_for_its_additive(text, host, additive, mechanism):
    found = _claims(text)
    assert (mechanism, host, additive) in found, found
    assert not any(c[2] in ("Ni2B", "TiH2", "Al3Ti") for c in found), found


def test_a_phase_never_said_to_form_in_situ_keeps_its_own_credit():
    found = _claims("MgH2 was milled with Nb and V. Nb exhibits a catalytic effect. The catalytic effect of V is weaker.")
    assert ("CatalyticEffect", "MgH2", "V") in found, found


def _claims_with_strategy(text: str) -> set[tuple[str, str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:phrasings")}


@pytest.mark.parametrize("text, mechanism", [
    ("MgH2 nanoparticles shorten the diffusion paths of Li+.", "ReducedDiffusionDistance"),
    ("The MgH2 nanoparticles accommodate the volume change upon lithiation.", "VolumeBuffering"),
    ("Our MgH2 nanocrystals buffer the volume expansion during conversion.", "VolumeBuffering"),
])
def test_a_nano_form_of_the_host_acts_through_nanosizing(text, mechanism):
    assert (mechanism, "MgH2", None, "Nanosizing") in _claims_with_strategy(text)


def test_a_catalyst_in_nano_form_is_no_nanosized_host():
    found = _claims_with_strategy("The ZrO2 nanoparticles shorten the diffusion paths in MgH2.")
    assert not any(c[3] == "Nanosizing" for c in found), found


@pytest.mark.parametrize("text", [
    "The catalytic effects of NiO nanoparticles on the dehydrogenation of LiAlH4 were investigated.",
    "In this work, the synergistic effect of Ti and V on MgH2 was systematically studied.",
    "The electron transfer between Nb2O5 and MgH2 was examined",
])
def test_a_study_subject_announced_is_no_claim(text):
    assert _claims(text) == set()


def test_a_finding_after_the_study_subject_is_a_claim():
    assert ("CatalyticEffect", "LiAlH4", "NiO") in _claims(
        "The dehydrogenation of LiAlH4 was investigated, and NiO shows a strong catalytic effect.")
