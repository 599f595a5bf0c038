"""A material written before a noun of laboratory equipment (the ontology's ApparatusNoun scheme: 'copper wheel',
'Al2O3 crucible', 'WC vial') is the tool's, no component of the sample made with or in it. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


@pytest.mark.parametrize("text, system", [
    ("# Kinetics of melt-spun Mg-8Ni-3Y ribbons\n\nThe Mg-8Ni-3Y alloy was prepared by induction melting. The "
     "nanocrystalline alloy was obtained by the melt-spun process with the surface velocity of copper wheel of "
     "12.5 m/s. The hydrogen storage capacity of the alloy is 5.31 wt%.", "Mg–8Ni–3Y"),
    ("Mg(BH4)2 was heated in a sealed Al2O3 crucible and released 11.2 wt% hydrogen at 500 °C.", "Mg(BH4)2"),
    ("LiBH4 heated in an alumina crucible released 9.1 wt% hydrogen.", "LiBH4"),
])
def test_the_material_of_a_tool_is_no_component(text, system):
    rows = records(text)
    assert [r["system"] for r in rows] == [system]


def test_a_milled_in_additive_stays_one():
    # (near miss: 'ball milled' is the milling, not the mill's balls; the oxide milled in is the catalyst)
    rows = records("MgH2 was ball milled with 5 wt% Nb2O5. The sample absorbs 6.1 wt% hydrogen.")
    assert [r["system"] for r in rows] == ["MgH2–5 wt% Nb2O5"]
