"""Issue 10: a value whose property serves no application of its own (a crystallite or particle size) is the system's
in the application its other values in the source give it, for its strategies as for its roles: the Mg crystallites
of a lithiated '2LiH + Mg' anode give the anode no catalysis (tests/devset/README.md: a lithiated anode has no
strategy)."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text", [
    "The (2LiH + Mg) composite was made by milling MgH2 with Li, giving a divided composite in which Mg crystallites "
    "of 20 nm size are embedded in LiH. The (2LiH + Mg) electrode delivers a reversible capacity of 1064 mAh g−1.",
    "Milling LiH with Mg gave 2LiH + Mg with Mg grains of about 15 nm. As an anode, 2LiH + Mg shows a capacity of "
    "980 mAh/g in the first cycle.",
    "In the lithiated 2LiH + Ti, Ti crystallites of 12 nm remain after milling. The 2LiH + Ti electrode reaches a "
    "reversible capacity of 430 mAh g−1.",
])
def test_a_size_of_a_lithiated_anode_gives_no_strategy(text):
    rows = records(text)
    assert rows and all(r["application"] == "anode" and r["strategies"] == [] for r in rows), rows


def test_a_size_in_a_store_keeps_its_catalyst():
    # (near miss: the source stores hydrogen, so the metal milled into MgH2 is its catalyst)
    # (the Ni particles' own size is a fact on Ni alone, tests/devset/README.md: no sample, no strategy)
    rows = records("MgH2 milled with 5 wt% Ni has Ni particles of 20 nm. MgH2–5 wt% Ni releases 6.1 wt% H2 at 300 °C.")
    stored = [r for r in rows if r["material"] == "MgH2"]
    assert stored and all(r["strategies"] == ["MetalCatalysis"] for r in stored), rows
    assert [r["material"] for r in rows if r["property"] == "particle_size"] == ["Ni"], rows
