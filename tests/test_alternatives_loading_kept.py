"""Issue 10: a loading said once for alternatives ('milled with 10 mol% of NbF5, TiF4 or ZrCl4') stays with the one
a later sentence names by the host and that additive ('the Mg(BH4)2–NbF5 sample', 'the NbF5-doped sample'): the
sample keeps its 10 mol%. An additive the alternatives did not hold gets no loading of theirs."""
from __future__ import annotations

import pytest
from prose_sentences import amounts, facts


@pytest.mark.parametrize("texts, value, want", [
    (("Mg(BH4)2 was milled with 10 mol% of NbF5, TiF4 or ZrCl4.",
      "The Mg(BH4)2–NbF5 sample released 8.3 wt% H2 at 310 °C."), 8.3, {"NbF5": 10.0}),
    (("LiAlH4 doped with 2 mol% TiCl3, VCl3 or ZrCl4 was examined by TPD.",
      "The LiAlH4–VCl3 sample began to decompose at 96 °C."), 96.0, {"VCl3": 2.0}),
    (("NaAlH4 was ball milled with 4 mol% of CeCl3, TiCl3 or ScCl3.",
      "The NaAlH4/ScCl3 composite gave off 4.4 wt% H2 at 165 °C."), 4.4, {"ScCl3": 4.0}),
    (("Mg(BH4)2 was milled with 10 mol% of NbF5, TiF4 or ZrCl4.",
      "The TiF4-doped sample released 7.7 wt% H2 at 310 °C."), 7.7, {"TiF4": 10.0}),
])
def test_the_named_alternative_keeps_its_loading(texts, value, want):
    assert amounts(facts(*texts)[value].system) == want


def test_near_miss_an_additive_the_alternatives_did_not_hold():
    # near miss: NbCl5 was none of the alternatives
    v = facts("Mg(BH4)2 was milled with 10 mol% of NbF5, TiF4 or ZrCl4.",
              "The Mg(BH4)2–NbCl5 sample released 6.9 wt% H2 at 310 °C.")
    assert amounts(v[6.9].system) == {}
