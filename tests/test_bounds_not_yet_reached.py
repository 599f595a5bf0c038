"""A bound the sentence says nothing has passed yet ('has yet to exceed', 'has not yet surpassed', 'no … has so far
reached') is no sample's value; a bound said to be passed ('exceeds', 'has already exceeded') stays one. Sentences
written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize("text", [
    "Even at 30 °C, the Li+ conductivity of LiBH4 held in silica pores has yet to exceed 10^-3 S/cm.",
    "So far the Na+ conductivity of Na2B12H12 at 25 °C has not yet surpassed 1 mS/cm.",
    "Reversible uptake by Mg(BH4)2 composites is yet to reach 10 wt% below 200 °C.",
    "No LiBH4-based electrolyte has so far reached 10^-2 S/cm near room temperature.",
    "Doping NaBH4 with halides has failed to exceed 0.01 mS/cm at 30 °C.",
])
def test_a_bound_not_yet_passed_is_no_value(text):
    assert contract_measurements(text) == []


@pytest.mark.parametrize(("text", "value"), [
    # near misses: a bound passed, and a 'no' that belongs to another clause
    ("The conductivity of Li4(BH4)3I has already exceeded 1 mS/cm at 25 °C.", 1.0),
    ("No catalyst is needed and MgH2 has reached 6 wt% at 300 °C.", 6.0),
])
def test_a_bound_passed_stays(text, value):
    assert [r["value"] for r in contract_measurements(text)] == [value]
