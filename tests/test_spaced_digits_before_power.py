"""Issue 10: an uncertainty in the last digits' place set one space apart before a power of ten ('1.23 (5) × 10−3
S cm−1') belongs to the mantissa — the power after the bracket says it is no reference or label — so the value is
1.23 × 10−3 ± 0.05 × 10−3, not 10−3 alone. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value, uncertainty", [
    ("The ionic conductivity of Li2(BH4)(NH2) at 300 K is 1.23 (5) × 10−3 S cm−1.", 1.23, 0.05),
    ("At 30 °C the LiBH4–LiI solid solution conducts 2.4 (3) × 10−5 S cm−1.", 0.024, 0.003),
    ("Li(CB9H10) reaches 3.1 (2) x 10-2 S/cm at 110 °C.", 31.0, 2.0),
])
def test_the_spaced_bracket_is_the_mantissa_s_uncertainty(text, value, uncertainty):
    v = facts(text)[value]
    assert v.unit == "mS/cm" and v.uncertainty == pytest.approx(uncertainty)


def test_a_bracket_without_a_power_after_it_is_no_uncertainty():
    # near miss: the bracket cites a reference and no power follows it
    got = facts("The ionic conductivity of LiBH4–LiI is 2.4 × 10−5 S cm−1 at 30 °C (2).")
    assert got[0.024].uncertainty is None
