"""Issue 10 item 5: theoretical vs measured. A value in brackets after 'the theoretical value/capacity' is
theoretical ("close to the theoretical value (1569 mAh/g)"), and what a formula holds is the compound's, not the
electrode or catalysed sample the sentence measured."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value, host", [
    ("The Li3AlH6/C electrode shows a first lithiation capacity of 1712 mAh g−1, close to the theoretical value "
     "(1569 mAh g−1).", 1569.0, "Li3AlH6"),
    ("The MgH2/graphite electrode gives 1430 mAh/g, about 70% of the theoretical capacity (2038 mAh/g).",
     2038.0, "MgH2"),
    ("LiAlH4 with 2 mol% TiF3 releases 7.0 wt% H2, near its theoretical capacity (7.9 wt%).", 7.9, "LiAlH4"),
])
def test_the_bracketed_theoretical_value_is_the_compound_s(text, value, host):
    v = facts(text)
    assert v[value].theoretical
    assert v[value].system.host.formula == host and not v[value].system.additives


def test_a_measured_value_beside_it_keeps_the_sample():
    # near miss: the measured value of the same sentence stays on the electrode, measured
    v = facts("The MgH2/graphite electrode gives 1430 mAh/g, about 70% of the theoretical capacity (2038 mAh/g).")
    assert not v[1430.0].theoretical and v[1430.0].system.additives


def test_a_reactive_composite_keeps_its_partner_in_theory():
    v = facts("2LiBH4–MgH2 doped with 5 mol% TiCl3 has a theoretical capacity of 11.4 wt% and releases 9.7 wt%.")
    assert sorted(c.formula for c in v[11.4].system.components) == ["LiBH4", "MgH2"]
    assert "TiCl3" in [c.formula for c in v[9.7].system.components]
