"""A cycled electrode's value named for a later cycle by an ordinal before its property's words ('the second
discharge capacity was …', 'the 120th charge capacity remained …') was measured at that cycle, as one named for
the first ('an initial discharge capacity of …') is at cycle 1. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _cycles(text: str) -> list:
    return [r["conditions"].get("cycles") for r in records(text)]


@pytest.mark.parametrize("text, cycles", [
    ("The third discharge capacity of the Mg2NiH4 anode was as high as 640 mAh g-1.", 3),
    ("The 120th charge capacity of the TiH2 electrode remained as high as 410 mAh g-1.", 120),
    ("The 25th discharge capacity of the MgH2–C anode was 730 mAh g-1.", 25),
    ("For the AlH3 electrode, the fifth discharge capacity is about 980 mAh g-1.", 5),
])
def test_an_ordinal_before_the_property_is_its_cycle(text, cycles):
    assert _cycles(text) == [cycles]


def test_an_ordinal_of_another_noun_is_no_cycle():
    # (the second sample, not the second cycle)
    assert _cycles("The second sample of Mg2NiH4 delivered a discharge capacity of 640 mAh g-1.") == [None]
