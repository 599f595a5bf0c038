"""Mechanism claims in the ways other authors' abstracts give causes: a destabilization that is the credited
mechanism names no strategy; 'played the role of a catalyst'; a product phase formed in a passage of alternative
additives is each additive's; two causes after one 'effect of' ('the addition of … and the existence of …'); a
phrase brought about by milling, or listed among measured quantities, credits no additive; a hydrogen-storage
mechanism in a battery sentence is no claim; an interface credited for a conductivity is interfacial conduction.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str, title: str = "A test paper") -> set[tuple[str, str, str | None, str | None]]:
    doc = parse_document(f"# {title}\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:claims8")}


# -- a destabilization the sentence credits is the mechanism, not the strategy of the sample
@pytest.mark.parametrize("text, host, additive", [
    ("During heating of LiAlH4, ZrB2 acted to kinetically assist the structural destabilization of LiAlH4.",
     "LiAlH4", "ZrB2"),
    ("In the NaAlH4–VN system, VN accelerates the destabilization of NaAlH4 on heating.", "NaAlH4", "VN"),
    ("Thermodynamic destabilization of MgH2 formation via interfacial interactions was found in Mg–NbV stacks.",
     "MgH2", "NbV"),
])
def test_a_credited_destabilization_names_no_strategy(text, host, additive):
    found = _claims(text)
    mine = [c for c in found if c[1] == host and c[2] == additive]
    assert mine and all(c[3] != "ThermodynamicDestabilization" for c in mine), found


def test_a_strategy_whose_own_effect_the_phrase_names_stays():
    # near miss: 'the nanoconfinement effect' is nanoconfinement's own mechanism, and names that strategy
    found = _claims("NaAlH4 was melt infiltrated into CMK-3 carbon. The nanoconfinement effect of the CMK-3 lowers "
                    "the onset of NaAlH4 decomposition.")
    assert any(c[0] == "ConfinementEffect" and c[3] == "Nanoconfinement" for c in found), found


# -- 'the role of a catalyst'
@pytest.mark.parametrize("text, additive", [
    ("NbN plays the role of a catalyst in the dehydrogenation of NaAlH4.", "NbN"),
    ("For the release from LiAlH4, TiC played the role of a catalyst.", "TiC"),
    ("Here CeF3 played the role of catalyst for MgH2 decomposition.", "CeF3"),
])
def test_the_role_of_a_catalyst_is_a_catalytic_claim(text, additive):
    found = _claims(text)
    assert any(c[0] == "CatalyticEffect" and c[2] == additive for c in found), found


def test_the_role_of_catalysts_debated_is_no_claim():
    assert not _claims("The role of catalysts in MgH2 has long been debated.")


# -- a stable product formed in a passage of alternative additives: each additive's, the destabilization it
# brings about therefore the same mechanism
@pytest.mark.parametrize("text, host, additives", [
    ("In this work KBH4 was destabilized by using SrH2 or Sr(BH4)2. XRD confirmed the formation of SrB6 upon "
     "dehydrogenation, which stabilizes the dehydrogenated state of boron.", "KBH4", {"SrH2", "Sr(BH4)2"}),
    ("LiBH4 was combined with YH3 or Y(BH4)3. The formation of YB4 during dehydrogenation stabilizes the "
     "dehydrogenated state.", "LiBH4", {"YH3", "Y(BH4)3"}),
    ("Here NaBH4 was mixed with either BaH2 or Ba(BH4)2. XRD revealed the formation of BaB6 upon dehydrogenation, "
     "which stabilizes the dehydrogenation products.", "NaBH4", {"BaH2", "Ba(BH4)2"}),
])
def test_a_product_formed_in_a_passage_of_alternatives_is_each_additives(text, host, additives):
    found = _claims(text)
    credited = {c[2] for c in found if c[0] == "ProductStabilization" and c[1] == host}
    assert credited == additives, found


def test_a_destabilization_said_to_follow_from_the_product_is_no_second_claim():
    found = _claims("LiBH4 was mixed with ScH2. The formation of ScB2 upon heating stabilizes the dehydrogenated "
                    "state and, therefore, destabilizes the LiBH4.")
    assert not any(c[0] == "ReactantDestabilization" for c in found), found
    assert any(c[0] == "ProductStabilization" for c in found), found


def test_a_product_of_no_given_additive_stays_unparented():
    # near miss: nothing the passage gave holds the phase's metal
    found = _claims("KBH4 was ball milled for 5 h. The formation of SrB6 upon dehydrogenation stabilizes the "
                    "dehydrogenated state.")
    assert not any(c[2] in {"SrH2", "Sr(BH4)2"} for c in found), found


# -- two causes after one 'effect of': 'the addition of X particles and the existence of Y'
@pytest.mark.parametrize("text, first, second", [
    ("MgH2 was milled with Co and LaH3. The better kinetics were ascribed to the catalytic effect of the "
     "addition of fine Co particles and the existence of LaH3.", "Co", "LaH3"),
    ("MgH2 was milled with Fe and YH3. The gains come from the catalytic effect of addition of Fe particles "
     "and presence of YH3.", "Fe", "YH3"),
    ("MgH2 was milled with Cu and TiH2. Fast uptake follows from the catalytic action of the introduction of Cu "
     "nanoparticles and the existence of TiH2.", "Cu", "TiH2"),
])
def test_two_causes_after_one_effect_of_are_each_credited(text, first, second):
    found = _claims(text)
    credited = {c[2] for c in found if c[0] == "CatalyticEffect"}
    assert {first, second} <= credited, found


def test_a_single_material_after_the_effect_of_stays_alone():
    found = _claims("MgH2 was milled with Fe and YH3. The gains come from the catalytic effect of Fe, "
                    "while YH3 is inert.")
    assert not any(c[0] == "CatalyticEffect" and c[2] == "YH3" for c in found), found


# -- a mechanism brought about by a processing step credits no material
@pytest.mark.parametrize("text", [
    "MgH2 was milled with TiO2 and VC. Faster release follows from the catalytic effect of TiO2, as well as the "
    "grain refinement, defects, etc. in the powder introduced by ball milling.",
    "MgH2 was milled with Nb2O5. The kinetics improve owing to Nb2O5 and the grain refinement induced by the ball "
    "milling process.",
    "MgH2 was milled with ZrO2. The ZrO2 helps, and so does the grain refinement caused by ball milling.",
])
def test_a_mechanism_brought_about_by_milling_credits_no_additive(text):
    found = _claims(text)
    assert not any(c[0] == "GrainRefinement" and c[2] is not None for c in found), found


def test_a_mechanism_brought_about_by_an_additive_is_credited():
    # near miss: the agent after 'induced by' is a material, not a processing step
    found = _claims("MgH2 was milled with Nb2O5. The kinetics improve owing to the grain refinement induced by "
                    "Nb2O5.")
    assert any(c[0] == "GrainRefinement" and c[2] == "Nb2O5" for c in found), found


# -- a mechanism phrase listed among the quantities a sentence examines is no cause; a mechanism of hydrogen storage
# alone in a battery sentence is no claim
@pytest.mark.parametrize("text, mechanism", [
    ("MgH2 was co-milled with 10 wt% (40Y60Co) alloy. The effect of the additive on the hydride, namely crystallite "
     "size, lattice strain and particle size, was evaluated.", "LatticeDistortion"),
    ("LiAlH4 was milled with 2 mol% NbCl5. The crystallite size and lattice strain of the NbCl5-doped LiAlH4 were "
     "calculated from XRD line broadening.", "LatticeDistortion"),
    ("NaAlH4 was milled with 4 mol% TiN. Lattice strain and crystallite size of the TiN-doped NaAlH4 were "
     "determined by Rietveld analysis.", "LatticeDistortion"),
    ("AlH3 electrodes run with no electrolyte added, as AlH3 forms a solid electrolyte in situ: LiH with an ionic "
     "conductivity of 10−7 S cm−1.", "InSituCatalyticPhase"),
    ("CaH2 forms a solid electrolyte in situ in the anode, giving LiH with an ionic conductivity of 3 × 10−7 S cm−1 "
     "at 120 °C.", "InSituCatalyticPhase"),
    ("TiH2 electrodes need no added electrolyte since TiH2 forms a solid electrolyte in situ, namely LiH, whose "
     "ionic conductivity is 10−7 S cm−1.", "InSituCatalyticPhase"),
])
def test_a_listed_quantity_or_a_battery_sentence_is_no_claim_of_it(text, mechanism):
    found = _claims(text)
    assert not any(c[0] == mechanism for c in found), found


@pytest.mark.parametrize("text, mechanism", [
    # near misses: the same list in a sentence that credits it, not one that examines it; a sentence naming a
    # hydrogen run keeps its catalytic phase
    ("MgH2 was milled with 8 wt% VC. The VC particles induce lattice strain, crystallite size reduction and particle "
     "size reduction in MgH2.", "LatticeDistortion"),
    ("MgH2 was milled with 10 wt% Co. During the first hydrogenation Co reacts with Mg to form Mg2Co, whose "
     "presence raises the reversible capacity of the composite.", "InSituCatalyticPhase"),
])
def test_a_credited_list_or_a_hydrogen_run_keeps_its_claim(text, mechanism):
    found = _claims(text)
    assert any(c[0] == mechanism for c in found), found


# -- labels: a conducting interface layer, nanoconfinement altering a pathway, favourable interfaces
@pytest.mark.parametrize("text, mechanism, additive", [
    ("NaBH4 was melt infiltrated into mesoporous alumina. The reaction of the hydride with the alumina "
     "results in a highly conducting interface layer.", "InterfacialConduction", None),
    ("LiBH4 was melt infiltrated into a porous carbon. Galvanostatic tests show that nanoconfinement alters "
     "the lithiation pathway of LiBH4.", "ConfinementEffect", "porous carbon"),
    ("LiAlH4 was melt infiltrated into a carbon scaffold; nanoconfinement changes the conversion pathway of "
     "LiAlH4.", "ConfinementEffect", None),
])
def test_new_label_phrasings_are_claims(text, mechanism, additive):
    found = _claims(text)
    assert any(c[0] == mechanism and (additive is None or c[2] == additive) for c in found), found


# -- an interface credited for a conductivity
@pytest.mark.parametrize("text, host, additive", [
    ("Composites of NaBH4 and ZrO2 nanoparticles reach a Na+ conductivity of 3 × 10−6 S cm−1 at 30 °C, ascribed "
     "to favourable interfaces between the borohydride and ZrO2.", "NaBH4", "ZrO2"),
    ("Ca(BH4)2·2NH3–SiO2 reaches an ionic conductivity of 4 × 10−6 S cm−1 at 25 °C assigned to favorable "
     "interfaces with the SiO2.", "Ca(BH4)2", "SiO2"),
    ("LiBH4 was milled with CeO2. The ionic conductivity of LiBH4–CeO2 reaches 0.05 mS cm−1 at 40 °C owing to "
     "interfacial effects of CeO2.", "LiBH4", "CeO2"),
])
def test_an_interface_credited_for_a_conductivity_is_interfacial_conduction(text, host, additive):
    found = _claims(text)
    assert any(c[0] == "InterfacialConduction" and c[2] == additive for c in found), found


def test_an_interface_credited_for_hydrogen_release_stays_an_interface_effect():
    found = _claims("MgH2 was milled with Ni. The favorable interfaces between MgH2 and Ni speed up hydrogen "
                    "release.")
    assert any(c[0] == "InterfaceEffect" for c in found), found
    assert not any(c[0] == "InterfacialConduction" for c in found), found
