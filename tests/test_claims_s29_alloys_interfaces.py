"""Mechanism claims on phrasings of other authors (issue 10, item 3). A phase of a storage alloy's own metals acts in
the alloy the text hydrogenates; forming named by its noun ('the formation of NbH and LiF facilitates …') is a
phase formed in the sample, credited to the additive it came from; an interface of an electrode with the
electrolyte is the cell's, not an interface effect of the electrolyte's additive; a phase formed from one part of
a supported catalyst takes that part's strategy; a word sharing the head noun of a mechanism phrase ('the gateway
and spillover effects') names its mechanism too. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms


def _claims(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase) for c in extract_text(text).mechanisms]


_ALLOY = "An Mg90Ce5Y5 alloy was prepared by induction melting. After activation it took up 5.1 wt% of hydrogen at 300 °C. "


@pytest.mark.parametrize("sentence, mechanism", [
    ("The in situ formed CeH2.7 acts as a hydrogen pump.", "HydrogenPump"),
    ("On hydrogenation the alloy decomposes into MgH2, YH3 and CeH2.7; the CeH2.7 acts as a hydrogen pump.", "HydrogenPump"),
    ("Upon hydrogenation, CeH2.7 precipitates from the alloy and catalyses the dissociation of hydrogen.",
     "HydrogenDissociationSites"),
])
def test_a_phase_of_the_alloys_own_metals_acts_in_the_alloy(sentence, mechanism):
    claims = _claims(_ALLOY + sentence)
    assert (mechanism, "Mg90Ce5Y5", "CeH2.7", "Alloying", None) in claims, claims


def test_a_phase_of_another_metal_is_no_part_of_the_alloy():
    assert _claims(_ALLOY + "The TiH2 formed in situ acts as a hydrogen pump.") == []


def test_a_catalyst_alloy_added_to_a_hydride_stays_its_additive():
    claims = _claims("MgH2 was ball milled with 10 wt% CeNi alloy. The milled composite desorbed 6.0 wt% of hydrogen "
                     "at 280 °C. The in situ formed CeH2.7 acts as a hydrogen pump.")
    assert claims and all(h == "MgH2" and a == "CeNi" for _, h, a, _, _ in claims), claims


@pytest.mark.parametrize("text, additive, phase", [
    ("MgH2 was milled with 10 wt% TiF3. The formation of TiH2 and MgF2 accelerates hydrogen desorption.",
     "TiF3", "TiH2"),
    ("LiAlH4 was ball milled with 5 mol% NbF5. The generation of NbH and LiF promotes hydrogen release from LiAlH4.",
     "NbF5", "NbHx"),
    ("LiAlH4 was ball milled with 5 mol% NbF5. The formation of NbH and LiF facilitates the decomposition of LiAlH4.",
     "NbF5", "NbHx"),
])
def test_forming_named_by_its_noun_is_an_in_situ_phase_of_the_additive(text, additive, phase):
    assert [(m, a, p) for m, _, a, _, p in _claims(text)] == [("InSituCatalyticPhase", additive, phase)]


@pytest.mark.parametrize("text", [
    "LiAlH4 was ball milled with 5 mol% NbF5. The formation of LiH and Al accelerates hydrogen release.",
    "Pure MgH2 was milled for 5 h. The formation of MgO improves the desorption kinetics.",
])
def test_the_hosts_own_products_or_a_phase_of_no_additive_make_no_claim(text):
    assert _claims(text) == []


_ELECTROLYTE = "The LiBH4–LiI solid electrolyte shows a Li+ conductivity of 1e-4 S cm-1 at 300 K. "


@pytest.mark.parametrize("sentence", [
    "The soft LiBH4–LiI electrolyte enables an intimate interface between the cathode and the electrolyte layer.",
    "Owing to favourable interfaces with the lithium metal anode, the LiBH4–LiI electrolyte cycles stably.",
    "The interface with the negative electrode provides conduction paths for the LiBH4–LiI electrolyte.",
])
def test_an_electrodes_interface_with_the_electrolyte_is_no_claim(sentence):
    assert _claims(_ELECTROLYTE + sentence) == []


@pytest.mark.parametrize("sentence", [
    "The interface between LiBH4 and LiI provides fast conduction paths for Li+.",
    "The interface with LiI provides fast conduction paths.",
    "Its interface with LiI offers rapid conduction pathways.",
])
def test_an_interface_with_the_additive_is_interfacial_conduction(sentence):
    assert [(m, h, a) for m, h, a, _, _ in _claims(_ELECTROLYTE + sentence)] == \
        [("InterfacialConduction", "LiBH4", "LiI")]


def test_a_phase_from_the_support_takes_the_supports_strategy():
    claims = _claims("Co single atoms were anchored on Ti3C2 sheets (Co/Ti3C2) and milled with MgH2 at 5 wt%. "
                     "The MgH2–5 wt% Co/Ti3C2 composite starts to release hydrogen at 190 °C. "
                     "The in situ formed metallic Ti accelerates the dehydrogenation kinetics of MgH2.")
    assert ("InSituCatalyticPhase", "MgH2", "Co/Ti3C2", "MetalCompoundCatalysis", "Ti") in claims, claims


def test_a_phase_of_the_supported_catalyst_keeps_the_composites_strategy():
    claims = _claims("Ni nanoparticles on carbon (Ni@C) were milled with MgH2 at 5 wt%. The MgH2–5 wt% Ni@C composite "
                     "starts to release hydrogen at 190 °C. The in situ formed Mg2Ni accelerates the dehydrogenation "
                     "kinetics of MgH2.")
    assert ("InSituCatalyticPhase", "MgH2", "Ni@C", "CompositeCatalysis", "Mg2Ni") in claims, claims


@pytest.mark.parametrize("text, mechanisms", [
    ("both the gateway and spillover effects of the alloy", {"ChannelEffect", "Spillover"}),
    ("the joint “Gateway” and “Spillover” effects lower the onset", {"ChannelEffect", "Spillover"}),
    ("owing to the size and spillover effects", {"SizeEffect", "Spillover"}),
])
def test_a_word_sharing_the_head_noun_names_its_mechanism(text, mechanisms):
    assert {t for t, _, _ in find_mechanisms(text)} == mechanisms


def test_an_adjective_sharing_the_head_noun_names_nothing():
    assert {t for t, _, _ in find_mechanisms("the strong and lasting spillover effects")} == {"Spillover"}


@pytest.mark.parametrize("sentence", [
    "Thanks to the synergistic effect between MgH2 and the Ti3C2 sheets, the electrode keeps a volumetric capacity "
    "of 640 mAh cm-3 after 400 cycles.",
    "The synergy of MgH2 with Ti3C2 gives the anode a volumetric capacity of 980 mAh cm-3 at 1 A g-1.",
    "Because of the synergistic effect of MgH2 and Ti3C2, a volumetric capacity of 710 mA h cm-3 is kept over 300 "
    "cycles.",
])
def test_a_synergy_in_a_sentence_of_electrode_charge_is_no_catalysis(sentence):
    claims = _claims("MgH2 nanoparticles were grown on Ti3C2 sheets as a lithium-ion battery anode. " + sentence)
    assert not any(m == "CatalyticEffect" for m, *_ in claims), claims


def test_a_synergy_in_a_sentence_of_hydrogen_release_is_still_catalysis():
    claims = _claims("MgH2 was milled with 5 wt% Ti3C2. Owing to the synergistic effect between MgH2 and Ti3C2, "
                     "the composite releases 6.2 wt% of hydrogen within 10 min at 300 °C.")
    assert any(m == "CatalyticEffect" and a == "Ti3C2" for m, _, a, _, _ in claims), claims


@pytest.mark.parametrize("text, additive, phase", [
    ("LiBH4 and MgH2 were milled with 5 wt% Ti3C2 MXene. The onset of hydrogen release fell to 300 °C. After cycling, "
     "Ti3C2 partly converts into finely dispersed nano-TiB2. Such nano-TiB2 could act as an active catalyst that "
     "improves the kinetics of the composite.", "Ti3C2", "TiB2"),
    ("MgH2 was milled with 7 wt% CeO2. Its onset of hydrogen release was 240 °C. During the first hydrogenation CeO2 "
     "is reduced to CeH2.73. The CeH2.73 provides active sites for hydrogen dissociation.", "CeO2", "CeH2.73"),
    ("NaAlH4 was doped with 4 mol% TiCl3 by milling. The doped alanate released 4.1 wt% of hydrogen at 150 °C. "
     "Upon milling, TiCl3 transforms into Al3Ti. Al3Ti serves as an active catalyst for the decomposition.",
     "TiCl3", "Al3Ti"),
])
def test_a_phase_an_earlier_sentence_formed_from_the_additive_is_its_in_situ_phase(text, additive, phase):
    claims = _claims(text)
    assert claims and all(a == additive and p == phase for _, _, a, _, p in claims), claims


def test_a_phase_no_sentence_formed_from_the_additive_stays_as_credited():
    claims = _claims("MgH2 was milled with 7 wt% CeO2. Its onset of hydrogen release was 240 °C. The sample holds "
                     "CeH2.73 and MgO after cycling. The CeH2.73 provides active sites for hydrogen dissociation.")
    assert claims and all(a == "CeH2.73" and p is None for _, _, a, _, p in claims), claims


@pytest.mark.parametrize("text", [
    "LiBH4 conducts 1e-3 S cm-1 at 393 K. As LiBH4 oxidises at the TiS2 surface, Li2B12H12 precipitates between the "
    "two phases and can act as a stable interface that keeps the cell cycling.",
    "LiBH4 conducts 1e-3 S cm-1 at 393 K. Partial oxidation of LiBH4 leaves Li2B12H12 at grain boundaries, where it "
    "provides interfacial conduction.",
    "LiBH4 conducts 1e-3 S cm-1 at 393 K. Oxidised LiBH4 leaves Li2B12H12 at grain boundaries, and this Li2B12H12 "
    "forms interfaces that promote ion conduction.",
])
def test_a_phase_of_the_hosts_own_elements_is_no_additive(text):
    assert not any(a == "Li2B12H12" for _, _, a, _, _ in _claims(text)), _claims(text)


def test_a_phase_of_the_hosts_own_elements_that_was_added_stays_its_additive():
    claims = _claims("LiCB11H12 was ball milled with 20 mol% Li2B12H12. The mixture conducts 2e-3 S cm-1 at 300 K. "
                     "The added Li2B12H12 stabilizes the disordered high-temperature phase.")
    assert any(a == "Li2B12H12" for _, _, a, _, _ in claims), claims


_TWO_ADDITIVES = "MgH2 was milled with 5 wt% Ni and 5 wt% CeO2. The composite released 6 wt% of hydrogen at 280 °C. "


@pytest.mark.parametrize("sentence", [
    "The Ni acts as a hydrogen pump, and CeO2 provides additional nucleation sites for the MgH2 phase.",
    "Ni serves as a hydrogen pump, and the CeO2 offers many nucleation sites for MgH2.",
    "The Ni works as a hydrogen pump, and CeO2 readily supplies nucleation sites to the Mg phase.",
])
def test_a_clause_joined_by_and_with_its_own_material_subject_credits_that_material(sentence):
    claims = {(m, a) for m, _, a, _, _ in _claims(_TWO_ADDITIVES + sentence)}
    assert ("HydrogenPump", "Ni") in claims and ("NucleationInduction", "CeO2") in claims, claims
    assert ("NucleationInduction", "Ni") not in claims, claims


def test_a_second_verb_of_the_same_subject_credits_the_subject():
    claims = {(m, a) for m, _, a, _, _ in _claims(
        _TWO_ADDITIVES + "The CeO2 acts as a hydrogen pump, and provides additional nucleation sites for MgH2.")}
    assert ("NucleationInduction", "CeO2") in claims, claims


@pytest.mark.parametrize("text, additive", [
    ("This work reports the catalytic effect of LiH doped nanocrystalline Nb2O5 (designated as LiNbOxH) on the "
     "hydrogen storage of MgH2. The addition of 5 wt% LiNbOxH powder into MgH2 lowers its operating temperature "
     "to 200 °C.", "LiNbOxH"),
    ("We show the catalytic effect of KH doped TiO2 on MgH2. MgH2 with 5 wt% of the doped oxide releases hydrogen "
     "from 210 °C.", "TiO2"),
    ("Here the catalytic activity of Li-doped Nb2O5 (named LiNbO) on MgH2 is shown. MgH2 with 5 wt% LiNbO "
     "releases hydrogen from 205 °C.", "LiNbO"),
])
def test_the_doped_material_and_its_given_name_are_credited_not_the_dopant(text, additive):
    claims = _claims(text)
    assert [(m, a) for m, _, a, _, _ in claims] == [("CatalyticEffect", additive)], claims


def test_a_material_named_beside_another_is_no_dopant():
    claims = _claims("We show the catalytic effect of KH and TiO2 on MgH2. MgH2 with 5 wt% KH and 5 wt% TiO2 "
                     "releases hydrogen from 210 °C.")
    assert any(a == "KH" for _, _, a, _, _ in claims), claims


_BODY = ("MgH2 was milled with 5 wt% CoNi@C. The composite released 6.0 wt% of hydrogen at 275 °C. "
         "The CoNi@C acts as a hydrogen pump for MgH2.")


@pytest.mark.parametrize("title", [
    "Catalytic effect of carbon-coated CoNi nanoparticles (CoNi@C) on the hydrogen storage of MgH2",
    "The catalytic role of CoNi@C in the dehydrogenation of MgH2",
    "CoNi@C shows a strong catalytic effect on MgH2",
])
def test_a_broad_title_claim_gives_way_to_the_bodys_narrower_one(title):
    claims = [(m, a) for m, _, a, _, _ in _claims(f"# {title}\n\n{_BODY}")]
    assert ("HydrogenPump", "CoNi@C") in claims and ("CatalyticEffect", "CoNi@C") not in claims, claims


def test_a_broad_title_claim_stays_where_the_body_credits_another_additive():
    claims = [(m, a) for m, _, a, _, _ in _claims(
        "# CoNi@C shows a strong catalytic effect on MgH2\n\nMgH2 was milled with 5 wt% CoNi@C or 5 wt% Nb2O5. "
        "The Nb2O5 sample released 6.0 wt% of hydrogen at 275 °C. The Nb2O5 acts as a hydrogen pump for MgH2.")]
    assert ("CatalyticEffect", "CoNi@C") in claims, claims


_FINDING = (" MgH2 with 5 wt% of it released 6.1 wt% of hydrogen at 280 °C. The Nb2O5 provides dissociation sites for "
            "hydrogen on the MgH2 surface.")


@pytest.mark.parametrize("opening", [
    "This paper presents the catalytic effect of Nb2O5 on MgH2.",
    "In the present work, a Nb2O5 catalyst was prepared to catalyze hydrogen desorption from MgH2.",
    "Herein, we study the catalytic role of Nb2O5 in MgH2.",
])
def test_an_announced_topic_gives_way_to_the_narrower_finding(opening):
    claims = [(m, a) for m, _, a, _, _ in _claims(opening + _FINDING)]
    assert ("HydrogenDissociationSites", "Nb2O5") in claims and ("CatalyticEffect", "Nb2O5") not in claims, claims


def test_a_broad_finding_not_announcing_the_topic_stays():
    claims = [(m, a) for m, _, a, _, _ in _claims("The Nb2O5 shows a strong catalytic effect on MgH2." + _FINDING)]
    assert ("CatalyticEffect", "Nb2O5") in claims, claims


@pytest.mark.parametrize("phrase", [
    "LiNbO3 species formed in-situ during milling.",
    "LiNbO3 species generated in-situ during synthesis.",
    "LiNbO3 species created in-situ while milling.",
])
def test_a_hyphenated_in_situ_reads_as_the_label(phrase):
    assert [t for t, _, _ in find_mechanisms(phrase)] == ["InSituCatalyticPhase"]


def test_an_in_situ_measurement_names_no_mechanism():
    assert find_mechanisms("In-situ XRD shows LiNbO3 in the milled sample.") == []
