"""A comparison between the subject and its value ('the conductivity of this novel hydride exceeds those of A and B
and reaches …') or after the value ('…, exceeding those of A and B', 'outperforming A and B', 'an advantage over A')
names references: every listed one of them, not only the first; the value stays on the passage's sample, also when
the sentence calls it 'this new hydride', 'this compound' or 'the new material'. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import systems_by_value

_MADE = "Li2(BH4)(NH2) was prepared by milling LiBH4 with LiNH2.\n\n"


@pytest.mark.parametrize("sentence", [
    "The Li-ion conductivity of this novel hydride exceeds those of LiNH2 and LiBH4 and reaches 0.2 mS/cm at 40 °C.",
    "The Li-ion conductivity of this compound reaches 0.2 mS/cm at 40 °C, exceeding those of LiNH2 and LiBH4.",
    "The new material, outperforming LiNH2 and LiBH4, conducts Li ions at 0.2 mS/cm at 40 °C.",
    "This compound shows a Li-ion conductivity of 0.2 mS/cm at 40 °C, an advantage over LiBH4.",
])
def test_the_value_stays_on_the_passages_sample(sentence):
    assert systems_by_value(_MADE + sentence)[0.2] == "Li2(BH4)(NH2)"


def test_every_listed_reference_is_one():
    got = systems_by_value(_MADE + "The Li-ion conductivity of Li2(BH4)(NH2) is higher than those of LiNH2 and LiBH4 "
                           "and reaches 0.2 mS/cm at 40 °C.")
    assert got[0.2] == "Li2(BH4)(NH2)"


def test_a_value_exceeded_is_no_reference_word():
    # near miss: 'exceeds' before a value (no 'those of') bounds the subject's own value
    got = systems_by_value("The Li-ion conductivity of LiBH4 exceeds 1 mS/cm above 120 °C.")
    assert got[1.0] == "LiBH4"
