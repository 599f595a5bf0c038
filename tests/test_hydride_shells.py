"""A second hydride written after the '@' of an anode's hydride ('MgH2@Mg(BH4)2', 'MgH2@LiBH4') is a shell on the
particles, never a scaffold — a hydride has no pores to hold them —, and what it brings to the electrode is the
core–shell build (CoreShellStructuring), not the composite composition a conductor milled in gives
(CompositionAlteration). Issue 10 (the review's MHG@MBH anodes); ontology.system._role and strategy_rules. Near
misses: the same pair milled together stays a composite electrode; a carbon after '@' stays the scaffold. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _row(text: str, value: float) -> dict:
    rows = [r for r in records(text) if r["value"] == value]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("text, value, shell", [
    ("The MgH2@Mg(BH4)2 electrode delivered 900 mAh/g after 100 cycles.", 900.0, "Mg(BH4)2"),
    ("MgH2 particles were coated by a LiBH4 layer; the MgH2@LiBH4 anode delivered 1200 mAh/g after 50 cycles.",
     1200.0, "LiBH4"),
    ("Each MgH2 particle carries a thin shell of LiBH4, and this MgH2@LiBH4 electrode kept 640 mAh/g over 300 "
     "cycles.", 640.0, "LiBH4"),
])
def test_hydride_after_at_is_a_shell_of_the_anode(text, value, shell):
    row = _row(text, value)
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert roles == {"MgH2": "HostHydride", shell: "SolidElectrolytePartner"}, row
    assert row["strategies"] == ["CoreShellStructuring"], row


def test_near_miss_milled_together_is_a_composite_electrode():
    row = _row("MgH2 was ball milled with 30 wt% LiBH4 to make an anode; the MgH2–LiBH4 electrode delivered "
               "1000 mAh/g.", 1000.0)
    assert row["strategies"] == ["CompositionAlteration"], row


def test_near_miss_carbon_after_at_stays_the_scaffold():
    row = _row("The MgH2@C anode, the hydride held in porous carbon, delivered 820 mAh/g after 100 cycles.", 820.0)
    assert {c["role"] for c in row["components"][1:]} == {"ScaffoldConfinementHost"}, row
