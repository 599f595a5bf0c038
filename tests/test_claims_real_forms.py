"""Forms of mechanism claims other authors use in abstracts: the strategy of the credited additive read from
what it does in the sample's application, the host of each claim, claims whose sentence gives no value. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:real-forms")}


# a carbon or an MXene mixed into an anode carries electrons: its credit is conductive compositing, not the
# sheet form (graphene's nanostructuring) or catalysis it shows in a hydrogen store
@pytest.mark.parametrize("text, additive", [
    ("MgH2 nanoparticles were dispersed on graphene as the anode of a lithium cell. Graphene alleviates the "
     "volume change of the MgH2 nanoparticles during lithiation.", "graphene"),
    ("An anode of MgH2 mixed with Ti3C2 was cycled against lithium. The Ti3C2 sheets buffer the volume "
     "changes of MgH2 on conversion.", "Ti3C2"),
    ("We tested MgH2–graphene electrodes in half cells. Repeated cycling is stable because graphene "
     "accommodates the volume changes of the MgH2 particles.", "graphene"),
])
def test_a_conductor_in_an_anode_is_credited_for_conductive_compositing(text, additive):
    claims = _claims(text)
    assert ("VolumeBuffering", "MgH2", additive, "ConductiveCompositing") in claims, claims


def test_a_scaffold_that_holds_the_anode_keeps_its_confinement():
    # (a porous carbon the hydride sits in confines it: no conductor mixed in)
    claims = _claims("LiAlH4 was confined in a porous carbon scaffold used as an anode. The porous carbon "
                     "buffers the volume changes of LiAlH4 during cycling.")
    assert claims and all(s != "ConductiveCompositing" for *_, s in claims), claims


def test_a_carbon_the_measured_sample_holds_the_hydride_in_is_no_conductor():
    # (the sample is written as the hydride inside the carbon, 'MgH2@G': the graphene holds it, whatever
    # name the crediting sentence gives it)
    from ingest.extract import extract_text
    batch = extract_text("# An anode paper\n\nSmall MgH2 particles were grown on graphene (named MgH2@G). The MgH2@G "
                         "anode keeps 650 mAh g−1 after 100 cycles at 200 mA g−1. The graphene buffers the volume "
                         "changes of MgH2 during lithiation.\n")
    claims = [(c.mechanism, c.additive, c.strategy) for c in batch.mechanisms]
    assert ("VolumeBuffering", "graphene", "ConductiveCompositing") not in claims, claims


# a passage that studies one additive in two samples, the bare hydride and a composite of two hydrides: a
# claim said of the additive 'in the reactive hydride composite' is hosted by that composite's host (LiBH4 of
# 2LiBH4–MgH2), and the composite is the sample, not what the additive does
@pytest.mark.parametrize("text, mechanism", [
    ("Ti was milled into MgH2 and into 2LiBH4–MgH2. For the Ti additive in the reactive hydride composite, a "
     "clear grain refinement is found.", "GrainRefinement"),
    ("Both MgH2 and a 2LiBH4 + MgH2 mixture were milled with Ti. The Ti additive in the reactive hydride "
     "composite enhances the heterogeneous nucleation of MgB2.", "NucleationInduction"),
    ("We compare Ti in the single hydride MgH2 with Ti in the LiBH4–MgH2 system. In this reactive hydride "
     "composite, Ti promotes the heterogeneous nucleation of MgB2 upon desorption.", "NucleationInduction"),
])
def test_an_additive_in_the_named_composite_is_credited_in_its_host(text, mechanism):
    claims = _claims(text)
    assert any(m == mechanism and h == "LiBH4" and a == "Ti" and s != "ReactiveHydrideComposite"
               for m, h, a, s in claims), claims


def test_an_additive_in_the_single_hydride_keeps_that_host():
    claims = _claims("Ti was milled into MgH2 and into 2LiBH4–MgH2. In MgH2 alone, the Ti additive produces a "
                     "clear grain refinement.")
    assert claims and all(h == "MgH2" for _, h, _, _ in claims), claims


# phrasings of channel, electron-transfer and phase-stabilisation claims other authors write (the ontology's labels)
@pytest.mark.parametrize("text, mechanism, additive", [
    ("MgH2 was milled with 5 wt% Nb2O5. The Nb2O5 particles act as channels for fast hydrogen transport.",
     "ChannelEffect", "Nb2O5"),
    ("MgH2 was doped with V. The V additive forms pathways that facilitate the diffusion of hydrogen into the "
     "particles.", "ChannelEffect", "V"),
    ("MgH2 was milled with TiO2. The TiO2 serves as a channel to speed up hydrogen transport in the MgH2 matrix.",
     "ChannelEffect", "TiO2"),
    ("MgH2 was milled with Nb2O5. The multivalent Nb2O5 is an intermediate for the electrons moving from H− to "
     "Mg2+.", "ElectronTransfer", "Nb2O5"),
    ("MgH2 was milled with TiO2. The TiO2 surface is an intermediate of the electrons moving between H and Mg2+.",
     "ElectronTransfer", "TiO2"),
    ("MgH2 was milled with V2O5. The surface V atoms of V2O5 act as an intermediate of the electron moving "
     "between hydrogen and magnesium.", "ElectronTransfer", "V2O5"),
    ("LiBH4 was milled with LiI to form a solid solution. The fast-ion conduction phase of LiBH4 is stabilized "
     "down to room temperature.", "PhaseStabilization", "LiI"),
    ("LiBH4–LiBr solid solutions were made by melting. LiBr stabilizes the fast-ion conducting phase of LiBH4 "
     "below 100 °C.", "PhaseStabilization", "LiBr"),
    ("A solid solution of LiBH4 with LiCl was prepared. Adding LiCl stabilized the fast-ion conduction phase to "
     "room temperature.", "PhaseStabilization", "LiCl"),
])
def test_other_authors_phrasings_name_their_mechanism(text, mechanism, additive):
    claims = _claims(text)
    assert any(m == mechanism and a == additive for m, _, a, _ in claims), claims


@pytest.mark.parametrize("text, mechanism", [
    ("MgH2 was milled with Nb2O5. The Nb2O5 particles serve as a reference for the XRD peak positions.",
     "ChannelEffect"),
    ("MgH2 was milled with V2O5. VH0.8 is an intermediate of the reduction of V2O5.", "ElectronTransfer"),
    ("LiBH4 was milled with LiI. The fast-ion conduction phase of LiBH4 appears above 110 °C.", "PhaseStabilization"),
])
def test_near_phrasings_name_no_mechanism(text, mechanism):
    claims = _claims(text)
    assert all(m != mechanism for m, *_ in claims), claims


# what a sentence credits to the confinement of a composite of two hydrides is the scaffold's doing (the
# composite's host, LiBH4, its host), not the partner hydride's
@pytest.mark.parametrize("text, scaffold", [
    ("2LiBH4–MgH2 was confined in a carbon aerogel scaffold. Nanoconfined 2LiBH4–MgH2 decomposes in one step "
     "with no B2H6 release.", "carbon aerogel"),
    ("LiBH4 and MgH2 were infiltrated together into porous carbon. Owing to nanoconfinement, the LiBH4–MgH2 "
     "composite suppresses the release of diborane.", "porous carbon"),
    ("We melt-infiltrated 2LiBH4–MgH2 into CMK-3. The nanoconfined LiBH4–MgH2 shows no B2H6 release on heating.",
     "CMK-3"),
])
def test_the_confinement_of_a_composite_is_the_scaffold_s(text, scaffold):
    claims = _claims(text)
    assert ("GasReleaseSuppression", "LiBH4", scaffold, "Nanoconfinement") in claims, claims


def test_a_composite_not_confined_credits_its_partner():
    claims = _claims("LiBH4 was milled with MgH2. The LiBH4–MgH2 composite shows no B2H6 release on heating.")
    assert claims and all(a == "MgH2" for _, _, a, _ in claims), claims
