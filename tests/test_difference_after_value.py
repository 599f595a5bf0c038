"""Issue 10 item 1: 'at 175 °C, 125 °C lower' — a value, then its difference from the reference the sentence
compares with. The two are not one value of each of the sentence's two samples (which lost both)."""
from __future__ import annotations

from prose_sentences import facts


def on(v, value):
    s = v[value].system
    return s.host.formula, sorted(c.formula for c in s.additives)


def test_a_value_and_its_difference_keep_the_value_on_the_sample():
    v = facts("Compared with pristine MgH2, the MgH2–8 wt% FeCo@C powder starts to give off hydrogen at 182 °C, "
              "118 °C lower, and takes up 5.4 wt% H2 at 150 °C.")
    assert on(v, 182.0) == ("MgH2", ["FeCo@C"])
    assert 118.0 not in v
    v = facts("Unlike the as-milled LiAlH4, LiAlH4 with 4 mol% TiF3 begins to decompose at 93 °C, 61 °C lower.")
    assert on(v, 93.0) == ("LiAlH4", ["TiF3"])
    assert 61.0 not in v
    v = facts("Against bare Mg(BH4)2, the Mg(BH4)2–NbF5 sample peaks at 248 °C, some 40 °C below it.")
    assert on(v, 248.0) == ("Mg(BH4)2", ["NbF5"])
    assert 40.0 not in v


def test_two_values_of_two_samples_still_pair():
    # near miss: two values, no difference word after the second: one value each
    v = facts("LiBH4 and LiBH4–LiI showed 0.003 mS/cm, 0.09 mS/cm at 30 °C.")
    assert on(v, 0.003) == ("LiBH4", [])
    assert on(v, 0.09) == ("LiBH4", ["LiI"])
