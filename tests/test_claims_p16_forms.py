"""Mechanism claims in forms a fourth round of real abstracts used (P16a's causes): a distorted lattice, a
secondary phase that is a fast path for hydrogen, bonds to a metal destabilized, and a metal written in its
zero oxidation state ('Co0'). The phrases are labels of their mechanisms in ontology/modifications.ttl; the
sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from tests.test_claims2_phrasings import _claims


@pytest.mark.parametrize("text, claim", [
    # a strained host lattice
    ("The Mg2Si matrix induces distortion of the Mg2FeH6 lattice and lowers its decomposition enthalpy.",
     ("LatticeDistortion", "Mg2FeH6", "Mg2Si")),
    ("In the NaAlH4–ScCl3 sample, dissolved Sc leads to a distorted lattice of the hydride, which releases hydrogen at "
     "140 °C.", ("LatticeDistortion", "NaAlH4", "ScCl3")),
    ("The added LaNi5 distorts the lattice of Mg2NiH4, so that its desorption starts 30 °C earlier.",
     ("LatticeDistortion", "Mg2NiH4", "LaNi5")),
    # a phase that carries hydrogen quickly through the sample
    ("The ZrNi phase formed with MgH2 acts as a fast diffusion path for hydrogen atoms.",
     ("ChannelEffect", "MgH2", "ZrNi")),
    ("In the MgH2–VTi composite, the bcc VTi lamellae provide rapid diffusion pathways for hydrogen.",
     ("ChannelEffect", "MgH2", "VTi")),
    ("Dispersed along the boundaries of MgH2, the CrNi precipitates serve as rapid diffusion paths.",
     ("ChannelEffect", "MgH2", "CrNi")),
    # bonds to a metal loosened
    ("DFT shows that Nb2O5 destabilizes the metal-H bonds of MgH2 near the interface.",
     ("BondWeakening", "MgH2", "Nb2O5")),
    ("Calculations reveal that the CeF3 surface destabilizes Al-H bonds in NaAlH4.",
     ("BondWeakening", "NaAlH4", "CeF3")),
    ("Adsorbed on TiC, LiBH4 has weakened metal-H bonds and loses hydrogen at 290 °C.",
     ("BondWeakening", "LiBH4", "TiC")),
    # a phase through which hydrogen leaves the hydride: the 'gateway' of some papers
    ("Tiny V crystals spread through the MgH2 composite worked as the gateway for hydrogen leaving it.",
     ("ChannelEffect", "MgH2", "V")),
    ("The MgH2 milled with Nb released hydrogen fast; the Nb particles worked as a hydrogen gateway.",
     ("ChannelEffect", "MgH2", "Nb")),
    ("In the NaAlH4–Ti sample, the Ti clusters act as a gateway for hydrogen from the alanate.",
     ("ChannelEffect", "NaAlH4", "Ti")),
])
def test_p16_wordings_credit_their_mechanism(text, claim):
    claims = _claims(text)
    assert claim in claims, claims


@pytest.mark.parametrize("text", [
    # a short path is the reduced diffusion distance, not a channel of its own
    "The nanosized MgH2 offers shorter diffusion paths for hydrogen and desorbs at 280 °C.",
    # a strain measured is no distortion credited
    "The lattice parameter of MgH2 was refined to 4.52 Å after milling with 5 wt% Ni.",
])
def test_near_misses_credit_no_channel_or_distortion(text):
    assert not {m for m, _, _ in _claims(text)} & {"ChannelEffect", "LatticeDistortion"}, _claims(text)


@pytest.mark.parametrize("text, additive", [
    ("MgH2 was milled with a NiCu-600 catalyst. The Ni0 species facilitate electron transfer between Mg and H.",
     "Ni"),
    ("After milling MgH2 with FeTiO3, metallic Fe0 mediates electron transfer during dehydrogenation.", "Fe"),
    ("MgH2 was milled with a ZIF-67 derived powder. The Co0 acts as an electron transfer intermediate.", "Co"),
])
def test_a_metal_in_its_zero_oxidation_state_is_that_metal(text, additive):
    assert ("ElectronTransfer", "MgH2", additive) in _claims(text), _claims(text)


def test_a_zero_after_a_non_metal_is_no_material():
    # 'C0' is an initial concentration, not carbon
    assert not any(a == "C" for _, _, a in _claims(
        "At C0 = 2 M, the FeCl3 catalyst mediates electron transfer in the MgH2 sample."))


@pytest.mark.parametrize("text, actor, compared", [
    ("MgH2 was milled with BaTiO3. Hence, like anatase TiO2 films, BaTiO3 shows a strong catalytic effect on the "
     "desorption of MgH2.", "BaTiO3", "TiO2"),
    ("Like Nb2O5, the added CaNb2O6 exerts a catalytic effect on the hydrogen release of MgH2.", "CaNb2O6", "Nb2O5"),
    ("NaAlH4 was doped with CeCl3. Similarly, just like TiCl3 catalysts, CeCl3 plays a catalytic role in NaAlH4.",
     "CeCl3", "TiCl3"),
])
def test_a_material_the_subject_is_likened_to_is_no_actor(text, actor, compared):
    additives = {a for _, _, a in _claims(text)}
    assert actor in additives and compared not in additives, _claims(text)


def test_examples_named_with_like_still_act():
    # 'like' inside a noun phrase names examples of the additives, which are credited
    assert ("CatalyticEffect", "MgH2", "V2O5") in _claims(
        "Oxide catalysts like V2O5 show a catalytic effect on the dehydrogenation of MgH2.")


@pytest.mark.parametrize("text, host, partner", [
    ("Ca(BH4)2/Si composites were ball milled. The results showed that Ca(BH4)2 reacts with Si to give CaSi2 and "
     "CaB6, which leads to enhanced dehydrogenation.", "Ca(BH4)2", "Si"),
    ("We milled NaBH4 with Al in a 2:1 ratio. On heating, NaBH4 reacted with Al to form AlB2 and NaAl phases, "
     "resulting in improved dehydrogenation kinetics.", "NaBH4", "Al"),
    ("2LiBH4–Mg mixtures were prepared. It was found that LiBH4 can react with Mg to form MgB2 and LiH, resulting in "
     "accelerated hydrogen release.", "LiBH4", "Mg"),
])
def test_phases_the_host_forms_with_its_reactive_partner_destabilize_the_reactant(text, host, partner):
    claims = _claims(text)
    assert ("ReactantDestabilization", host, partner) in claims, claims
    assert not any(m == "InSituCatalyticPhase" for m, _, _ in claims), claims


def test_a_catalyst_that_turns_into_phases_stays_an_in_situ_catalytic_phase():
    # a transition-metal catalyst's products do the catalysing: no reactive partner
    claims = _claims("LiBH4 was milled with 5 wt% NiCl2. NiCl2 reacted with LiBH4 to form Ni2B, resulting in "
                     "improved dehydrogenation kinetics.")
    assert ("InSituCatalyticPhase", "LiBH4", "NiCl2") in claims, claims


@pytest.mark.parametrize("text", [
    "NbH/Nb2O5 particles were milled into MgH2. The hydrogen spilling effect at the interface between the "
    "niobium hydride and oxide plays a catalytic role in the release of MgH2.",
    "MgH2 was milled with TiH2 and TiO2. Owing to the intimate contact, the synergy effect at the interfaces between "
    "TiH2 and TiO2 plays a strong catalytic role in MgH2.",
    "In the NaAlH4–CeH2/CeO2 sample, the effect at the phase boundaries of the two cerium compounds exerts an "
    "efficient catalytic role in the desorption of NaAlH4.",
])
def test_an_effect_at_an_interface_is_the_interface_effect_not_a_second_catalysis(text):
    mechanisms = {m for m, _, _ in _claims(text)}
    assert "InterfaceEffect" in mechanisms and "CatalyticEffect" not in mechanisms, _claims(text)


def test_a_catalytic_role_said_of_a_material_stays_a_claim_beside_an_interface():
    # the family's subject is a material, not the interface effect: both are claims
    mechanisms = {m for m, _, _ in _claims(
        "The VO2 particles play a catalytic role, while the interfacial effects between MgH2 and VO2 ease diffusion.")}
    assert "CatalyticEffect" in mechanisms, mechanisms


def _found(text: str) -> list:
    return mechanism_claims(_prose_sentences(parse_document("# A test paper\n\n" + text + "\n")), "src:p16")


def _phases(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(c.mechanism, c.host, c.additive, c.in_situ_phase) for c in _found(text)}


@pytest.mark.parametrize("text, claims", [
    # phases said to form during the reaction, owed the kinetics of one catalyst's sample
    ("The MgH2-5 wt% TMSs composites were milled. NiS, CoS and FeS all improve the kinetics of MgH2. The formation of "
     "MgS and Mg2NiH4 phases during the reaction is responsible for the sorption kinetics of MgH2-NiS.",
     {("InSituCatalyticPhase", "MgH2", "NiS", "Mg2NiH4")}),
    # a series' catalysts each credited with the metal it turned into
    ("MgH2 was milled with 5 wt% of CrN or NbN. Fe2N, CrN and NbN speed up the kinetics of MgH2. The good catalytic "
     "effects of the CrN and NbN can be ascribed to the in-situ formation of Mg3N2, Cr and Nb.",
     {("InSituCatalyticPhase", "MgH2", "CrN", "Cr"), ("InSituCatalyticPhase", "MgH2", "NbN", "Nb")}),
    ("We compared NiSe2 and CoSe2 as additives for MgH2. The formation of MgSe and Mg2Ni during ball milling is "
     "responsible for the dehydrogenation kinetics of MgH2–NiSe2.",
     {("InSituCatalyticPhase", "MgH2", "NiSe2", "Mg2Ni")}),
])
def test_phases_formed_are_credited_catalyst_by_catalyst(text, claims):
    found = _phases(text)
    assert claims <= found, found


def test_kinetics_a_formed_phase_is_responsible_for_being_slow_credit_nothing():
    assert not _phases("MgH2 was milled with NiO. The formation of MgO during the reaction is responsible for the "
                       "slow kinetics of MgH2-NiO.")


@pytest.mark.parametrize("text, claim", [
    ("NH3BH3 was milled with Li2NH. Li2NH speeds up the decomposition of NH3BH3 by forming an intermediate compound.",
     ("ReactantDestabilization", "NH3BH3", "Li2NH")),
    ("LiBH4 was ball milled with CaH2. The CaH2 lowers the onset of LiBH4 through the formation of an intermediate "
     "compound.", ("ReactantDestabilization", "LiBH4", "CaH2")),
    ("NH3BH3 was mixed with KH. The KH eases the hydrogen release of NH3BH3 via an intermediate compound that reacts "
     "below 80 °C.", ("ReactantDestabilization", "NH3BH3", "KH")),
])
def test_an_intermediate_compound_formed_with_the_host_destabilizes_it(text, claim):
    assert claim in _claims(text), _claims(text)


def test_an_intermediate_compound_not_detected_credits_nothing():
    assert not _claims("NH3BH3 was milled with TiO2. An intermediate compound was not detected by NMR.")


@pytest.mark.parametrize("text, additive, phase", [
    ("MgH2 was milled with 8 wt% Ni3S2. The newly formed MgS and Ni present a co-catalytic effect on the sorption of "
     "MgH2.", "Ni3S2", "Ni"),
    ("MgH2 was milled with 6 wt% CoB. The in situ formed MgB2 and Co provide a synergistic effect on the release of "
     "hydrogen from MgH2.", "CoB", "Co"),
    ("NaAlH4 was ball milled with 4 mol% TiF3. The Al3Ti and NaF generated during milling show a synergetic effect "
     "on the decomposition of NaAlH4.", "TiF3", "Al3Ti"),
])
def test_phases_formed_from_one_additive_acting_together_are_its_in_situ_phase(text, additive, phase):
    found = _phases(text)
    assert any(m == "InSituCatalyticPhase" and a == additive and p == phase for m, _, a, p in found), found
    assert not any(m == "CocktailEffect" for m, _, _, _ in found), found


def test_two_catalysts_added_acting_together_stay_a_cocktail():
    assert any(m == "CocktailEffect" for m, _, _, _ in _phases(
        "MgH2 was milled with CeO2 and NbF5. The CeO2 and NbF5 present a co-catalytic effect on the sorption of MgH2."))



def test_a_gateway_of_an_apparatus_is_no_mechanism():
    # near miss: the word names a part of the set-up, no hydrogen path
    assert not [c for c in _claims("The gateway of the furnace was opened after heating the MgH2 sample.")
                if c[0] == "ChannelEffect"]


# an effect the verb denies or calls weak, coordinated before the one it credits: 'has little influence on A but a
# strong catalytic effect on B' credits the catalytic effect
@pytest.mark.parametrize("text, claim", [
    ("It was found that V addition has little influence on hydrogen diffusion but a strong catalytic effect on MgH2 "
     "formation.", ("CatalyticEffect", "MgH2", "V")),
    ("Zr addition has a weak influence but a strong catalytic effect on the decomposition of MgH2.",
     ("CatalyticEffect", "MgH2", "Zr")),
    ("CeO2 shows only a small effect on the hydrogen capacity, but an excellent catalytic effect on the kinetics of "
     "MgH2.", ("CatalyticEffect", "MgH2", "CeO2")),
])
def test_a_weak_effect_before_the_credited_one_does_not_hide_it(text, claim):
    assert claim in _claims(text), _claims(text)


def test_an_effect_denied_in_both_parts_credits_nothing():
    # near miss: 'no catalytic effect' is denied
    assert not _claims("Nb2O5 has little influence on the capacity and no catalytic effect on MgH2.")
