"""Issue 10 item 5: theoretical vs measured. A value in brackets after 'the theoretical value/capacity' is
theoretical ("close to the theoretical value (1569 mAh/g)"), the measured value beside it measured."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, theoretical, measured", [
    ("The Li3AlH6/C electrode shows a first lithiation capacity of 1712 mAh g−1, close to the theoretical value "
     "(1569 mAh g−1).", 1569.0, 1712.0),
    ("The MgH2/graphite electrode gives 1430 mAh/g, about 70% of the theoretical capacity (2038 mAh/g).",
     2038.0, 1430.0),
    ("LiAlH4 with 2 mol% TiF3 releases 7.0 wt% H2, near its theoretical capacity (7.9 wt%).", 7.9, 7.0),
])
def test_the_bracketed_theoretical_value_is_theoretical(text, theoretical, measured):
    v = facts(text)
    assert v[theoretical].theoretical
    assert not v[measured].theoretical


def test_a_value_measured_close_to_theory_stays_measured():
    # near miss: 'close to the theoretical value' said of the measured value itself, no bracket
    v = facts("The MgH2/graphite electrode gives 1430 mAh/g, close to the theoretical value.")
    assert not v[1430.0].theoretical
