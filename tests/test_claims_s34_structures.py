"""A nanocrystalline or amorphous structure a sample was given, credited with an improvement (session s34 claims2):
'the nanocrystalline structure' is the small grains of grain refinement, 'the amorphous structure' the lost long-range
order of amorphization. A structure only described, with nothing credited to it, is no claim.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.document import parse_document
from ingest.extract import _prose_sentences
from ingest.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:s34claims2")}


def _mechanisms(text: str) -> set[str]:
    return {m for m, _, _ in _claims(text)}


@pytest.mark.parametrize("text", [
    "MgH2 was ball milled with 5 wt% Fe for 20 h. The faster hydrogen uptake is ascribed to the "
    "nanocrystalline structure that the Fe additive leaves behind.",
    "MgH2 milled with Ni shows quicker desorption, which we attribute to the nanocrystalline microstructure "
    "brought about by the Ni additive.",
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
