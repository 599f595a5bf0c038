"""Issue 10: 'the ZrCl4-doped sample' named beside a sample that holds ZrCl4 and more (MgH2–ZrCl4–graphene) is
the sample with ZrCl4 alone, where the passage made one."""
from __future__ import annotations

from prose_sentences import facts

_MADE = ("The onset temperatures of MgH2 + 10 wt% ZrCl4 and MgH2 + 10 wt% ZrCl4 + 5 wt% graphene were 270 °C and "
         "255 °C, respectively.")


def _additives(v, value):
    return sorted(c.formula for c in v[value].system.additives)


def test_the_sample_named_by_its_one_additive():
    for sentence, value in (
        ("The activation energies were 98.6 and 87.2 kJ/mol for the ZrCl4-doped sample and the "
         "ZrCl4/graphene-doped sample, respectively.", 98.6),
        ("The ZrCl4-doped sample desorbed 4.1 wt% H2 within 10 min at 300 °C.", 4.1),
        ("At 300 °C, the ZrCl4-catalysed sample starts to release hydrogen at 262 °C.", 262.0),
    ):
        v = facts(_MADE, sentence)
        assert _additives(v, value) == ["ZrCl4"], sentence


def test_the_sample_with_both_stays_whole():
    v = facts(_MADE, "The ZrCl4/graphene-doped sample desorbed 5.5 wt% H2 within 10 min at 300 °C.")
    assert _additives(v, 5.5) == ["ZrCl4", "graphene"] or _additives(v, 5.5) == ["ZrCl4/graphene"]
