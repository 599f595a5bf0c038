"""A mole fraction is no mass fraction: 'NH3 release (<0.01 mol%)' is no hydrogen capacity of 0.01 wt%, and a
capacity written in wt% or a plain per cent still is one. Turning mol% into wt% needs molar masses the unit does
not carry, so the unit layer refuses it with the field named. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import property_values

from ontology.units import UnitError, to_canonical


@pytest.mark.parametrize("text, kept", [
    ("Mg(NH2)2–2LiH doped with KH desorbs 4.8 wt% of hydrogen at 200 °C, with negligible NH3 release "
     "(<0.01 mol%).", 4.8),
    ("The LiNH2–LiH composite releases 5.2 wt% H2 below 300 °C and only 0.05 mol% NH3.", 5.2),
    ("The ammine borohydride gives off 9.1 wt% H2 whose NH3 content stays below 0.1 mol%.", 9.1),
])
def test_a_mole_fraction_of_a_gas_is_no_capacity(text, kept):
    capacities = [v for p, v in property_values(text) if p == "hydrogen_capacity"]
    assert capacities == [kept]


def test_a_plain_per_cent_capacity_is_still_one():
    assert ("hydrogen_capacity", 6.1) in property_values("MgH2–5 wt% Ni releases 6.1 % hydrogen at 300 °C.")


def test_the_unit_layer_names_the_field():
    with pytest.raises(UnitError, match="hydrogen_capacity"):
        to_canonical("hydrogen_capacity", 0.01, "mol%")
    assert to_canonical("hydrogen_capacity", 5, "wt%") == 5.0
