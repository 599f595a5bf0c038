"""Mechanism claims on text by other authors (issue 10 item 3, claims_s27): a host named in words hosts the sample
a sentence makes, a sentence naming the host beside some parts of its sample speaks of that sample, a result
credited to an additive's being there ('owing to the presence of NbF5') credits what that additive's kind of
strategy stands for, and mechanisms named in words the ontology's labels lacked. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences, extract_text
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms


def _got(text):
    claims = mechanism_claims(_prose_sentences(parse_document(text)), "src:attribution")
    return {(c.mechanism, c.host, c.additive) for c in claims}


# the sample's additive each rule credits: (text, host, additive, mechanism), three wordings or more a rule; the near
# misses, which must not fire, are the tests after this one
_CREDITED = {
    "host named in words": [
    ("Magnesium hydride was ball milled with 10 wt% NiTiO3. The in situ formed Mg2Ni serves as a hydrogen pump.",
     "MgH2", "NiTiO3", "HydrogenPump"),
    ("Sodium alanate was doped with 2 mol% TiCl3. The in situ formed Al3Ti acts as a hydrogen pump.",
     "NaAlH4", "TiCl3", "HydrogenPump"),
    ("Lithium borohydride was milled with 5 wt% NbF5. The in situ formed NbB2 provides heterogeneous nucleation "
     "sites for LiH.", "LiBH4", "NbF5", "NucleationInduction"),
    ],
    "some parts of the sample": [
    ("The 2LiBH4–MgH2 composite was milled with 5 wt% TiCl3. MgH2 destabilises LiBH4 because MgB2 forms on "
     "dehydrogenation. TiB2 formed in situ provides heterogeneous nucleation sites for MgB2.",
     "LiBH4", "TiCl3", "NucleationInduction"),
    ("2LiBH4–MgH2 was doped with 3 mol% NbF5. LiBH4 reacts with MgH2 to form MgB2. NbB2 formed in situ acts as "
     "nucleation sites for MgB2.", "LiBH4", "NbF5", "NucleationInduction"),
    ("The Mg(NH2)2–2LiH system was milled with 3 mol% KH. Mg(NH2)2 reacts with LiH on heating. The in situ formed "
     "K2Mg(NH2)4 acts as a hydrogen pump.", "Mg(NH2)2", "KH", "HydrogenPump"),
    ],
    "presence of an additive": [
    ("LiAlH4 was doped with 3 mol% NbF5. The faster release is owing to the presence of NbF5.",
     "LiAlH4", "NbF5", "CatalyticEffect"),
    ("MgH2 was milled with 5 wt% TiO2. The improvement is mainly attributed to the addition of the catalyst.",
     "MgH2", "TiO2", "CatalyticEffect"),
    ("NaAlH4 was doped with 2 mol% CeCl3. The lower onset temperature can be ascribed to the introduction of CeCl3.",
     "NaAlH4", "CeCl3", "CatalyticEffect"),
    ("LiBH4 was infiltrated into CMK-3. The lower onset is ascribed to the presence of the carbon scaffold.",
     "LiBH4", "CMK-3", "ConfinementEffect"),
    ],
    "class of the host": [
    ("LiAlH4 was milled with 5 mol% TiO2. The doped alanate starts to decompose at 92 °C. The additive plays a "
     "catalytic role.", "LiAlH4", "TiO2", "CatalyticEffect"),
    ("LiAlH4 was milled with 5 mol% TiO2. The catalysed alanate decomposes in two steps. The additive weakens the "
     "Al–H bonds.", "LiAlH4", "TiO2", "BondWeakening"),
    ("LiBH4 was milled with 10 wt% NbF5. The doped complex hydride melts at 270 °C. The additive weakens the B–H "
     "bonds.", "LiBH4", "NbF5", "BondWeakening"),
    ("NaAlH4 was doped with 2 mol% CeCl3. The modified complex hydride starts to decompose at 120 °C. It acts as a "
     "hydrogen pump.", "NaAlH4", "CeCl3", "HydrogenPump"),
    ],
    "product usually added": [
    ("MgH2 was doped with 10 wt% K2TiF6. After desorption, KH, MgF2 and TiH2 were detected. The in situ formed TiH2 "
     "serves as a hydrogen pump.", "MgH2", "K2TiF6", "HydrogenPump"),
    ("MgH2 was milled with 5 wt% NaNbO3. XRD after cycling shows NaH and NbH. The in situ formed NbH acts as a "
     "hydrogen pump.", "MgH2", "NaNbO3", "HydrogenPump"),
    ("LiBH4 was milled with 5 wt% K2ZrF6. KH and ZrB2 appear after the first release. The in situ formed ZrB2 "
     "provides nucleation sites for MgB2.", "LiBH4", "K2ZrF6", "NucleationInduction"),
    ],
    "support by its substance": [
    ("LiBH4 was melt-infiltrated into SBA-15. Li+ moves fast in the LiBH4 layer next to the silica walls. The pore "
     "walls also keep the high-temperature phase of LiBH4 from transforming back on cooling.",
     "LiBH4", "SBA-15", "PhaseStabilization"),
    ("LiBH4 was melt-infiltrated into MCM-41. LiBH4 wets the silica surface. The pore walls stabilise the "
     "high-temperature phase of LiBH4.", "LiBH4", "MCM-41", "PhaseStabilization"),
    ("NaAlH4 was infiltrated into CMK-3. NaAlH4 sits in close contact with the carbon. The walls prevent the "
     "particles from agglomerating.", "NaAlH4", "CMK-3", "AgglomerationSuppression"),
    ],
    "formula in capitals": [
    ("MgH2 was milled with 10 wt% VN. VN weakens the Mg–H bonds at the interface.", "MgH2", "VN", "BondWeakening"),
    ("MgH2 was ball milled with 5 wt% WC. WC acts as a hydrogen pump.", "MgH2", "WC", "HydrogenPump"),
    ("NaAlH4 was doped with 2 mol% VC. VC serves as a gateway for hydrogen.", "NaAlH4", "VC", "ChannelEffect"),
    ],
    "composition named as a phase": [
    ("NaAlH4 was doped with 2 mol% CeCl3. An Al–Ce intermetallic phase is generated during milling; it serves as a "
     "gateway for hydrogen.", "NaAlH4", "CeCl3", "ChannelEffect"),
    ("NaAlH4 was doped with 4 mol% TiCl3. The Ti species sit at the surface as an Al–Ti phase, which serves as a "
     "hydrogen pump.", "NaAlH4", "TiCl3", "HydrogenPump"),
    ("LiAlH4 was milled with 3 mol% NbCl5. An Al–Nb intermetallic forms on heating and acts as a hydrogen pump.",
     "LiAlH4", "NbCl5", "HydrogenPump"),
    ],
}


@pytest.mark.parametrize("text, host, additive, mechanism", [
    pytest.param(*case, id=f"{rule}-{i}") for rule, cases in _CREDITED.items() for i, case in enumerate(cases)])
def test_the_rule_credits_the_samples_additive(text, host, additive, mechanism):
    assert (mechanism, host, additive) in _got(text)


def test_a_compound_named_in_words_that_stores_no_hydrogen_hosts_nothing():
    # (near miss: titanium dioxide is no hydride, so no sample of a host is made and nothing is credited)
    assert _got("Titanium dioxide was milled with 5 wt% Ni. The in situ formed NiTi acts as a hydrogen pump.") == set()


def test_a_sentence_naming_a_part_the_sample_lacks_makes_a_sample_of_its_own():
    # (near miss: CaH2 is no part of the doped composite, so that sentence's sample is not the NbF5-doped one)
    got = _got("2LiBH4–MgH2 was doped with 3 mol% NbF5. LiBH4 was also milled with CaH2. NbB2 formed in situ acts "
               "as nucleation sites for MgB2.")
    assert not any(additive == "NbF5" for _, _, additive in got)


@pytest.mark.parametrize("text", [
    "MgH2 was milled with 5 wt% TiO2. The poor kinetics of bulk MgH2 are due to the presence of a passivating MgO "
    "layer.",
    "MgH2 was milled with 5 wt% TiO2. Bulk MgH2 releases hydrogen slowly owing to the presence of strong Mg–H bonds.",
])
def test_a_presence_that_is_no_additive_of_the_sample_credits_nothing(text):
    assert _got(text) == set()


@pytest.mark.parametrize("text, mechanism", [
    ("the fast conduction is ascribed to interfacial Li-ion conduction", "InterfacialConduction"),
    ("interfacial lithium-ion conduction along the silica walls", "InterfacialConduction"),
    ("the oxide gives interfacial ion conduction", "InterfacialConduction"),
    ("nanoconfinement creates more interfaces where decomposition starts", "InterfaceEffect"),
    ("the composite holds abundant interfaces", "InterfaceEffect"),
    ("the short diffusion distance of Li+ in the small particles", "ReducedDiffusionDistance"),
    ("the hydride particles give short diffusion distances for hydrogen", "ReducedDiffusionDistance"),
    ("the anion disorder assists the Li+ hops", "AnionReorientation"),
    ("the disordered anion sublattice opens paths", "AnionReorientation"),
    ("the interface between LiBH4 and the oxide", "InterfaceEffect"),
    ("defects accumulate at the boundary", "VacancyDefectFormation"),
    ("the accumulation of defects near the walls", "VacancyDefectFormation"),
    ("the confined hydride is kept amorphous by the walls", "Amorphization"),
    ("the melt is kept amorphous inside the pores", "Amorphization"),
    ("the catalyst facilitates the dissociation of Al–H bonds", "BondWeakening"),
    ("the dissociation of B–H bonds is eased by the dopant", "BondWeakening"),
    ("Nb2O5 promotes dissociation of the Mg–H bonds", "BondWeakening"),
])
def test_mechanisms_named_in_words_the_labels_lacked(text, mechanism):
    assert [t for t, _, _ in find_mechanisms(text)] == [mechanism]


@pytest.mark.parametrize("text, found", [
    ("blending in an oxide to build interfaces works well as a design route", []),   # a way of working, no mechanism
    ("the diffusion distance of Li+ was measured", []),                           # a distance, not a short one
    ("the anion was ordered at low temperature", []),
    ("the defects were counted by positron annihilation", []),
    ("the amorphous carbon was used as received", []),
    ("the results show that the hydride stays amorphous", []),                      # seen, not kept so
    ("the Mg–H bond dissociation energy was calculated", []),                     # a quantity, no credited effect
    ("the catalyst facilitates the dissociation of H2 molecules", ["HydrogenDissociationSites"]),
])
def test_near_misses_of_the_new_labels_name_nothing_new(text, found):
    assert [t for t, _, _ in find_mechanisms(text)] == found


def test_a_class_of_additives_the_sample_lacks_still_turns_away_from_it():
    # (near miss: high-entropy alloys are no class of the host, and the sample's TiO2 is none of them)
    got = _got("MgH2 was milled with 5 wt% TiO2. High-entropy alloys bring many metals together. Their benefit "
               "comes from the cocktail effect.")
    assert not any(additive == "TiO2" for _, _, additive in got)


def test_a_hydride_usually_added_is_the_host_where_the_paragraph_names_no_other():
    # (near miss: the paragraph is about KH itself)
    got = _got("KH was milled with 5 wt% TiF3. KH then releases hydrogen at 400 °C. The in situ formed TiH2 serves as "
               "a hydrogen pump.")
    assert ("HydrogenPump", "KH", "TiF3") in got


def test_another_additive_named_after_the_support_is_a_sample_of_its_own():
    # (near miss: TiO2 is no substance of SBA-15)
    got = _got("LiBH4 was melt-infiltrated into SBA-15. LiBH4 was also ball milled with TiO2. The additive stabilises "
               "the high-temperature phase.")
    assert ("PhaseStabilization", "LiBH4", "TiO2") in got


def test_an_acronym_given_no_amount_stays_an_acronym():
    # (near miss: UV is named with no amount, so the sample's Ni is the actor)
    assert _got("MgH2 was milled with 10 wt% Ni. Illumination with UV weakens the Mg–H bonds.") \
        == {("BondWeakening", "MgH2", "Ni")}


@pytest.mark.parametrize("text, host, additive", [
    ("LiBH4 was mixed with 50 wt% Al2O3 to give a conductivity of 0.1 mS cm−1 at 20 °C. The enhancement is "
     "attributed to the interfaces between the two phases.", "LiBH4", "Al2O3"),
    ("LiBH4 was milled with 30 wt% SiO2. The composite conducts Li+ at 0.2 mS cm−1 at 30 °C. The improvement stems "
     "from the interfacial effect of SiO2.", "LiBH4", "SiO2"),
    ("Mg(BH4)2 was mixed with 10 wt% MgO. Its Mg2+ conductivity is 0.01 mS cm−1 at 70 °C. The favourable interfaces "
     "with MgO are responsible for the enhancement.", "Mg(BH4)2", "MgO"),
])
def test_an_interface_credited_in_a_measured_electrolyte_is_interfacial_conduction(text, host, additive):
    got = {(c.mechanism, c.host, c.additive) for c in extract_text(text).mechanisms}
    assert ("InterfacialConduction", host, additive) in got


def test_an_interface_credited_in_a_hydrogen_store_stays_an_interface_effect():
    # (near miss: the sample was measured for hydrogen release, no conductor)
    got = {(c.mechanism, c.host, c.additive) for c in extract_text(
        "MgH2 was milled with 5 wt% Nb2O5. It releases 6 wt% H2 at 300 °C. The improvement is attributed to the "
        "interfacial effect between MgH2 and Nb2O5.").mechanisms}
    assert got == {("InterfaceEffect", "MgH2", "Nb2O5")}


def test_a_composite_written_whole_with_no_phase_noun_stays_a_sample():
    # (near miss: 'the MgH2–Ni composite' is the sample, MgH2 with Ni)
    assert _got("The MgH2–Ni composite was milled for 5 h. The MgH2–Ni composite acts as a hydrogen pump "
                "reservoir.") == {("HydrogenPump", "MgH2", "Ni")}
