"""Mechanism phrases in other authors' abstracts that credit nothing: a computational step ('structural relaxations'
of a DFT study) is no lattice expansion; a step of the reaction that a kinetic fit says limits the rate or forms its
sites in some way ('nucleation … is of the site-saturated type') is no nucleation an additive brings; a phrase in
what the paper announces it discusses ('… is discussed in detail') is a topic, no finding; a sentence saying how
much a topic has been studied ('has attracted much attention') is background. Each with a near miss that keeps its
claim. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples


# -- a computational step is no mechanism
@pytest.mark.parametrize("text", [
    "The ground states of LiBH4 and NaBH4 (A = Li, Na) were found by DFT, with structural relaxations of many trial "
    "cells.",
    "Structures of Li1-xKxBH4 were obtained from first-principles calculations after structural relaxation of several "
    "trial cells.",
    "For LiBH4 with Na and K on the Li site, DFT total energies were compared after structural relaxation of each cell.",
])
def test_a_structural_relaxation_of_a_calculation_is_no_lattice_expansion(text):
    found = claim_tuples(text)
    assert not any(c[0] == "LatticeExpansion" for c in found), found


def test_an_expanded_lattice_stays_a_claim():
    # near miss: the iodide widening the lattice is the claim
    found = claim_tuples("Doping LiBH4 with LiI leads to lattice expansion and a higher Li+ conductivity.")
    assert any(c[0] == "LatticeExpansion" and c[1] == "LiBH4" for c in found), found


# -- the rate-limiting step or the kind of nucleation a kinetic fit gives
@pytest.mark.parametrize("text", [
    "Heated with 5 mol% Al, the NaH desorption follows the JMA law with n near 1, so nucleation in the first step "
    "is of the site-saturated type.",
    "Kinetic modelling of the MgH2 milled with Fe shows that nucleation was the rate-controlling step of hydrogen "
    "release.",
    "For LiAlH4 doped with Ni, the Avrami fit shows that the rate-limiting step is heterogeneous nucleation of Al.",
])
def test_a_rate_step_from_a_kinetic_fit_is_no_nucleation_claim(text):
    found = claim_tuples(text)
    assert not any(c[0] == "NucleationInduction" for c in found), found


def test_an_additive_providing_nucleation_sites_stays_a_claim():
    # near miss: the additive acting on the nucleation, in a sentence that also names the fit
    found = claim_tuples("In MgH2 milled with Fe, the Fe particles provide nucleation sites, which lowers the JMA "
                         "exponent of hydrogen release.")
    assert any(c[0] == "NucleationInduction" and c[2] == "Fe" for c in found), found


# -- a topic the paper says it discusses
@pytest.mark.parametrize("text", [
    "In the second part, the weakening of the Mg–H bonds in MgH2 by the TiF3 dopant is discussed in detail.",
    "Possible nucleation sites that Ni offers to MgH2 are also reviewed.",
    "Finally, the electron transfer between Nb species and MgH2 is briefly addressed.",
])
def test_a_topic_the_paper_discusses_is_no_claim(text):
    found = claim_tuples(text)
    assert not found, found


def test_a_finding_with_a_pointer_to_its_discussion_stays_a_claim():
    # near miss: 'as discussed below' is a clause of its own; the sentence credits the bond weakening to TiF3
    found = claim_tuples("In MgH2, the TiF3 dopant weakens the Mg–H bonds, as is discussed below.")
    assert any(c[0] == "BondWeakening" and c[2] == "TiF3" for c in found), found


# -- a sentence saying how much a topic has been studied is the field's background
@pytest.mark.parametrize("text", [
    "The LiBH4–MgH2 destabilized hydride system has attracted much attention because its hydrogen capacity is high.",
    "Catalysis of MgH2 by Nb2O5, which weakens the Mg–H bond, has received wide interest in the last decade.",
    "The hydrogen pump role of Mg2Ni in MgH2 has gained considerable attention.",
])
def test_a_background_sentence_credits_nothing(text):
    found = claim_tuples(text)
    assert not found, found


def test_a_finding_on_a_much_studied_system_stays_a_claim():
    # near miss: the paper's own finding, with the system's popularity in a clause that says nothing of its study
    found = claim_tuples("MgH2 destabilizes LiBH4 in the composite, a system that many groups now study.")
    assert ("ReactantDestabilization", "LiBH4", "MgH2", "LithiumRHC") in found, found


# -- a space group with its bar spelled out ('Fm (3) over barm') is a phase's symmetry, no material
@pytest.mark.parametrize("text, kept, dropped", [
    ("Above 540 K the Na2B12Br12 salt changes to an Fm (3) over barm phase in which the anions reorient quickly.",
     {"Na2B12Br12"}, {"Fm"}),
    ("At room temperature Li2B12Cl12 adopts Pa (3) over bar symmetry, and heating brings the Fm (3) over barm form.",
     {"Li2B12Cl12"}, {"Pa", "Fm"}),
    ("MgH2 doped with Ti keeps the rutile cell, while the high-pressure gamma phase has P (4) over bar 2m symmetry.",
     {"MgH2", "Ti"}, {"P"}),
])
def test_a_space_group_with_its_bar_spelled_out_is_no_material(text, kept, dropped):
    # (near miss in each: the formulas of the same sentence stay materials)
    from ingest.extraction.text.nlp import mentions

    names = {m.text for m in mentions(text) if m.kind in ("SYSTEM", "Material")}
    assert kept <= names and not names & dropped, names
