"""Mechanism claims read through English grammar rather than one phrasing per label: the passive of a
verb label, the agent after a phrase, a family phrase named as a cause, the subject after an opening
connective, and the additive of a film or composite rather than the phase it forms with the host's
metal. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms


def _claims(text: str) -> set[tuple[str, str, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:grammar")}


def _terms(text: str) -> list[str]:
    return [t for t, _, _ in find_mechanisms(text)]


@pytest.mark.parametrize("text, term", [
    ("Ammonia release from the amide was fully depressed.", "GasReleaseSuppression"),
    ("NH3 emission from the composite was effectively inhibited.", "GasReleaseSuppression"),
    ("Diborane evolution is largely suppressed.", "GasReleaseSuppression"),
    ("The Mg–H bonds in the hydride are significantly weakened.", "BondWeakening"),
    ("The grain growth of Mg during cycling was inhibited.", "GrainRefinement"),
])
def test_a_verb_label_is_read_in_the_passive(text, term):
    assert _terms(text) == [term]


@pytest.mark.parametrize("text", [
    "The release of NH3 was not suppressed.",                         # denied
    "NH3 release remained high although the sample was suppressed.",  # another clause's verb
    "Ni with a particle size of 20 nm in the reduced graphene oxide matrix.",   # a participle before a noun
    "The particle size has reduced during milling.",                  # not a passive
    "High-temperature phases of LiBH4 could be stabilized at room temperature.",   # what might happen
    "NH3 release might be largely suppressed.",
])
def test_no_passive_where_the_grammar_does_not_make_one(text):
    assert _terms(text) == []


def test_the_agent_after_a_passive_is_credited():
    text = ("The LiNH2–LiH composite was milled with 2 mol% KH. Ammonia release during heating "
            "was entirely suppressed in the presence of KH.")
    assert ("GasReleaseSuppression", "LiNH2", "KH") in _claims(text)
    assert _claims("MgH2 was milled with Nb2O5 and TiF3. The Mg–H bond is weakened by the TiF3.") \
        == {("BondWeakening", "MgH2", "TiF3")}
    # 'by forming …': an action, no agent; the subject acts
    assert _claims("MgH2 was milled with Nb2O5. Nb2O5 weakens the Mg–H bond by forming NbH.") \
        == {("BondWeakening", "MgH2", "Nb2O5")}


@pytest.mark.parametrize("text, additive", [
    ("MgH2 was milled with Ni. The fast kinetics was attributed to the catalytic effect of Ni.", "Ni"),
    ("Finely dispersed TiO2 on the carbon sheets leads to a strong catalytic effect for MgH2.", "TiO2"),
    ("LiBH4 was doped with CeF3. The lower onset temperature results in part from the synergistic effect of CeF3.",
     "CeF3"),
    ("MgH2 was milled with 5 wt% Fe2O3. The improvement is due to the catalytic action of Fe2O3.", "Fe2O3"),
])
def test_a_family_named_as_the_cause_is_credited(text, additive):
    assert any(c[0] == "CatalyticEffect" and c[2] == additive for c in _claims(text))


def test_a_denied_cause_credits_nothing():
    assert _claims("MgH2 was milled with Fe2O3. The improvement is not due to a catalytic effect of Fe2O3.") == set()
    assert _claims("MgH2 was milled with Fe2O3. The capacity loss is due to oxidation.") == set()


def test_the_subject_after_an_opening_connective_acts():
    text = ("MgH2 nanoparticles were coated with LiBH4. In addition, the finely spread Li2B6 next to LiBH4 "
            "works as a rigid skeleton and alleviates the volume change of MgH2.")
    assert {c[2] for c in _claims(text) if c[0] == "VolumeBuffering"} != {"LiBH4"}
    assert _claims("In MgH2 with Ni, the Ni acts as a hydrogen pump.") == {("HydrogenPump", "MgH2", "Ni")}


def test_a_phase_with_the_host_metal_is_not_the_additive():
    text = ("Pd-capped Mg films were sputtered. Mg6Pd and Mg5Pd2 appeared on cycling. "
            "Both the interfacial free energy of the layers and the catalytic effect of Pd lower "
            "the absorption temperature.")
    found = _claims(text)
    assert ("CatalyticEffect", "MgH2", "Pd") in found
    assert ("InterfaceEffect", "MgH2", "Pd") in found
    assert not any(c[2] in ("Mg6Pd", "Mg5Pd2") for c in found)
    # an alloy that holds no Mg is still the added alloy its metal belongs to
    assert ("CatalyticEffect", "MgH2", "CuNi") in _claims(
        "MgH2 was milled with a CuNi alloy. The catalytic effect of Cu speeds up the absorption.")


@pytest.mark.parametrize("text", [
    "LiBH4 was milled with 40 vol% SiO2 nanoparticles. Here the SiO2/LiBH4 interface facilitates Li+ ion conduction.",
    "A composite of LiBH4 and CeO2 was made. Fast ion conduction along the interface explains its conductivity.",
])
def test_conduction_at_an_interface(text):
    assert any(c[0] == "InterfacialConduction" and c[1] == "LiBH4" for c in _claims(text))


def test_hydridic_hydrogen_attacking_protic_hydrogen():
    assert _terms("The hydridic H in LiH attacks Hδ+ of the amide.") == ["AmideHydrideInteraction"]
    assert _terms("The hydride was stored in air.") == []


@pytest.mark.parametrize("text", [
    "the active Ti-containing species", "active Nb-based species", "the active Vcontaining species",
    "the active species",
])
def test_a_word_naming_an_element_may_stand_inside_a_label(text):
    assert _terms(text) == ["InSituCatalyticPhase"]


def test_no_label_across_other_words():
    assert _terms("the active and stable species") == []


def test_the_species_named_in_brackets_after_a_phrase_act():
    text = ("LiBH4 was confined in a porous carbon with dispersed TiF3 (LiBH4@PC-TiF3). "
            "We credit the active Ti-containing species (TiH2 and TiB2) that appear on milling, together with "
            "a high specific surface area of the PC host, for the gain.")
    found = _claims(text)
    assert ("InSituCatalyticPhase", "LiBH4", "TiF3") in found
    assert ("SizeEffect", "LiBH4", "PC") in found
    assert not any(c[0] == "SizeEffect" and c[2] in ("TiF3", "TiH2", "TiB2") for c in found)


@pytest.mark.parametrize("text, additive", [
    ("LiBH4 was milled with 0.5 LiAlH4. LiAlH4 destabilizes LiBH4 at low temperature.", "LiAlH4"),
    ("LiBH4 is destabilized by the addition of MgH2, forming MgB2.", "MgH2"),
    ("Adding Al leads to destabilization of LiBH4.", "Al"),
    ("NaAlH4 was milled with Si. The Si destabilizes NaAlH4 strongly.", "Si"),
])
def test_a_host_hydride_written_by_formula_fills_the_word_hydride_of_a_label(text, additive):
    assert any(c[0] == "ReactantDestabilization" and c[2] == additive for c in _claims(text))


def test_the_hydride_slot_neither_opens_a_label_nor_survives_a_denial():
    assert _terms("MgH2 clusters form on the support.") == []          # not 'hydride clusters'
    assert _terms("LiBH4 was not destabilized by Al.") == []
    assert _terms("Thermodynamic destabilization is a strategy.") == []


@pytest.mark.parametrize("text", [
    "CaF2 weakens the Ca–H bond", "the Li–N bonds are weakened by Mg", "the elongated Al–H bond",
    "TiF3 weakens the Mg–H bonds",
])
def test_any_named_bond_may_be_weakened(text):
    assert _terms(text) == ["BondWeakening"]


def test_a_weak_bond_is_no_weakening():
    assert _terms("the weak Ca–H bond") == []
    assert _terms("the weakened hydrogen bond network") == []


def test_an_oxide_credited_with_catalysis_in_a_storage_hydride_is_a_catalyst():
    doc = parse_document("# A test paper\n\nLiNH2–LiH was milled with LiTi2O4. LiTi2O4 exhibited a catalytic effect "
                         "on the dehydrogenation of LiNH2.\n")
    (c,) = mechanism_claims(_prose_sentences(doc), "src:grammar")
    assert (c.mechanism, c.host, c.additive, c.strategy) == ("CatalyticEffect", "LiNH2", "LiTi2O4",
                                                             "MetalCompoundCatalysis")
