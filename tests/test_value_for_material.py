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
