"""The fields of a mechanism claim decided as the document's records decide them: the strategy of a catalyst whose
records read it as single atoms, a rare-earth hydride of fixed phase as a compound, a formula in brackets after a
class name as itself, and no claim of a mechanism serving an application the document measured nothing for. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.text.abbreviations import defined_abbreviations


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    batch = extract_text("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in batch.mechanisms}


def _mechanisms(text: str) -> set[str]:
    return {c[0] for c in _claims(text)}


# a metal the records of its sample read as single atoms ('MgH2@Co SA-NC': single-atom catalysis) is credited as
# the same design, though the claim's own sentence names the metal alone
@pytest.mark.parametrize(("text", "mechanism", "metal"), [
    ("MgH2 was nanoconfined in a porous carbon decorated with cobalt single atoms (MgH2@Co SA-NC). The composite "
     "starts to release hydrogen at 190 °C. DFT shows that electron transfer from MgH2 to Co weakens the Mg–H "
     "bonds.", "BondWeakening", "Co"),
    ("Porous carbon doped with Pt single atoms was loaded with MgH2 (MgH2@Pt SA-C). This composite releases "
     "hydrogen from 185 °C. Electrons flow from MgH2 to Pt, which weakens the Mg–H bonds.", "BondWeakening", "Pt"),
    ("MgH2 nanoparticles were confined in a porous carbon doped with Fe single atoms (MgH2@Fe SA-pC). Hydrogen "
     "release from the composite begins at 200 °C. The Fe weakens the Mg–H bonds by drawing electrons from MgH2.",
     "BondWeakening", "Fe"),
])
def test_a_catalyst_its_records_read_as_single_atoms_is_credited_as_single_atoms(text, mechanism, metal):
    assert (mechanism, "MgH2", metal, "SingleAtomCatalysis") in _claims(text), _claims(text)


def test_a_metal_in_particles_keeps_its_metal_catalysis():
    claims = _claims("MgH2 was milled with 5 wt% Ni nanoparticles. The composite releases hydrogen at 220 °C. "
                     "Electron transfer from MgH2 to Ni weakens the Mg–H bonds.")
    assert ("BondWeakening", "MgH2", "Ni", "MetalCatalysis") in claims, claims


# a hydride of a rare earth with one or more hydrogen atoms per metal atom is a compound phase of its own (the
# records read CeH2.73 in MgH2 as metal compound catalysis): not hydrogen dissolved in the metal, as VH0.81 is
@pytest.mark.parametrize(("text", "mechanism", "additive"), [
    ("MgH2–NdH2.6 composites were formed by hydrogenating a Mg–Nd alloy. They release hydrogen at 250 °C. "
     "NdH2.6 acts as a hydrogen pump for MgH2.", "HydrogenPump", "NdH2.6"),
    ("The cycled sample holds MgH2, Ni and CeH2.73. It desorbs hydrogen at 240 °C. The fine CeH2.73 grains provide "
     "nucleation sites for MgH2.", "NucleationInduction", "CeH2.73"),
    ("Hydrogenating a Mg–La–Ni alloy gave LaH2.5-MgH2-Ni composites. Their desorption activation energy is "
     "70 kJ/mol. LaH2.5 provides hydrogen dissociation sites for MgH2.", "HydrogenDissociationSites", "LaH2.5"),
])
def test_a_rare_earth_hydride_phase_catalyses_as_a_compound(text, mechanism, additive):
    assert (mechanism, "MgH2", additive, "MetalCompoundCatalysis") in _claims(text), _claims(text)


def test_hydrogen_dissolved_in_a_metal_still_catalyses_as_the_metal():
    claims = _claims("MgH2 was milled with V. The VH0.81 formed in situ acts as a hydrogen pump for MgH2.")
    assert ("HydrogenPump", "MgH2", "VH0.81", "MetalCatalysis") in claims, claims


# 'transition metal carbides (TiC)': the formula in brackets names the compound, not the class ('metal') the words
# before it hold, so TiC is credited as the carbide it is
@pytest.mark.parametrize("text", [
    "MgH2 was doped with transition metal carbides (TiC).",
    "We ball milled MgH2 with a transition metal nitride (TiN).",
    "Magnesium was co-milled with transition metal nitrides (TiN) and graphene (G).",
])
def test_a_class_named_before_a_bracketed_formula_defines_no_abbreviation(text):
    assert all(material != "metal" for _, material, _ in defined_abbreviations(text)), defined_abbreviations(text)


def test_a_material_named_before_an_abbreviation_still_defines_it():
    assert ("HCS", "hollow carbon", True) in defined_abbreviations("MgH2 was milled with hollow carbon spheres (HCS).")
    assert ("G", "graphene", True) in defined_abbreviations(
        "Magnesium was co-milled with transition metal nitrides (TiN) and graphene (G).")


def test_a_carbide_credited_after_its_class_name_is_a_compound_catalyst():
    claims = _claims("We ball milled MgH2 with a transition metal nitride (TiN). Its peak desorption temperature is "
                     "300 °C. TiN weakens the Mg–H bonds.")
    assert ("BondWeakening", "MgH2", "TiN", "MetalCompoundCatalysis") in claims, claims


# no claim where the text credits none: an electrolyte's mechanism (interfacial conduction) in a document that
# measured only hydrogen release; 'an ion transport number of unity', whose words name a measured quantity (a
# transference number), no ion transport a material is credited with
@pytest.mark.parametrize(("text", "mechanism"), [
    ("MgH2 was milled with 5 wt% TiC. The composite releases hydrogen at 250 °C. This interface engineering "
     "strategy gives a conductive interface between MgH2 and TiC.", "InterfacialConduction"),
    ("MgH2 was milled with 5 wt% Nb2O5. The sample desorbs hydrogen at 230 °C. A space-charge layer at the "
     "MgH2/Nb2O5 interface speeds hydrogen release.", "InterfacialConduction"),
    ("Mg(BH4)2 was ball milled with 5 wt% ZrO2. The mixture starts to release hydrogen at 260 °C. The ZrO2 forms a "
     "highly conductive interfacial layer with Mg(BH4)2.", "InterfacialConduction"),
    ("LiBH4 was milled with LiI to form a solid solution. Owing to its layered structure, LiBH4–LiI conducts Li+ at "
     "1e-4 S/cm at 30 °C with an ion transport number close to unity.", "IonMigrationPromotion"),
    ("The Li2(BH4)(NH2) phase was made from LiBH4 and LiNH2. It conducts lithium at 2 × 10-4 S/cm at 300 K, with a "
     "lithium ion transport number of 0.99.", "IonMigrationPromotion"),
    ("Li4(BH4)(NH2)3 was made from LiBH4 and LiNH2. It conducts Li+ at 2e-4 S/cm at 300 K and its ion transport "
     "number is almost 1.", "IonMigrationPromotion"),
])
def test_no_claim_of_a_mechanism_the_text_credits_to_nothing(text, mechanism):
    assert mechanism not in _mechanisms(text)


def test_an_electrolyte_document_keeps_its_interfacial_conduction():
    assert "InterfacialConduction" in _mechanisms(
        "Mg(BH4)2 was ball milled with 5 wt% ZrO2. The mixture conducts Mg2+ at 1e-5 S/cm at 70 °C. The ZrO2 forms a "
        "highly conductive interfacial layer with Mg(BH4)2.")


def _phased(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    batch = extract_text("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.additive, c.strategy, c.in_situ_phase) for c in batch.mechanisms}


# graphene the anode's hydride was grown on, credited for what it does: the strategy the records of that sample give
# it (the README's anode convention: Nanostructuring), not the conductor a carbon mixed into an electrode would be
@pytest.mark.parametrize("text", [
    "MgH2 nanoparticles were grown on graphene sheets (MgH2@G). As an anode the MgH2@G electrode delivers "
    "900 mAh g−1 after 100 cycles. The graphene buffers the volume change of MgH2 during lithiation.",
    "Graphene-supported MgH2 nanoparticles coated with LiBH4 were prepared. The electrode keeps 700 mAh g−1 after "
    "300 cycles at 1 A g−1. The structural support of graphene alleviates the volume change of MgH2.",
    "Ultrasmall MgH2 particles were grown on graphene nanosheets (MgH2/G) for an anode. The electrode keeps "
    "820 mAh g−1 after 200 cycles. The graphene alleviates the volume change of MgH2.",
])
def test_graphene_an_anode_hydride_grew_on_is_credited_as_its_records_read_it(text):
    assert ("VolumeBuffering", "graphene", "Nanostructuring", None) in _phased(text), _phased(text)


def test_graphene_milled_into_an_anode_stays_its_conductor():
    claims = _phased("MgH2 was ball milled with 10 wt% graphene to make an anode. It delivers 600 mAh g−1 at "
                     "0.1 A g−1. The graphene buffers the volume change of MgH2.")
    assert ("VolumeBuffering", "graphene", "ConductiveCompositing", None) in claims, claims


# a lithium phase formed in an anode whose sample holds no lithium took its lithium from the discharge: it is the
# phase of the additive that gave it the rest (Li2B6 from the Mg(BH4)2 coating), credited to that additive
@pytest.mark.parametrize("text", [
    "MgH2 nanoparticles on graphene were covered with Mg(BH4)2 layers. The anode keeps 800 mAh g−1 after 300 cycles. "
    "On the first discharge Mg(BH4)2 gives LiBH4 and Li2B6. The thus-formed Li2B6 acts as a framework that buffers "
    "the volume change of MgH2.",
    "Ultrathin Mg(BH4)2 was coated onto MgH2 particles for an anode. It retains 680 mAh g−1 after 120 cycles. The "
    "first discharge leaves LiBH4 and Li2B6 on the particles. The thus-formed Li2B6 accommodates the volume "
    "expansion of MgH2.",
    "MgH2 was coated with Mg(BH4)2 for an anode. It delivers 600 mAh g−1 after 50 cycles. Li2B6 and LiBH4 form when "
    "the electrode is lithiated. Thereafter the in situ formed Li2B6 relieves the volume change of MgH2.",
])
def test_a_lithium_phase_formed_in_an_anode_is_the_phase_of_its_additive(text):
    assert any(c[0] == "VolumeBuffering" and c[1] == "Mg(BH4)2" and c[3] == "Li2B6" for c in _phased(text)), \
        _phased(text)


def test_a_phase_of_a_metal_no_additive_holds_stays_its_own_additive():
    claims = _phased("MgH2 was coated with Mg(BH4)2 for an anode. It delivers 600 mAh g−1 after 50 cycles. CaB6 and "
                     "LiBH4 are seen after lithiation. The in situ formed CaB6 relieves the volume change of MgH2.")
    assert any(c[1] == "CaB6" and c[3] is None for c in claims), claims


def test_ion_transport_credited_to_an_additive_is_still_a_claim():
    claims = _claims("LiBH4 was milled with LiI. The composite conducts Li+ at 1e-4 S/cm at 30 °C. LiI promotes ion "
                     "transport in LiBH4.")
    assert ("IonMigrationPromotion", "LiBH4", "LiI", "AnionSubstitution") in claims, claims


# an alloy the document measured by itself ('the melt-spun alloy', its own host) credited for what happens in it: the
# alloy is the claim's host, not a phase of it named before (Mg2Ni, read as the host Mg2NiH4) with the alloy added
@pytest.mark.parametrize(("text", "alloy"), [
    ("A Mg–20Ni–3La alloy was melt spun into ribbons whose matrix holds fine Mg2Ni particles. The ribbons absorb "
     "4.8 wt% hydrogen. The fast absorption of the melt-spun alloy is due to the short diffusion path of hydrogen in "
     "the nanocrystalline microstructure.", "Mg–20Ni–3La"),
    ("Mg–15Ni–2Y ribbons were made by rapid solidification; Mg2Ni and YH2 phases appear after hydriding. The "
     "hydrogen capacity of the ribbons is 5.0 wt%. The nanocrystalline microstructure of the alloy shortens the "
     "diffusion path of hydrogen.", "Mg–15Ni–2Y"),
    ("Mg–12Ni–2Nd ribbons were obtained by melt spinning; Mg2Ni nanocrystals form in the ribbons. They store 5.2 wt% "
     "hydrogen. The improved kinetics of the melt-spun alloy result from the short diffusion path of hydrogen in the "
     "nanocrystalline structure.", "Mg–12Ni–2Nd"),
])
def test_an_alloy_studied_by_itself_hosts_its_claim(text, alloy):
    assert ("ReducedDiffusionDistance", alloy, None, "Nanosizing") in _claims(text), _claims(text)


def test_an_alloy_added_to_a_measured_host_stays_its_additive():
    claims = _claims("MgH2 was milled with 10 wt% Mg2Ni. MgH2 releases 6.0 wt% hydrogen, and the Mg2Ni alloy alone "
                     "absorbs 3.2 wt% hydrogen. The Mg2Ni alloy acts as a hydrogen pump for MgH2.")
    assert ("HydrogenPump", "MgH2", "Mg2Ni", "MetalCatalysis") in claims, claims


# the phase of such an alloy its sentence credits ('the in situ formed Mg2Ni acts as a hydrogen pump') is the claim's
# additive, the alloy its host with the alloy's own strategy (the devset's convention for a melt-spun alloy)
@pytest.mark.parametrize(("text", "alloy"), [
    ("A Mg85Ni10Y5 alloy was melt spun. The ribbons absorb 5.1 wt% hydrogen at 300 °C. On hydriding the alloy gives "
     "MgH2, Mg2NiH4 and YH3; the in situ formed Mg2Ni acts as a hydrogen pump.", "Mg85Ni10Y5"),
    ("The Mg88Ni10La2 alloy was prepared by induction melting. It absorbs 5.3 wt% hydrogen. Hydrogenation turns it "
     "into MgH2, Mg2NiH4 and LaH3, and the Mg2Ni formed in situ serves as a hydrogen pump.", "Mg88Ni10La2"),
    ("Mg92Ni6Nd2 ribbons were made by melt spinning and absorb 5.6 wt% hydrogen. During hydrogenation the alloy "
     "splits into MgH2, Mg2NiH4 and NdH2; Mg2Ni works as a hydrogen pump for the MgH2 phase.", "Mg92Ni6Nd2"),
])
def test_a_phase_of_an_alloy_studied_by_itself_is_the_alloy_s_additive(text, alloy):
    assert ("HydrogenPump", alloy, "Mg2Ni", "Alloying") in _claims(text), _claims(text)


# the host in its two states inside a label ('suppress Mg/MgH2 grain growth') is one describing word, as 'MgH2' is
@pytest.mark.parametrize(("text", "additive"), [
    ("MgH2 was milled with 10 wt% CeO2. The composite releases hydrogen at 260 °C. CeO2 restrains Mg/MgH2 grain "
     "growth during cycling.", "CeO2"),
    ("MgH2 was ball milled with 7 wt% Nb2O5. The activation energy falls to 85 kJ/mol. Nb2O5 hinders Mg/MgH2 grain "
     "growth upon cycling.", "Nb2O5"),
    ("MgH2 was milled with 10 wt% CeO2 and graphite. The composite releases hydrogen at 260 °C. The graphite "
     "effectively suppresses Mg/MgH2 grain growth during cycling.", "graphite"),
])
def test_grain_growth_of_the_host_in_its_two_states_is_grain_refinement(text, additive):
    assert any(c[0] == "GrainRefinement" and c[2] == additive for c in _claims(text)), _claims(text)


def test_two_different_phases_joined_by_a_slash_are_no_describing_word():
    assert "GrainRefinement" not in _mechanisms("NaAlH4 was doped with 4 mol% TiCl3 and carbon. It releases 4.5 wt% "
                                                "hydrogen. The carbon inhibits NaAlH4/NaH grain growth.")
