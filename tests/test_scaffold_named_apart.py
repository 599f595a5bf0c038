"""Issue 10, item 1b: a scaffold named apart from the value. The scaffold is named by its function ('served as the host
for', 'as a scaffold') or in an earlier sentence, the hydride goes into it without the scaffold named beside it ('LiBH4
was infiltrated from the melt'), and a later sentence says 'the confined hydride', 'the infiltrated hydride', 'the
confined composite': the value is the hydride's in that scaffold. Every sentence here is written for this test."""
from __future__ import annotations

import pytest
from extracted import parts_by_value


@pytest.mark.parametrize("text, value, want", [
    ("Ordered mesoporous carbon CMK-3 served as the host for LiBH4. After solution infiltration the hydride fills most "
     "of the pores. The confined hydride desorbs hydrogen with an activation energy of 110 kJ/mol.", 110.0, "LiBH4–CMK-3"),
    ("We used SBA-15 silica as a scaffold. LiBH4 was infiltrated from the melt. The infiltrated hydride shows a "
     "conductivity of 0.1 mS/cm at 40 °C.", 0.1, "LiBH4–SBA-15"),
    ("MCM-41 was chosen as the template for NaAlH4. The alanate was then impregnated from a THF solution. Hydrogen "
     "release of the nanoconfined sample began at 120 °C.", 120.0, "NaAlH4–MCM-41"),
    ("A mesoporous carbon acts as the host of Mg(BH4)2 in this work, and the confined composite starts to decompose "
     "at 180 °C.", 180.0, "Mg(BH4)2–porous carbon"),
])
def test_the_confined_sample_is_in_the_scaffold_named_apart(text, value, want):
    assert parts_by_value(text)[value] == want


@pytest.mark.parametrize("text, value, want", [
    # near misses: the hydride is milled, not put in the scaffold, or a scaffold named for another purpose
    ("We used SBA-15 silica as a scaffold. LiBH4 was ball milled for 2 h and shows a conductivity of 0.01 mS/cm at "
     "40 °C.", 0.01, "LiBH4"),
    ("SBA-15 was dried at 300 °C under vacuum. Bulk LiBH4 shows a conductivity of 0.001 mS/cm at 40 °C.", 0.001,
     "LiBH4"),
])
def test_a_hydride_not_put_in_the_scaffold_stays_bare(text, value, want):
    assert parts_by_value(text)[value] == want
