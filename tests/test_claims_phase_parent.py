"""A phase the sample forms from one of its additives (a hydride of that additive, a phase with the host's
metal), credited without the words 'in situ': the claim names the additive the sample was made with and keeps
the phase as its in-situ phase (tests/devset/README.md: 'a phase formed in situ … may be annotated as the
claim's additive or as the additive it came from'). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.in_situ_phase)
            for c in mechanism_claims(_prose_sentences(doc), "src:phase-parent")}


@pytest.mark.parametrize("text, mechanism, additive, phase", [
    ("MgH2 was ball milled with 5 wt% Nb. The NbH0.9 that appears on cycling acts as a hydrogen pump.",
     "HydrogenPump", "Nb", "NbH0.9"),
    ("Mg particles were covered by a V shell. The V2H phase of the shell speeds up the dissociation of H2.",
     "HydrogenDissociationSites", "V", "V2H"),
    ("Thin Mg films were capped with Pd. Upon loading, PdH0.6 works as a hydrogen pump for the film.",
     "HydrogenPump", "Pd", "PdH0.6"),
    ("MgH2 was milled with 10 wt% Ni. The Mg2Ni alloy acts as a hydrogen pump.", "HydrogenPump", "Ni", "Mg2Ni"),
    ("We prepared MgH2 doped with Ti by milling. The fast uptake is ascribed to TiH2 accelerating the "
     "dissociation of H2 molecules.", "HydrogenDissociationSites", "Ti", "TiH2"),
])
def test_a_phase_of_the_sample_s_additive_is_credited_to_that_additive(text, mechanism, additive, phase):
    assert any(m == mechanism and a == additive and p == phase for m, _, a, p in _claims(text)), _claims(text)


def test_a_material_the_text_adds_of_its_own_stays_its_own_additive():
    # (TiH2 is added as such to the second sample: no phase of the first sample's Ti)
    claims = _claims("MgH2 was ball milled with Ti. Another MgH2 sample was milled with 5 wt% TiH2. "
                     "TiH2 accelerates the dissociation of H2 molecules.")
    assert claims and all(a == "TiH2" and p is None for _, _, a, p in claims), claims


def test_an_oxide_of_the_additive_s_metal_is_no_phase_of_it():
    claims = _claims("MgH2 was ball milled with Ti. TiO2 on the surface accelerates the dissociation of H2 "
                     "molecules.")
    assert all(p is None for _, _, _, p in claims), claims


def _strategies(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.additive, c.strategy, c.in_situ_phase)
            for c in mechanism_claims(_prose_sentences(doc), "src:phase-parent")}


@pytest.mark.parametrize("text, additive, phase", [
    ("LiNH2 was mixed with 3 mol% CsF. CsH and Cs-containing amides appear upon heating and weaken the N-H bonds "
     "of LiNH2.", "CsF", "CsH"),
    ("The Mg(NH2)2-2LiH-0.04KF composite was milled for 12 h. KH formed in the milled sample weakens the N-H "
     "bonds of the amide.", "KF", "KH"),
    ("The Mg(NH2)2-2LiH-0.03RbCl composite was prepared. The RbH found after milling weakens the N-H bonds.",
     "RbCl", "RbH"),
])
def test_an_additive_whose_phase_acts_is_the_host_s_catalyst(text, additive, phase):
    assert ("BondWeakening", additive, "MetalCompoundCatalysis", phase) in _strategies(text), _strategies(text)


def test_an_additive_acting_as_itself_takes_no_catalyst_strategy_from_this_rule():
    claims = _strategies("The Mg(NH2)2-2LiH-0.04KF composite was milled for 12 h. KF weakens the N-H bonds of "
                         "the amide.")
    assert claims and all(s is None and p is None for _, _, s, p in claims), claims


# 'TiHx', 'VH0.81' formed in the sample: the hydrided state of a metal catalyses as the metal does (metal catalysis)
@pytest.mark.parametrize(("text", "additive"), [
    ("MgH2 was milled with Cu@MXene. The in situ formation of TiHx on the MXene surface acts as a hydrogen pump "
     "for MgH2.", "TiHx"),
    ("MgH2 was milled with V. The VH0.81 formed in situ acts as a hydrogen pump for MgH2.", "VH0.81"),
    ("MgH2 was milled with Nb. NbHx formed in situ acts as a hydrogen pump that weakens the Mg–H bonds of MgH2.",
     "NbHx"),
])
def test_a_metal_hydride_of_no_fixed_formula_catalyses_as_its_metal(text, additive):
    doc = parse_document("# A test paper\n\n" + text + "\n")
    claims = [c for c in mechanism_claims(_prose_sentences(doc), "src:phase-parent")
              if additive in (c.additive, c.in_situ_phase)]
    assert claims and all(c.strategy == "MetalCatalysis" for c in claims), claims


def test_a_metal_hydride_of_fixed_formula_added_is_a_compound():
    doc = parse_document("# A test paper\n\nMgH2 was milled with 5 wt% TiH2. TiH2 acts as a hydrogen pump for MgH2.\n")
    claims = [c for c in mechanism_claims(_prose_sentences(doc), "src:phase-parent") if c.additive == "TiH2"]
    assert claims and all(c.strategy != "MetalCatalysis" for c in claims), claims
