"""Mechanism claims: who is credited (session 39, issue 10 items 3 and 7). A consequence that names two hosts one by
one ('lowers the activation energies of MgH2 and LiBH4 to … and …, respectively') credits the mechanism in each host;
a material that opens an absolute clause (', with V weakening the Mg–H bonds') is the actor of its participle, not the
sentence's subject nor an alloy the sentence names. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str, title: str = "A test paper") -> set[tuple[str, str | None, str | None]]:
    doc = parse_document(f"# {title}\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:claims9")}


# -- two hosts named one by one after the credited mechanism, 'respectively'
@pytest.mark.parametrize("text, mechanism, additive, hosts", [
    ("LiAlH4 and NaAlH4 were each milled with 5 mol% TiCl3. The TiCl3 weakens the Al–H bonds and cuts the onset "
     "temperatures of LiAlH4 and NaAlH4 by 60 and 45 °C, respectively.", "BondWeakening", "TiCl3",
     ("LiAlH4", "NaAlH4")),
    ("Nb2O5 was added to MgH2 and LiBH4. Through electron transfer, the Nb2O5 reduces the activation energies of the "
     "MgH2 and the LiBH4 to 80.5 and 120.2 kJ/mol, respectively.", "ElectronTransfer", "Nb2O5", ("MgH2", "LiBH4")),
    ("Both hydrides were ball milled with a Ti-based additive. Interfaces between the Ti species favour electron "
     "transfer, bringing the desorption temperatures of MgH2 and Mg(BH4)2 down to 251.5 and 270.4 °C, respectively.",
     "ElectronTransfer", "Ti", ("MgH2", "Mg(BH4)2")),
])
def test_each_host_named_respectively_is_credited(text, mechanism, additive, hosts):
    found = _claims(text)
    for host in hosts:
        assert (mechanism, host, additive) in found, (host, found)


def test_hosts_named_before_the_mechanism_are_not_its_consequence():
    # near miss: the two hosts' values come before the credit, which is said of one host only
    found = _claims("MgH2 and LiBH4 were milled with Ni. The onset temperatures of MgH2 and LiBH4 are 300 and 400 °C, "
                    "respectively, while Ni weakens the Mg–H bond.")
    assert ("BondWeakening", "MgH2", "Ni") in found, found
    assert not any(c[1] == "LiBH4" for c in found), found


def test_a_reaction_of_two_hydrides_names_no_second_host():
    # near miss: 'of MgH2 and LiBH4' with no values given one by one
    found = _claims("MgH2 was milled with Ni. Ni weakens the Mg–H bond in the reaction of MgH2 and LiBH4.")
    assert not any(c[1] == "LiBH4" for c in found), found


# -- the material of an absolute clause acts on its own
@pytest.mark.parametrize("text, mechanism, additive, not_additive", [
    ("MgH2 was milled with Nb and V. The Nb/V sites speed up electron transfer, with V weakening the Mg–H bonds "
     "and Nb easing the too strong H binding of V.", "BondWeakening", "V", "Nb/V"),
    ("LiBH4 was milled with TiF3 and CeO2. The CeO2 gives fast desorption, with the TiF3 acting as an electron "
     "transfer mediator.", "ElectronTransfer", "TiF3", "CeO2"),
    ("MgH2 was ball milled with Fe and graphene. The graphene keeps the particles apart, with Fe serving as a "
     "hydrogen pump.", "HydrogenPump", "Fe", "graphene"),
])
def test_the_material_of_an_absolute_clause_is_credited(text, mechanism, additive, not_additive):
    found = _claims(text)
    assert (mechanism, "MgH2" if "MgH2" in text else "LiBH4", additive) in found, found
    assert not any(c[0] == mechanism and c[2] == not_additive for c in found), found


def test_a_with_phrase_naming_no_action_leaves_the_subject():
    # near miss: 'with Fe particles dispersed on it' is no participle of acting: the subject weakens the bond
    found = _claims("MgH2 was milled with Fe and TiO2. TiO2 weakens the Mg–H bond, with Fe particles dispersed on its "
                    "surface.")
    assert ("BondWeakening", "MgH2", "TiO2") in found, found
    assert not any(c[2] == "Fe" for c in found), found


def test_each_metal_of_a_division_of_labour_keeps_its_own_credit_and_the_alloys_strategy():
    # ', with Co weakening … and Ni serving as …': each metal its own actor; the sample's alloy gives the strategy
    found = {(c[0], c[2]) for c in _claims("MgH2 was ball milled with 10 wt% CoNi. Hydrogen uptake is fast, with Co "
                                           "weakening the Mg–H bonds and Ni serving as a hydrogen pump.")}
    assert {("BondWeakening", "Co"), ("HydrogenPump", "Ni")} <= found, found
    doc = parse_document("# A test paper\n\nMgH2 was ball milled with 10 wt% CoNi. Hydrogen uptake is fast, with Co "
                         "weakening the Mg–H bonds.\n")
    assert {c.strategy for c in mechanism_claims(_prose_sentences(doc), "src:claims9")} == {"MultiMetalCatalysis"}


def test_a_metal_as_the_plain_subject_still_stands_for_the_samples_alloy():
    # near miss: no absolute clause — the bare metal is the sample's alloy, as before
    found = _claims("MgH2 was ball milled with 10 wt% CoNi. Co weakens the Mg–H bonds.")
    assert ("BondWeakening", "MgH2", "CoNi") in found, found


# -- a strategy named as a cause coordinated with the mechanism ('… and size reduction') is that cause's
@pytest.mark.parametrize("text, mechanism, strategy, not_strategy", [
    ("LiBH4 was melt-infiltrated into SBA-15 silica. The conductivity of 0.1 mS/cm at 40 °C was ascribed to "
     "interfacial effects and size reduction.", "InterfacialConduction", "Nanoconfinement", "Nanosizing"),
    ("LiBH4 was melt-infiltrated into MCM-41 silica. The Li+ conductivity of the composite is raised by interface "
     "effects and by nanosizing.", "InterfacialConduction", "Nanoconfinement", "Nanosizing"),
    ("Mg–Ti multilayer films were sputtered, where Ti catalysis and strain at the coherent interfaces lowered the "
     "onset temperature to 90 °C.", "LatticeDistortion", "ThinFilmStructuring", "MetalCatalysis"),
])
def test_a_coordinated_cause_keeps_its_strategy_to_itself(text, mechanism, strategy, not_strategy):
    doc = parse_document("# A test paper\n\n" + text + "\n")
    found = {(c.mechanism, c.strategy) for c in mechanism_claims(_prose_sentences(doc), "src:claims9")}
    assert (mechanism, strategy) in found, found
    assert (mechanism, not_strategy) not in found, found


def test_a_strategy_the_phrase_is_said_of_stays():
    # near miss: the strategy is the subject acting, not a cause listed beside the phrase
    doc = parse_document("# A test paper\n\nLiBH4 was ball milled to nanosized particles and mixed with SiO2. "
                         "Nanosizing raises the interfacial conduction of LiBH4.\n")
    found = {(c.mechanism, c.strategy) for c in mechanism_claims(_prose_sentences(doc), "src:claims9")}
    assert ("InterfacialConduction", "Nanosizing") in found, found


# -- a phase said to form (present tense) during a run or milling and to act is the in-situ catalytic phase
@pytest.mark.parametrize("text, additive", [
    ("NaAlH4 was milled with 4 mol% CeCl3. The Al3Ce phase that forms during milling acts as the active catalyst.",
     "CeCl3"),
    ("MgH2 was milled with 5 wt% TiF3. The TiH2 that forms during milling acts as the active catalyst.", "TiF3"),
    ("MgH2 was milled with 5 wt% VCl3. The VH0.81 that forms during hydrogenation acts as the active catalyst.",
     "VCl3"),
])
def test_a_phase_that_forms_during_a_run_and_catalyses_is_in_situ(text, additive):
    found = _claims(text)
    assert any(c[0] == "InSituCatalyticPhase" and c[2] == additive for c in found), found


def test_a_product_formed_in_another_clause_leaves_the_catalyst_its_own_effect():
    # near miss: the phase forms in a clause of its own, after a semicolon; Ni's catalysis is no in-situ phase
    for verb in ("forms", "was formed"):
        found = _claims(f"MgH2 was milled with 10 wt% Ni. Ni acts as a catalyst; MgO {verb} during milling.")
        assert ("CatalyticEffect", "MgH2", "Ni") in found, found
        assert not any(c[0] == "InSituCatalyticPhase" for c in found), found


# -- 'A, along with B, …', 'A together with B …', 'A as well as B …': both act
@pytest.mark.parametrize("text, mechanism, additives", [
    ("MgH2 was milled with TiO2 and graphene. TiO2, along with graphene, buffers the volume change of MgH2.",
     "VolumeBuffering", {"TiO2", "graphene"}),
    ("MgH2 was milled with TiO2 and graphene. TiO2 together with graphene buffers the volume change of MgH2.",
     "VolumeBuffering", {"TiO2", "graphene"}),
    ("LiAlH4 was milled with NiO and CNTs. NiO as well as the CNTs shorten the hydrogen diffusion paths.",
     "ReducedDiffusionDistance", {"NiO", "carbon nanotube"}),
])
def test_materials_acting_together_are_each_credited(text, mechanism, additives):
    found = {c[2] for c in _claims(text) if c[0] == mechanism}
    assert additives <= found, found


def test_a_material_set_against_another_is_not_credited():
    # near miss: 'unlike graphene' sets graphene apart
    found = _claims("MgH2 was milled with TiO2 and graphene. TiO2, unlike graphene, buffers the volume change of MgH2.")
    assert ("VolumeBuffering", "MgH2", "TiO2") in found and not any(c[2] == "graphene" for c in found), found


# -- what a catalyst the host sits on ('MgH2@Ti2CClx') does to the host is its catalysis, not the '@' confinement
@pytest.mark.parametrize("text, mechanism, additive", [
    ("MgH2 nanoparticles were grown on Ti2CClx sheets to give MgH2@Ti2CClx. The Ti2CClx promotes charge transfer at "
     "the interface, which weakens the Mg–H bond.", "BondWeakening", "Ti2C"),
    ("MgH2 was loaded on Ti3C2 to give MgH2@Ti3C2. The MXene weakens the Mg–H bond.", "BondWeakening", "Ti3C2"),
    ("MgH2 was anchored on Nb2C layers (MgH2@Nb2C). Electron transfer from the Nb2C to H lowers the desorption "
     "barrier.", "ElectronTransfer", "Nb2C"),
])
def test_a_catalyst_under_the_host_acts_by_its_catalysis(text, mechanism, additive):
    doc = parse_document("# A test paper\n\n" + text + "\n")
    found = {(c.mechanism, c.additive, c.strategy) for c in mechanism_claims(_prose_sentences(doc), "src:claims9")}
    assert (mechanism, additive, "MetalCompoundCatalysis") in found, found


@pytest.mark.parametrize("text", [
    "LiBH4 was confined in CMK-3 to give LiBH4@CMK-3. The CMK-3 weakens the B–H bonds.",
    "LiBH4 was confined in Ti3C2 layers (LiBH4@Ti3C2). The confinement by the Ti3C2 layers keeps the particles small.",
    "LiBH4 was confined in SiO2 to give LiBH4@SiO2. The SiO2 speeds up anion migration along grain boundaries.",
])
def test_a_scaffold_or_a_named_confinement_stays_confinement(text):
    # near misses: a carbon or silica scaffold is no catalyst; a confinement the sentence names is the claim's strategy
    doc = parse_document("# A test paper\n\n" + text + "\n")
    assert {c.strategy for c in mechanism_claims(_prose_sentences(doc), "src:claims9")} == {"Nanoconfinement"}
