"""Issue 10: 'the peak shifted to 240 °C' in a passage about a modified sample is the value the modification
gave — but not when the clause's subject is the unmodified sample, named so ('bulk MgH2 drops to …'):
what it drops to is its own value."""
from __future__ import annotations

from prose_sentences import facts


def additives(v, value):
    return {c.formula for c in v[value].system.additives}


def test_a_bare_subject_keeps_the_value_it_drops_to():
    v = facts("MgH2 confined in a porous carbon was tested as an anode.",
              "It delivers 980 mAh/g after 100 cycles, while bulk MgH2 drops to 150 mAh/g after 20 cycles.")
    assert additives(v, 980.0) and not additives(v, 150.0)
    v = facts("LiBH4 was confined in SBA-15.", "The conductivity of pristine LiBH4 falls to 0.001 mS/cm at 30 °C.")
    assert not additives(v, 0.001)
    v = facts("MgH2 was milled with 5 wt% TiO2 and tested as an anode.",
              "Commercial MgH2, in contrast, declined to 210 mAh/g within 10 cycles.")
    assert not additives(v, 210.0)


def test_a_shift_of_the_host_is_still_the_modified_samples():
    # near miss: the host named without a baseline word; the shift is what the additive gave
    v = facts("MgH2 was doped with 5 wt% TiO2.", "The desorption peak of MgH2 shifted to 240 °C.")
    assert additives(v, 240.0) == {"TiO2"}


def test_a_contrast_set_off_after_the_bare_subject_keeps_its_value():
    for text in ("Pure MgH2, in contrast, releases hydrogen at 380 °C.",
                 "Bulk MgH2, by contrast, starts to desorb at 380 °C.",
                 "As-received MgH2, on the other hand, needs 380 °C to release hydrogen."):
        v = facts("MgH2 was milled with 5 wt% TiO2.", text)
        assert not additives(v, 380.0), text
    # near miss: the contrast opens a clause about the modified sample, whose value it is
    v = facts("LiBH4 was confined in SBA-15.",
              "The conductivity is 0.1 mS/cm for bulk LiBH4, while the confined sample reaches 0.5 mS/cm at 30 °C.")
    assert additives(v, 0.5) == {"SBA-15"} and not additives(v, 0.1)
