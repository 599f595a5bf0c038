"""Issue 10 item 5: a record's basis (measured / theoretical / calculated) read from the words that govern
its value, written for these tests (no sentence of the corpus)."""
from __future__ import annotations

import pytest
from prose_sentences import facts


# ------------------------------------------------------------ a value worked out from a reaction is theoretical
@pytest.mark.parametrize("text, value", [
    ("Sr(BH4)2 can release 7.9 wt% hydrogen based on the full reaction Sr(BH4)2 → SrH2 + 2B + 3H2.", 7.9),
    ("The 2NaBH4–MgH2 pair would yield 7.8 wt% H2 according to the reaction stoichiometry.", 7.8),
    ("Mixed as 3LiNH2–MgH2, the powder gives 8.1 wt% hydrogen assuming a complete reaction to the imide.", 8.1),
])
def test_a_value_from_a_reaction_is_theoretical(text, value):
    assert facts(text)[value].theoretical


def test_a_release_from_a_reaction_run_stays_measured():
    # near miss: 'from the reaction with' names what a run did, not a formula
    v = facts("The Sr(BH4)2 powder released 6.1 wt% hydrogen from the reaction with SrH2 at 350 °C.")[6.1]
    assert not v.theoretical and not v.calculated


# ------------------------------------------------------------ 'theo.' abbreviates 'theoretical'
@pytest.mark.parametrize("text, value", [
    ("A cell with a FeS2 cathode (theo. capacity 894 mA h g−1) was assembled with Mg(BH4)2 as the electrolyte.", 894.0),
    ("The Mg(BH4)2 electrolyte was paired with a sulfur cathode (theor. capacity 1672 mAh/g).", 1672.0),
    ("With a TiS2 electrode, theo. capacity of 239 mAh g−1, the LiBH4 cell ran for 40 cycles.", 239.0),
])
def test_an_abbreviated_theoretical_is_theoretical(text, value):
    assert facts(text)[value].theoretical


def test_a_theory_word_elsewhere_leaves_a_capacity_measured():
    # near miss: 'theory' (a noun of the text, no abbreviation) is no basis of the capacity
    v = facts("Against theory, the Mg(BH4)2 cell with a FeS2 cathode delivered 612 mAh g−1 at 0.1 C.")[612.0]
    assert not v.theoretical
