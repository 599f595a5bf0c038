"""A Na+ conductivity is not a Li+ one: the conducting ion a sentence names for a sodium closo-borate's or
borohydride's conductivity is kept (ontology: hkg:SodiumIonConduction). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _ions(text: str) -> list:
    return [r["conditions"].get("conducting_ion") for r in records(text)]


@pytest.mark.parametrize("text", [
    "The ball-milled Na2B10H10 shows a Na+ conductivity of 2 × 10(-4) S cm(-1) at 95 °C.",
    "Sodium-ion conducting NaCB11H12 reaches 4 mS cm-1 at 120 °C.",
    "At 60 °C the Na-ion conductivity of Na3BH4B12H12 is 0.3 mS cm-1.",
])
def test_a_sodium_conductivity_keeps_its_ion(text):
    assert _ions(text) == ["SodiumIonConduction"]


def test_a_sodium_reference_electrode_names_no_conducting_ion():
    # ('vs. Na+/Na' is where the voltage is measured from, not what conducts)
    assert _ions("Na2B12H12 conducts 0.8 mS cm-1 at 130 °C and is stable to 3.5 V vs. Na+/Na.")[0] is None
