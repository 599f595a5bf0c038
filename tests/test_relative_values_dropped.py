"""A relative statement ('20 times higher than', 'reduced by 40 °C', 'a decrease of 25 kJ/mol', 'lowered by 37%')
gives a change, not the property's value: the contract has no record for a change of a value (no delta property,
no qualifier for one), so it is left out, never stored as the absolute value; an absolute value beside it is kept.
So is an operating temperature, a condition of a device or test, no property of the material. (These held before
this file: it keeps them.) Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize("text", [
    "The Li+ conductivity of the LiBH4–SiO2 composite is 20 times higher than that of LiBH4 alone.",
    "Adding Ni brought the onset temperature of MgH2 down by 40 °C.",
    "Doping with TiF3 led to a decrease of 25 kJ/mol in the activation energy of MgH2.",
    "Ni doping lowers the activation energy of MgH2 by about 37%.",
    "The desorption enthalpy of MgH2 drops by 2 kJ/mol H2 with Ti3C2.",
    "Doping with Ni lowers the operating temperature of MgH2 to 250 °C.",
])
def test_a_change_or_an_operating_temperature_is_no_value(text):
    assert contract_measurements(text) == []


def test_an_absolute_value_beside_a_relative_one_is_kept():
    # near miss: the absolute uptake is the sample's value, its relative gain is not
    rows = contract_measurements("MgH2 was milled with 10 wt% Ni. The milled composite took up 4.25 wt% H2, "
                                 "an increase of 31% over MgH2.")
    assert [(r["property"], r["value"]) for r in rows] == [("absorbed_hydrogen_capacity", 4.25)]
