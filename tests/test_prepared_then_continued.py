"""A sentence that names no hydride but prepares an additive ('oxygen-deficient ZrO2, formed through ball milling, …')
hands that additive to the hydride the next sentence names, when that sentence goes on about the same study ('This
heating further lets MgH2 …', no citation or the same one); a sentence that turns to another work (another citation,
'Wang et al.', 'In another work') names its own sample, bare. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

_PREPARED = {
    "formed": "Park et al. showed that oxygen-deficient ZrO2, formed through ball milling, works as a hot spot in a "
              "microwave field.<sup>[12]</sup>",
    "formed_by": "Oxygen-poor Nb2O5 formed by high-energy milling soaks up microwave power at its vacancies.<sup>[12]</sup>",
    "made": "Park et al. showed that oxygen-deficient ZrO2, made by ball milling, works as a hot spot in a microwave "
            "field.<sup>[12]</sup>",
}


@pytest.mark.parametrize("first, additive", [("formed", "ZrO2"), ("formed_by", "Nb2O5"), ("made", "ZrO2")])
@pytest.mark.parametrize("second", [
    "This heating further lets MgH2 release hydrogen quickly at 235 °C.",
    "This effect further speeds the charge transfer, so that MgH2 dehydrogenates rapidly at 235 °C.",
    "These hot spots further weaken the Mg–H bond, enabling fast dehydrogenation of MgH2 at 235 °C.<sup>[12]</sup>",
])
def test_the_next_sentence_of_the_same_study_takes_the_prepared_additive(first, additive, second):
    row = the_one(contract_measurements(f"{_PREPARED[first]} {second}"), 235.0)
    assert row["system"] == f"MgH2–{additive}"


@pytest.mark.parametrize("first", ["formed", "made"])
@pytest.mark.parametrize("second", [
    "Wang et al. reported that MgH2 releases hydrogen at 305 °C.<sup>[13]</sup>",
    "In another work, MgH2 released hydrogen at 305 °C.<sup>[13]</sup>",
    "Ball-milled MgH2 released hydrogen at 305 °C.<sup>[13]</sup>",
    "Wang et al. reported that MgH2 releases hydrogen at 305 °C.",
])
def test_a_sentence_of_another_work_keeps_its_hydride_bare(first, second):
    # near misses: another citation or another study's authors; the additive was prepared for the other work's sample
    row = the_one(contract_measurements(f"{_PREPARED[first]} {second}"), 305.0)
    assert row["system"] == "MgH2"


def test_a_core_shell_sample_described_by_its_study_keeps_its_shell():
    # the study names its sample in full first; the anaphoric sentences after it and the value stay with that sample
    text = ("In 2023, Kato et al. prepared graphene-supported MgH2 nanoparticles coated with a LiBH4 shell.<sup>[30]</sup> "
            "This shell further keeps the particles in contact with the electrolyte during cycling. "
            "As a result, the electrode keeps 810 mAh g<sup>-1</sup> after 300 cycles.")
    row = the_one(contract_measurements(text, section="Anodes"), 810.0)
    assert row["material"] == "MgH2" and "LiBH4" in row["additives"]
