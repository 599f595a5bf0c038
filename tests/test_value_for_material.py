"""Issue 10: a value said 'for' a material ('1.4 wt% for LaNi5 and 7.6 wt% for MgH2') is that material's value; the
per cent before 'for' is no loading of the material after it, and the two materials are no one sample."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, want", [
    ("The hydrogen capacity reached 1.3 wt% for LaNi5 and 7.5 wt% for MgH2.", {1.3: "LaNi5", 7.5: "MgH2"}),
    ("The reversible capacities were 1.8 wt% for TiFe and 7.3 wt% for MgH2.", {1.8: "TiFe", 7.3: "MgH2"}),
    ("Storage capacities of 7.4 wt% for MgH2 and 3.5 wt% for Mg2Ni were measured by the Sieverts method.",
     {7.4: "MgH2", 3.5: "Mg2Ni"}),
])
def test_each_value_is_its_materials(text, want):
    v = facts(text)
    assert {k: v[k].system.name for k in want} == want


def test_near_miss_a_loading_before_its_material():
    # near miss: a per cent right before the additive's formula is its loading
    v = facts("MgH2 was milled with 5 wt% LaNi5 and absorbed 6.2 wt% H2 at 250 °C.")
    assert v[6.2].system.name == "MgH2–5 wt% LaNi5"


@pytest.mark.parametrize("texts, value, want", [
    (("MgH2 was milled with 10 wt% LaNi5.", "The composite absorbed 6.0 wt% H2 at 255 °C.",
      "The capacity is only 1.3 wt% for LaNi5."), 1.3, "LaNi5"),
    (("MgH2 was milled with 10 wt% LaNi5.",
      "The composite absorbed 6.0 wt% H2 at 255 °C, while the capacity is 1.3 wt% for LaNi5."), 1.3, "LaNi5"),
    (("MgH2 was ball milled with 8 wt% TiFe.", "Its reversible capacity reached 6.4 wt% at 300 °C.",
      "At room temperature the uptake was 1.6 wt% for TiFe."), 1.6, "TiFe"),
])
def test_a_storage_alloy_after_for_is_whose_value(texts, value, want):
    # (the alloy was the passage's additive: named right after a value by 'for', it is the value's own sample)
    assert facts(*texts)[value].system.name == want


def test_near_miss_a_catalyst_after_for_is_the_sample_holding_it():
    # near miss: a catalyst that stores no hydrogen of its own names the passage's sample holding it
    v = facts("MgH2 was milled with 5 wt% Ni or 5 wt% Fe.", "The onset temperature was 245 °C for Ni and 265 °C for Fe.")
    assert v[245.0].system.name == "MgH2–5 wt% Ni"
