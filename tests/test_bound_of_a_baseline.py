"""Issue 10: a bare reference named as the subject keeps every value of its clause, also one written with a
bound ('retains less than 100 mAh/g'): the 'than' of the bound compares no two samples."""
from __future__ import annotations

from prose_sentences import facts

_MADE = "MgH2 was ball-milled with 10 wt% graphene to make the anode."


def _additives(v, value):
    return {c.formula for c in v[value].system.additives}


def test_bounded_value_of_the_bare_reference_stays_bare():
    for sentence in (
        "The bare MgH2 electrode delivers 1650 mA h g-1 at first and retains less than 120 mA h g-1 after 50 cycles.",
        "By contrast, pristine MgH2 shows 1500 mAh/g initially and keeps only less than 90 mAh/g after 20 cycles.",
        "The additive-free MgH2 anode gives 1400 mA h g−1 and holds no more than 150 mA h g−1 after 40 cycles.",
        "Unmodified MgH2 provides 1380 mAh g-1 and falls to lower than 80 mAh g-1 after 30 cycles.",
    ):
        v = facts(_MADE, sentence)
        bounded = min(v)
        assert _additives(v, bounded) == set(), sentence
        assert v[bounded].baseline, sentence


def test_a_real_comparison_still_sets_the_reference_apart():
    # the composite's own value after 'than that of bare MgH2': the contrast is between two samples
    v = facts(_MADE, "The retained capacity of 620 mAh/g is far higher than that of bare MgH2 (110 mAh/g).")
    assert _additives(v, 620.0) == {"graphene"}
    assert _additives(v, 110.0) == set()
