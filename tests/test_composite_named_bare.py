"""A composite of hydrides named with a baseline word after a value ('close to 40.1 kJ/mol H2 for pristine
2LiNH2–MgH2') is its own bare sample, as 'for pristine MgH2' is: its partners are what it is made of, not additions,
so the value is not the catalysed sample's. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import parts_by_value


@pytest.mark.parametrize("text, value, expected", [
    ("The desorption enthalpy of KOH-added 2LiNH2–MgH2 is 39.6 kJ/mol H2, close to 40.1 kJ/mol H2 for pristine "
     "2LiNH2–MgH2.", 40.1, "LiNH2–MgH2"),
    ("The activation energy of 2LiBH4–MgH2 doped with 5 mol% TiCl3 is 120 kJ/mol, against 156 kJ/mol for the "
     "undoped 2LiBH4–MgH2.", 156.0, "LiBH4–MgH2"),
    ("Mg(NH2)2–2LiH with 3 mol% KH starts to desorb at 130 °C, well below 180 °C for pristine Mg(NH2)2–2LiH.", 180.0,
     "Mg(NH2)2–LiH"),
])
def test_a_bare_composite_named_after_a_value_is_its_sample(text, value, expected):
    assert parts_by_value(text)[value] == expected


def test_a_composite_with_a_catalyst_named_after_a_value_keeps_it():
    got = parts_by_value("The activation energy of 2LiBH4–MgH2 is 156 kJ/mol, against 120 kJ/mol for 2LiBH4–MgH2–TiCl3.")
    assert got[120.0] == "LiBH4–MgH2–TiCl3"
