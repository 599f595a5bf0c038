"""Mechanism claims on other authors' wordings (session 30): a phase whose forming during milling or a run the
kinetics are credited to ('ascribed to the formation of Mg2Ni during milling') is the in-situ catalytic phase of the
additive it came from, as 'the Mg2Ni formed during milling' already is; a metal on its support is the composite
catalyst; in an anode paper a catalyst of the conversion reaction has its catalytic effect (the ontology's catalysis
lowers the barriers of conversion reactions too, and stands for that effect); a subject counting the passage's
samples credits each of its alternatives. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import sentence_claims as _claims

from ingest.extract import extract_text


# -- the noun of forming after a cue, with the run the phase formed in
@pytest.mark.parametrize("text, host, additive", [
    ("The enhanced kinetics of the MgH2 with 5 wt% Ni were ascribed to the formation of Mg2Ni during milling.",
     "MgH2", "Ni"),
    ("The faster desorption of MgH2 doped with TiF3 was attributed to the formation of TiH2 during ball milling.",
     "MgH2", "TiF3"),
    ("The improved kinetics of the MgH2–Nb2O5 composite is owing to the formation of NbHx upon milling.",
     "MgH2", "Nb2O5"),
])
def test_kinetics_owed_to_a_phase_formed_during_milling(text, host, additive):
    found = _claims(text)
    assert ("InSituCatalyticPhase", host, additive) in {c[:3] for c in found}, found


def test_the_forming_of_the_hosts_own_oxide_is_no_catalyst():
    # near miss: MgO, formed during milling, holds no transition metal: no catalytic phase
    found = _claims("The slow kinetics of MgH2 were ascribed to the formation of MgO during milling.")
    assert not any(c[0] == "InSituCatalyticPhase" for c in found), found


# -- a metal on its support, in a sentence with no sample of its own: the composite catalyst (README's convention)
@pytest.mark.parametrize("text, additive", [
    ("The faster kinetics of MgH2 are attributed to the catalytic effect of the carbon-supported Ni.", "Ni"),
    ("The carbon-supported Ni catalyses the dehydrogenation of MgH2.", "Ni"),
    ("The faster kinetics of MgH2 are attributed to the catalytic effect of Ni/C.", "Ni"),
    ("The graphene-supported Co weakens the Mg–H bonds of MgH2.", "Co"),
])
def test_a_metal_on_its_support_is_the_composite_catalyst(text, additive):
    found = _claims(text)
    mine = [c for c in found if c[1] == "MgH2" and c[2] == additive]
    assert mine and all(c[3] == "CompositeCatalysis" for c in mine), found


@pytest.mark.parametrize("text, strategy", [
    # near misses: a bare metal is its own catalyst; a metal compound on carbon keeps its own catalysis
    ("The faster kinetics of MgH2 are attributed to the catalytic effect of Ni.", "MetalCatalysis"),
    ("The faster kinetics of MgH2 are attributed to electron transfer from TiO2/C.", "MetalCompoundCatalysis"),
])
def test_a_bare_metal_or_a_supported_compound_keeps_its_own_catalysis(text, strategy):
    found = _claims(text)
    assert found and all(c[3] == strategy for c in found if c[1] == "MgH2"), found


# -- an anode paper: the catalyst of the conversion reaction keeps its catalytic effect
_ANODE = ("# A MgH2–{add} electrode for lithium-ion cells\n\nMgH2 was milled with 10 wt% {add} and tested as a conversion "
          "anode. The electrode delivered a reversible capacity of 1200 mAh g−1 after 50 cycles. {claim}\n")


@pytest.mark.parametrize("add, claim", [
    ("TiH2", "TiH2 speeds up the conversion kinetics of MgH2 during lithiation."),
    ("Nb2O5", "The faster lithiation of MgH2 is attributed to the catalytic effect of Nb2O5."),
    ("Ni", "Ni acts as a catalyst for the conversion reaction of MgH2 with lithium."),
])
def test_a_catalyst_of_a_conversion_anode_keeps_its_catalytic_effect(add, claim):
    found = {(c.mechanism, c.host, c.additive) for c in extract_text(_ANODE.format(add=add, claim=claim)).mechanisms}
    assert ("CatalyticEffect", "MgH2", add) in found, found


def test_a_hydrogen_pump_is_no_claim_of_an_anode_paper():
    # near miss: a narrower catalytic effect of hydrogen storage alone (no strategy stands for it) stays out
    found = {c.mechanism for c in extract_text(_ANODE.format(
        add="Ni", claim="Ni acts as a hydrogen pump for MgH2.")).mechanisms}
    assert "HydrogenPump" not in found, found


# -- a subject counting the passage's samples ('the three composites', 'both samples') credits each alternative
@pytest.mark.parametrize("text, additives", [
    ("LiBH4 was milled with Al, TiF3 or NbF5. The three composites destabilized LiBH4 below 400 °C.",
     {"Al", "TiF3", "NbF5"}),
    ("MgH2 was doped with either TiF3 or NbF5. Both samples show a catalytic effect on the dehydrogenation of MgH2.",
     {"TiF3", "NbF5"}),
    ("MgH2 was doped with CeO2 or ZrO2. The two doped samples show faster hydrogen release, owing to the catalytic "
     "effect.", {"CeO2", "ZrO2"}),
])
def test_counted_samples_credit_each_alternative(text, additives):
    found = _claims(text)
    assert additives <= {c[2] for c in found}, found


def test_a_count_that_misses_the_alternatives_credits_no_list():
    # near miss: 'both' of three alternatives says which two it means no more than the text does: one claim
    found = _claims("MgH2 was doped with TiF3, NbF5 or VCl3. Both samples show a catalytic effect on the "
                    "dehydrogenation of MgH2.")
    assert len({c[2] for c in found}) == 1, found


# -- a carbon the text says is a milling aid holds no hydride: a claim credited to it names no confinement
@pytest.mark.parametrize("text, carbon", [
    ("Graphite served as the process control agent when MgH2 was milled with 5 wt% graphite. The MgH2–5 wt% graphite "
     "released 6.5 wt% H2. The graphite restricts grain growth of MgH2 during milling.", "graphite"),
    ("Graphene was used as a milling aid. MgH2 was milled with 4 wt% graphene, and the MgH2–4 wt% graphene released "
     "6.6 wt% H2. The graphene acts as a grinding aid for the MgH2 powder.", "graphene"),
    ("Expanded graphite acts as a milling agent. MgH2–3 wt% expanded graphite released 6.7 wt% H2 at 310 °C. The "
     "expanded graphite inhibits grain growth of MgH2 during milling.", "expanded graphite"),
])
def test_a_milling_aid_credited_names_no_confinement(text, carbon):
    found = {(c.mechanism, c.host, c.additive, c.strategy) for c in extract_text("# A test paper\n\n" + text).mechanisms}
    mine = [c for c in found if c[2] == carbon]
    assert mine and all(c[3] != "Nanoconfinement" for c in mine), found


def test_a_carbon_milled_in_without_the_words_stays_the_scaffold_of_the_claim():
    # near miss: no words make the carbon a milling aid: the scaffold's confinement, as before ('acts as a grinding
    # aid' declares one: tests/test_process_aid_and_passivation.py)
    found = {(c.mechanism, c.additive, c.strategy) for c in extract_text(
        "# A test paper\n\nMgH2 was milled with 5 wt% graphite. The MgH2–5 wt% graphite released 6.5 wt% H2. The "
        "graphite restricts grain growth of the MgH2.").mechanisms}
    assert ("GrainRefinement", "graphite", "Nanoconfinement") in found, found


# -- an element named in words that is part of the compound the sentence names is that compound
@pytest.mark.parametrize("text", [
    "The high catalytic activity of vanadium in V2O5 accelerates the dehydrogenation of MgH2.",
    "Vanadium species from V2O5 act as active sites for the hydrogen release of MgH2.",
    "In MgH2 doped with V2O5, vanadium weakens the Mg–H bonds.",
    "MgH2 doped with V2O5 shows faster kinetics, because vanadium in multiple valence states facilitates electron "
    "transfer.",
])
def test_an_element_in_words_is_the_compound_named(text):
    found = _claims(text)
    assert found and {c[2] for c in found} == {"V2O5"}, found


def test_an_element_written_as_its_symbol_beside_its_compound_stays():
    # near miss: the sample holds the metal itself as well, written by its symbol: both are credited
    found = _claims("In MgH2 doped with V2O5 and V, the V weakens the Mg–H bonds.")
    assert "V" in {c[2] for c in found}, found
