"""Mechanism claims as other authors word them (session s34 claims2, read from real abstracts; the sentences are written
for these tests):
- a nanocrystalline or amorphous structure credited with an improvement is grain refinement / amorphization; one only
  described, or the structure of the phases a sample consists of, is no claim;
- a reactive hydride composite written whole ('the LiBH4–MgH2 system') is where a catalytic mechanism acts, not its
  actor: its partner destabilizes, a destabilizing claim stays the partner's;
- a material that works or functions as a gateway, an 'active gateway': the channel effect; a gateway in another sense
  is no mechanism."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claim_list(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return [(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:s34claims2")]


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return set(_claim_list(text))


def _mechanisms(text: str) -> set[str]:
    return {m for m, _, _ in _claims(text)}


# ('nanocrystalline structure / microstructure' are not labels of it (yet): said in one sentence with the short
# diffusion path they give, the path's claim moved from the alloy to a phase of it — tests/test_claim_fields_s27.py)
@pytest.mark.parametrize("text", [
    "MgH2 was ball milled with 5 wt% Fe for 20 h. The faster hydrogen uptake is ascribed to the "
    "nanocrystallinity that the Fe additive leaves behind.",
    "Adding Co to MgH2 lowered its desorption temperature; the Co-induced nanocrystalline grains are held "
    "responsible for the gain.",
])
def test_a_credited_nanocrystalline_structure_is_grain_refinement(text):
    assert "GrainRefinement" in _mechanisms(text)


@pytest.mark.parametrize("text", [
    "LiBH4 was milled with SiO2. The higher Li-ion conductivity of LiBH4 stems from the amorphous structure "
    "that SiO2 induces at the interface.",
    "Mg(BH4)2 milled with MgO conducts Mg ions faster, owing to the amorphous microstructure the oxide "
    "imposes on the borohydride.",
    "The improved conductivity of LiBH4 mixed with Al2O3 is credited to an amorphous structure formed "
    "next to the oxide particles.",
])
def test_a_credited_amorphous_structure_is_amorphization(text):
    assert "Amorphization" in _mechanisms(text)


def test_a_structure_only_described_is_no_claim():
    text = ("MgH2 was ball milled with 5 wt% Fe for 20 h. The XRD pattern of the milled powder shows broad peaks, "
            "and TEM images show a nanocrystalline structure with grains of about 20 nm.")
    assert not {"GrainRefinement", "Amorphization"} & _mechanisms(text)


def test_the_structure_of_the_phases_a_sample_consists_of_is_no_claim():
    text = ("MgH2 was ball milled with 10 wt% Ni for 40 h. The milled powder is composed of Mg2Ni and Ni phases "
            "with nanocrystalline and amorphous structures.")
    assert not {"GrainRefinement", "Amorphization"} & _mechanisms(text)


@pytest.mark.parametrize("text", [
    "The 2LiBH4–MgH2 composite was milled with 5 mol% VCl3. The gain of the 2LiBH4–MgH2 composite is owed to "
    "VB2 particles formed in situ that act as hydrogen pumps.",
    "We milled 2LiBH4–MgH2 with TiF3. Kinetics of the 2LiBH4–MgH2 system improve thanks to in situ formed TiB2 "
    "acting as a hydrogen pump.",
    "Adding ZrCl4 to LiBH4–MgH2 speeds up desorption. In the LiBH4–MgH2 composite, ZrB2 formed in situ serves "
    "as a hydrogen pump.",
])
def test_a_catalytic_mechanism_in_a_composite_written_whole_is_not_the_partners(text):
    claims = _claim_list(text)
    assert claims, "a claim is expected"
    assert not any(additive == "MgH2" for mechanism, _, additive in claims if mechanism != "ReactantDestabilization")


def test_the_partner_of_a_composite_written_whole_still_destabilizes():
    claims = _claim_list("In the 2LiBH4–MgH2 composite, MgH2 destabilizes LiBH4 through the formation of MgB2.")
    assert any(additive == "MgH2" for _, _, additive in claims)


@pytest.mark.parametrize("text, host, additive", [
    ("MgH2 was milled with 2 mol% V. The small V grains work as gateways that let hydrogen leave the MgH2 "
     "particles quickly.", "MgH2", "V"),
    ("NaAlH4 doped with TiCl3 releases hydrogen sooner: in the doped alanate the TiCl3 additive functions as a "
     "gateway at the surface.", "NaAlH4", "TiCl3"),
    ("Fe particles milled into MgH2 behave as active gateways through which hydrogen enters and leaves the "
     "hydride.", "MgH2", "Fe"),
])
def test_a_gateway_worded_otherwise_is_the_channel_effect(text, host, additive):
    assert ("ChannelEffect", host, additive) in _claims(text)


def test_a_gateway_in_another_sense_is_no_mechanism():
    text = "MgH2 milled with 2 mol% V is regarded as a gateway to practical on-board hydrogen tanks."
    assert "ChannelEffect" not in {m for m, _, _ in _claims(text)}


# a mechanism the sentence says made a property worse: no improvement credited
@pytest.mark.parametrize("text, mechanism", [
    ("Mg(BH4)2 milled with MgO shows an amorphous phase after cycling, which results in poor cycling "
     "stability.", "Amorphization"),
    ("MgH2 was milled with Fe for 60 h. The poor desorption kinetics of the samples milled longest are ascribed "
     "to the high defect density the Fe additive introduced.", "VacancyDefectFormation"),
    ("LiBH4 was milled with SiO2 for 30 h. Grain refinement continued, which resulted in a deteriorated cycling "
     "stability of the LiBH4 composite.", "GrainRefinement"),
])
def test_a_mechanism_that_causes_a_loss_is_no_claim(text, mechanism):
    assert not any(m.startswith(mechanism) for m in _mechanisms(text))


def test_a_mechanism_that_limits_something_harmful_is_still_credited():
    text = ("MgH2 was milled with 5 wt% Fe. The Fe additive brings about grain refinement of MgH2, leading to a lower "
            "desorption temperature and faster kinetics.")
    assert "GrainRefinement" in _mechanisms(text)


def _strategies(text: str) -> set[tuple[str, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.strategy) for c in mechanism_claims(_prose_sentences(doc), "src:s34claims2")}


# a strategy named only in a second cause listed after the phrase's (', and the …') is not the phrase's
@pytest.mark.parametrize("text", [
    "MgH2 was milled with TiF3. The gain is owed to TiF3 acting as gateways for hydrogen, and the "
    "nanoconfinement of the hydride in the pores of a carbon host.",
    "LiBH4 was milled with TiF3. The gain comes from TiF3 that acts as a hydrogen pump, and the "
    "'thermodynamic destabilization' brought by the partner hydride.",
    "MgH2 was milled with TiF3. We credit TiF3, which weakens the Mg–H bond, and the nanoconfinement "
    "supplied by the carbon scaffold.",
])
def test_a_strategy_of_a_cause_listed_after_the_phrase_is_not_its(text):
    strategies = {s for _, s in _strategies(text) if s is not None}
    assert strategies and not strategies & {"Nanoconfinement", "ThermodynamicDestabilization"}


def test_a_strategy_named_before_a_listed_cause_stays_with_it():
    text = ("LiAlH4 nanoparticles were grown on graphene. The graphene keeps the particles from clustering, and the "
            "small particles shorten the diffusion length of Li+.")
    assert ("ReducedDiffusionDistance", "Nanostructuring") in _strategies(text)
