"""In-situ formation statements the way authors write them: a phase an additive turns into in the sample
(formed, generated, converted, transformed, reduced, reacted to form …) credited with catalysing, acting as a
catalyst or providing catalytic sites is an in-situ catalytic phase credited to that additive, the phase kept as
``in_situ_phase`` (tests/devset/README.md); the catalytic credit forms that are verbs ('act as catalysts', 'which
catalyse hydrogen desorption'); a family effect said of a list ('the synergistic effect of A and B'). The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.in_situ_phase)
            for c in mechanism_claims(_prose_sentences(doc), "src:in-situ-forms")}


# a phase the sentence says an additive turns into, then credited: the additive, with the phase kept
@pytest.mark.parametrize(("text", "host", "additive", "phase"), [
    ("On milling, VCl3 reacts with MgH2 to give rise to VH2 and MgCl2; the VH2 acts as a catalyst for MgH2.",
     "MgH2", "VCl3", "VH2"),
    ("Upon heating, the Fe2O3 additive is reduced to Fe in MgH2, which catalyses hydrogen release.",
     "MgH2", "Fe2O3", "Fe"),
    ("In the LiAlH4 sample, NiCl2 transformed into Ni during ball milling, and the Ni serves as the real "
     "catalyst.", "LiAlH4", "NiCl2", "Ni"),
    ("The Co additive was converted into Mg2Co on the first hydrogenation of MgH2, offering catalytic sites.",
     "MgH2", "Co", "Mg2Co"),
    ("ZrCl4 reacted with LiBH4 during cycling to form ZrB2, which acts as a catalyst for the dehydrogenation.",
     "LiBH4", "ZrCl4", "ZrB2"),
    # (kinetics credited after a cue to a transition-metal phase formed in a run, named by no label)
    ("MgH2 was ground with 3 mol% Ni for 15 h. The faster kinetics are ascribed to the Mg2Ni formed during milling.",
     "MgH2", "Ni", "Mg2Ni"),
    ("NaAlH4 was doped with TiCl3. The rapid kinetics are owing to the Al3Ti phase formed during cycling.",
     "NaAlH4", "TiCl3", "Al3Ti"),
    ("LiBH4 was doped with CoCl2. The improved dehydrogenation results from the CoB generated upon heating.",
     "LiBH4", "CoCl2", "CoB"),
])
def test_a_phase_an_additive_turns_into_is_its_in_situ_catalytic_phase(text, host, additive, phase):
    claims = _claims(text)
    assert ("InSituCatalyticPhase", host, additive, phase) in claims, claims


def test_a_particular_catalytic_effect_of_such_a_phase_is_also_an_in_situ_phase():
    claims = _claims("The WS2 flakes are converted to MgS and W during the first cycle of MgH2, which act as "
                     "active sites for H2 dissociation.")
    # (the phases credited together are one claim of WS2, kept with W, the phase that holds WS2's metal)
    assert {("HydrogenDissociationSites", "MgH2", "WS2", "W"), ("InSituCatalyticPhase", "MgH2", "WS2", "W")} <= claims
    assert ("InSituCatalyticPhase", "MgH2", "WS2", "MgS") not in claims, claims


@pytest.mark.parametrize("text", [
    # a phase that forms and is credited with nothing
    "During milling, the TiF3 additive reacts with MgH2 to form TiH2 and MgF2, as the XRD patterns show.",
    # a phase that forms and hinders
    "MgO formed from the CuO additive during cycling hinders hydrogen diffusion in MgH2.",
    # a product of the host alone
    "LiBH4 decomposes to form LiH and B, and the catalytic effect of Ni lowers the onset temperature.",
])
def test_a_phase_formed_and_not_credited_with_catalysis_is_no_in_situ_phase(text):
    claims = _claims(text)
    assert not any(m == "InSituCatalyticPhase" or p is not None for m, _, _, p in claims), claims


# the catalytic credit written as a verb phrase, whatever its subject's number, or through 'which'
@pytest.mark.parametrize(("text", "additive"), [
    ("Nb2O5 and TiO2 act as catalysts for the dehydrogenation of MgH2.", "TiO2"),
    ("The CeF3 nanoparticles serve as an efficient catalyst for LiAlH4.", "CeF3"),
    # (the catalyst in its carbon shell is one additive, credited whole as the sample names it: 4 December)
    ("The Ni@C composite was milled with MgH2 for 2 h, and the Ni particles function as catalysts.", "Ni@C"),
    ("The CoS2 additive is dispersed on MgH2, which catalyses hydrogen sorption.", "CoS2"),
])
def test_a_verb_of_catalysis_credits_its_subject(text, additive):
    claims = _claims(text)
    assert any(m in ("CatalyticEffect", "InSituCatalyticPhase") and a == additive for m, _, a, _ in claims), claims


def test_a_catalyst_only_named_is_no_claim():
    claims = _claims("The search for a catalyst for MgH2 that is cheap remains open.")
    assert not claims, claims


@pytest.mark.parametrize(("text", "additives"), [
    ("The fast uptake of MgH2 stems from the synergistic effect of Fe and Nb.", {"Fe", "Nb"}),
    ("LiBH4 benefits from the synergistic effects of TiF3, CeF3 and NbF5.", {"TiF3", "CeF3", "NbF5"}),
    ("The kinetics of MgH2 are improved by the catalytic effect of Nb2O5 and graphene.", {"Nb2O5", "graphene"}),
])
def test_a_family_effect_said_of_a_list_credits_each_material(text, additives):
    claims = _claims(text)
    assert additives <= {a for _, _, a, _ in claims}, claims


@pytest.mark.parametrize("text", [
    "The in-situ formed Mg2Cu and NbH act as hydrogen pumps for MgH2.",
    "The in-situ-generated TiB2 provides heterogeneous nucleation sites in LiBH4.",
    "In Mg(BH4)2, the in-situ formed Ni3B offers hydrogen diffusion channels.",
])
def test_in_situ_with_a_hyphen_is_in_situ(text):
    claims = _claims(text)
    assert any(m == "InSituCatalyticPhase" for m, _, _, _ in claims), claims


# a phase said to form during a run, the milling or the heating, credited with catalysing: an in-situ phase,
# credited to itself where the sentence names no additive it came from, else to that additive
@pytest.mark.parametrize(("text", "additive", "phase"), [
    ("Mg2CoH5 generated during hydrogenation served as a catalyst for the dehydrogenation of MgH2.", "Mg2CoH5",
     None),
    ("The LaH3 produced upon the first dehydrogenation acts as catalysts for MgH2.", "LaH3", None),
    ("The NbH formed from Nb2O5 during ball milling is the active catalyst for MgH2.", "Nb2O5", "NbHx"),
    ("The Li3BO3 formed after milling serves as a catalyst in LiBH4.", "Li3BO3", None),
])
def test_a_phase_formed_during_a_run_or_milling_is_an_in_situ_phase(text, additive, phase):
    claims = _claims(text)
    assert any(m == "InSituCatalyticPhase" and a == additive and p == phase for m, _, a, p in claims), claims


def test_a_phase_formed_during_a_run_and_hindering_is_no_claim():
    claims = _claims("The MgO formed during cycling hinders the diffusion of hydrogen in MgH2.")
    assert not any(m == "InSituCatalyticPhase" for m, _, _, _ in claims), claims


# the part a material plays, said with 'as' or a copula before a family phrase ('acts as the active site', 'is the
# active catalyst'); an additive's turning into a phase said with 'turns into', 'decomposed into'
@pytest.mark.parametrize(("text", "additive", "phase"), [
    ("XRD reveals that TiF3 reacts with LiBH4 to yield TiB2, which acts as the active site for dehydrogenation.",
     "TiF3", "TiB2"),
    ("After the first dehydrogenation of MgH2, the FeB additive turns into Fe2B, which functions as active sites.",
     "FeB", "Fe2B"),
    ("Upon hydrogenation of MgH2, the ZrMn2 additive decomposed into ZrH2 and Mn, which act as catalysts.",
     "ZrMn2", "ZrH2"),
    ("In MgH2, the CeO2 additive changes into CeH2 on milling, and CeH2 is the main active catalyst.", "CeO2",
     "CeH2"),
])
def test_the_part_a_turned_into_phase_plays_is_its_additive_s(text, additive, phase):
    claims = _claims(text)
    assert ("InSituCatalyticPhase", additive, phase) in {(m, a, p) for m, _, a, p in claims}, claims


def test_active_sites_only_named_credit_nothing():
    claims = _claims("The number of active sites on the surface of MgH2 particles remains unknown.")
    assert not claims, claims


# an intermetallic of a hydride's metal named beside that hydride (Mg2Ni beside MgH2) is a phase the hydride forms
# with the additive, not the host
@pytest.mark.parametrize(("text", "additive"), [
    ("Mg2Ni acts as a hydrogen pump for MgH2.", "Mg2Ni"),
    ("In the milled sample, Mg2FeH6 serves as a hydrogen pump for MgH2.", "Mg2FeH6"),
    ("The Mg2Co phase provides hydrogen diffusion channels in MgH2.", "Mg2Co"),
])
def test_a_phase_of_the_host_s_metal_beside_the_host_is_no_host(text, additive):
    claims = _claims(text)
    assert any(h == "MgH2" and a == additive for _, h, a, _ in claims), claims


def test_the_intermetallic_hydride_alone_stays_the_host():
    claims = _claims("In Mg2NiH4, the Cu dopant acts as a hydrogen pump.")
    assert claims and all(h == "Mg2NiH4" for _, h, _, _ in claims), claims


# a phase the sentence says formed in situ, or that an additive turned into, credited with faster kinetics
@pytest.mark.parametrize(("text", "additive"), [
    ("The in situ formed VH2 improves the dehydrogenation kinetics of MgH2.", "VH2"),
    ("During milling, LiBH4 and ZrCl4 reacted to form ZrB2, which enhanced the kinetics.", "ZrCl4"),
    ("The NbH generated upon the first dehydrogenation accelerates the sorption kinetics of MgH2.", "NbHx"),
    ("MgH2 was milled with CoO. The in-situ formed Co species, which serve as abundant catalytic sites, speed up "
     "the reaction.", "CoO"),
])
def test_an_in_situ_phase_credited_with_faster_kinetics(text, additive):
    claims = _claims(text)
    assert any(m == "InSituCatalyticPhase" and a == additive for m, _, a, _ in claims), claims


@pytest.mark.parametrize("text", [
    "Ni improves the kinetics of MgH2.",
    "MgO formed during cycling of MgH2 slows the kinetics.",
])
def test_faster_kinetics_of_no_formed_phase_is_no_in_situ_phase(text):
    claims = _claims(text)
    assert not any(m == "InSituCatalyticPhase" for m, _, _, _ in claims), claims


def test_a_phase_formed_in_one_section_is_not_carried_to_another():
    doc = parse_document("# A review\n\n## 1. Carbides\n\nMgH2 was milled with Ti3C2. The in situ generated TiH2 "
                         "acts as a catalyst for MgH2.\n\n## 2. Hydrides\n\nMgH2 was ball milled for 5 h. The catalytic "
                         "activity of TiH2 lowers the onset temperature of MgH2.\n")
    claims = [c for c in mechanism_claims(_prose_sentences(doc), "src:sections") if c.source.section == "2"]
    assert claims and all(c.additive == "TiH2" for c in claims), claims


# the family phrase as the subject of a cause whose material follows the cue: the material is credited
@pytest.mark.parametrize(("text", "phases"), [
    ("NaAlH4 was milled with 4 mol% CeCl3. The catalytic effect is attributed to in situ formed CeAl4 and NaCl.",
     {"CeCl3", "CeAl4", "NaCl"}),
    ("MgH2 was milled with 5 wt% Nb2O5. The catalytic role can be ascribed to the NbH formed during milling.",
     {"Nb2O5", "NbHx", "NbH"}),
    ("MgH2 was milled with 8 wt% Ni. Its catalytic activity may originate from the in situ generated Mg2Ni.",
     {"Ni", "Mg2Ni"}),
])
def test_a_catalytic_effect_credited_to_an_in_situ_phase_is_that_phase_s(text, phases):
    claims = _claims(text)
    assert any(m == "InSituCatalyticPhase" and (a in phases or p in phases) for m, _, a, p in claims), claims


def test_a_catalytic_effect_credited_to_no_material_is_no_claim():
    claims = _claims("MgH2 was milled with 5 wt% Nb2O5. The catalytic effect is attributed to the high surface area.")
    assert not claims, claims


# a phase formed in a reactive composite with a catalyst is credited to the catalyst it took an element from, not to
# the composite's own hydride partner that gave it another (whatever order the passage named them in since)
@pytest.mark.parametrize(("text", "additive", "phase"), [
    ("The 2LiBH4–MgH2 composite was milled with 5 mol% NbF5. Its onset falls to 300 °C upon NbF5 addition. "
     "The improvement is ascribed to the formation of MgF2 during dehydrogenation, which acts as a nucleation site "
     "for MgB2.", "NbF5", "MgF2"),
    ("The Mg(NH2)2–2LiH composite was doped with 3 mol% ZrCl4. With ZrCl4 the peak moves to 180 °C. The enhancement "
     "is attributed to the formation of LiCl during milling, which acts as a catalyst.", "ZrCl4", "LiCl"),
    ("2NaBH4–MgH2 was milled with 5 wt% TiF3. The TiF3 lowers the activation energy to 130 kJ/mol. The gain is "
     "ascribed to the formation of NaMgF3 during dehydrogenation, which acts as a heterogeneous nucleation site "
     "for MgB2.", "TiF3", "NaMgF3"),
])
def test_a_phase_of_a_catalysed_composite_is_the_catalyst_s(text, additive, phase):
    claims = _claims(text)
    assert any(a == additive and p == phase for _, _, a, p in claims), claims
    assert not any(p == phase and a != additive for _, _, a, p in claims), claims


def test_a_hydride_additive_alone_holding_the_phase_s_element_is_still_its_parent():
    claims = _claims("The Mg(NH2)2–2LiH composite was milled with 10 wt% KH. The in situ formed KMgH3 acts as a "
                     "catalyst for the dehydrogenation.")
    assert ("InSituCatalyticPhase", "Mg(NH2)2", "KH", "KMgH3") in claims, claims
