"""A resistance given per electrode area (Ω·cm²) is its own property, area-specific resistance, routed by its unit:
named 'interfacial resistance', 'ASR' or 'area-specific resistance' it is kept (before, a value in Ω·cm² was
dropped, since no property of the ontology had that unit); a resistance in Ω stays an interfacial resistance."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text, value, qualifier, system", [
    ("The LiBH4–LiI electrolyte showed a negligible interfacial resistance (<2 Ω cm2) at 0.1 mA cm−2.",
     2.0, "<", "LiBH4–LiI"),
    ("Against lithium metal the Li2B12H12 pellet had an area-specific resistance of 15 Ω cm² at 60 °C.",
     15.0, "=", "Li2B12H12"),
    ("After ten cycles the ASR of the Mg(BH4)2·NH3 cell stayed near 120 Ω·cm2.", 120.0, "~", "Mg(BH4)2·NH3"),
])
def test_a_resistance_per_area_is_an_area_specific_resistance(text, value, qualifier, system):
    found = [(r["property"], r["value"], r["qualifier"], r["system"]) for r in records(text)]
    assert ("area_specific_resistance", value, qualifier, system) in found
    assert not any(r["property"] == "interfacial_resistance" for r in records(text))


def test_near_misses_a_resistance_in_ohm_and_a_resistivity():
    # a resistance in Ω is still the interface's resistance, no resistance per area
    assert [(r["property"], r["value"]) for r in records("The interfacial resistance of LiBH4 with Li dropped to "
                                                         "40 Ω after cycling.")] == [("interfacial_resistance", 40.0)]
    # Ω·cm is a resistivity (a length, no area): no area-specific resistance
    assert not any(r["property"] == "area_specific_resistance"
                   for r in records("The LiBH4 film had a resistivity of 3 Ω cm at 25 °C."))
