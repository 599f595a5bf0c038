"""Issue 10 item 1 (amounts): a series of loadings of one additive, then a value of 'the 10 wt% sample' — the value is
the member with that loading, not the additive without an amount."""
from __future__ import annotations

import pytest
from prose_sentences import facts


def loading(v, value):
    (a,) = v[value].system.additives
    return a.formula, a.amount.value if a.amount else None, a.amount.unit if a.amount else None


@pytest.mark.parametrize("text, value, want", [
    ("MgH2 was ball milled with 3, 6 and 9 wt% CoCl2; the 6 wt% sample began to release hydrogen at 236 °C.",
     236.0, ("CoCl2", 6.0, "wt%")),
    ("MgH2 + x wt.% NiS (x = 4, 8 and 12) composites were made, and the 8 wt.% composite peaked at 291 °C.",
     291.0, ("NiS", 8.0, "wt%")),
    ("LiBH4 was milled with 15, 25 and 35 mol% LiBr. The 25 mol% powder conducts 0.07 mS/cm at 30 °C.",
     0.07, ("LiBr", 25.0, "mol%")),
])
def test_the_sample_named_by_its_loading_is_that_member(text, value, want):
    assert loading(facts(text), value) == want


def test_a_sample_named_without_a_loading_keeps_none():
    # near miss
    v = facts("MgH2 was ball milled with CoCl2; the milled sample began to release hydrogen at 238 °C.")
    assert loading(v, 238.0) == ("CoCl2", None, None)
