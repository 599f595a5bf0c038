"""A mechanism claim whose sentence names no material but opens with the mechanism said definitely ('The reduced
diffusion distances account for …') is about the sample the sentence before made: the claim carries that
sample's host and additive. With no sample in the passage (or only in an earlier paragraph) it credits
nothing. Sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _claims(text: str) -> list[tuple]:
    doc = f"# A test paper\n\n## Results\n\n{text}\n"
    return [(r["mechanism"], r["host"], r["additive"], r["strategy"])
            for r in contract_rows(extract_text(doc)) if r["kind"] == "mechanism"]


@pytest.mark.parametrize("text, claim", [
    ("LiBH4 was confined in CMK-3. The reduced diffusion distance explains the faster kinetics.",
     ("ReducedDiffusionDistance", "LiBH4", "CMK-3", "Nanoconfinement")),
    ("NaAlH4 was melt-infiltrated into SBA-15. The shortened hydrogen diffusion paths account for the faster "
     "release.", ("ReducedDiffusionDistance", "NaAlH4", "SBA-15", "Nanoconfinement")),
    ("MgH2 was milled with 5 wt% TiF3. The weakened Mg–H bonds explain the lower onset temperature.",
     ("BondWeakening", "MgH2", "TiF3", "MetalCompoundCatalysis")),
    ("MgH2 was milled with 5 wt% VCl3. These weakened Mg–H bonds are responsible for the faster release.",
     ("BondWeakening", "MgH2", "VCl3", "MetalCompoundCatalysis")),
])
def test_a_definite_mechanism_opening_credits_the_sample_made_before(text, claim):
    assert _claims(text) == [claim]


@pytest.mark.parametrize("text", [
    "The reduced diffusion distance explains the faster kinetics.",
    "Hydrogen diffusion in hydrides is slow. The reduced diffusion distance explains the faster kinetics.",
    "LiBH4 was confined in CMK-3.\n\nThe reduced diffusion distance explains the faster kinetics.",
])
def test_with_no_sample_in_the_paragraph_nothing_is_credited(text):
    assert _claims(text) == []
