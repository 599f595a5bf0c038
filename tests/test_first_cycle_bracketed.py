"""'retains 92 % of its initial capacity (210 mAh/g)': a value in a bracket right after a cycled electrode's property
named for its first cycle was measured at cycle 1, as 'an initial capacity of 210 mAh/g' is. Sentences written for the
test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _cycles(text: str, value: float) -> list:
    return [r["conditions"].get("cycles") for r in contract_measurements(text) if r["value"] == value]


@pytest.mark.parametrize("text, value", [
    ("The Li|0.75LiBH4–0.25LiI|TiS2 cell keeps 88% of its initial capacity (205 mAh g−1) after 80 cycles at 0.1 C.", 205.0),
    ("The MgH2–graphene anode retains 58% of its first discharge capacity (1390 mAh/g) after 40 cycles.", 1390.0),
    ("After 60 cycles the TiH2 electrode still delivers 71% of the initial charge capacity (≈ 820 mAh g-1).", 820.0),
])
def test_a_bracketed_value_after_a_first_cycle_name_is_cycle_one(text, value):
    assert _cycles(text, value) == [1.0]


def test_a_bracket_after_another_initial_step_is_no_first_cycle():
    # near miss: the ordinal names an activation, not the capacity
    text = "After an initial activation (3 cycles at 50 mA/g), the Mg2Ni electrode delivers 310 mAh/g."
    assert 1.0 not in _cycles(text, 310.0)
