"""Issue 10 item 1: 'A and B … respectively' pairs values with their own systems — also where B is the bare host
of A ('the capacities of MgH2–Ni and MgH2 were 6.1 and 4.2 wt%'): the bare host coordinated with its modified
sample is a sample of its own, not that sample named again."""
from __future__ import annotations

import pytest
from prose_sentences import facts


def parts(v, value):
    s = v[value].system
    return s.host.formula, sorted(c.formula for c in s.additives)


@pytest.mark.parametrize("text, first, second, additive", [
    ("The capacities of MgH2–Co and MgH2 were 6.3 and 4.1 wt%, respectively.", 6.3, 4.1, "Co"),
    ("After 40 cycles the MgH2/C and MgH2 electrodes kept 530 and 170 mAh g−1, respectively.", 530.0, 170.0, "C"),
    ("LiBH4–LiI or LiBH4 conduct 0.11 and 0.0002 mS/cm at 30 °C, respectively.", 0.11, 0.0002, "LiI"),
])
def test_the_bare_host_in_the_pair_keeps_its_own_value(text, first, second, additive):
    v = facts(text)
    assert parts(v, first)[1] == [additive]
    assert parts(v, second)[1] == []


def test_the_host_named_again_after_a_verb_is_still_the_sample():
    # near miss: the bare host named again after what was done to it is the sample made
    v = facts("LiBH4 was melt-infiltrated into activated carbon, giving LiBH4 particles below 6 nm.")
    assert parts(v, 6.0) == ("LiBH4", ["activated carbon"])
