"""A value named as a goal the sentence calls hard to reach is no sample's value: no record is made of it. A value a
sample did reach, in a sentence that also says something is hard, is kept."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text", [
    "Reaching crystallite sizes under 10 nm in milled MgH2 remains a challenge, since the grains weld together.",
    "Attaining a conductivity above 1 mS/cm at room temperature has been difficult for LiBH4.",
    "For NaAlH4, achieving release temperatures below 100 °C is still challenging.",
])
def test_a_goal_hard_to_reach_is_no_value(text):
    assert records(text) == []


@pytest.mark.parametrize("text, value", [
    # near misses: the value was reached; the hard part is something else
    ("The milled MgH2 reached particles below 100 nm, a size that other routes find challenging.", 100.0),
    ("Achieving 5.5 wt% at 150 °C, the MgH2–Ni composite beat the target.", 5.5),
])
def test_a_value_reached_is_kept(text, value):
    assert [r["value"] for r in records(text)] == [value]
