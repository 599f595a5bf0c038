"""A mass unit with the H2 glued to it ('gH2/L', 'kgH2 m-3', 'mgH2/g') is the gram of hydrogen, as 'g H2/L'
spaced is: the H2 qualifies the unit and is dropped (ontology.units; issue 10, from a real abstract giving a
pellet's volumetric capacity in 'gH2/L'). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records

from ontology.units import UnitError, parse_unit, ureg


@pytest.mark.parametrize("written, same_as", [
    ("gH2/L", "g/L"),
    ("gH2 L-1", "g/L"),
    ("kgH2/m3", "kg/m^3"),
    ("kgH2 m-3", "kg/m^3"),
    ("mgH2/g", "mg/g"),
    ("gH₂/L", "g/L"),
])
def test_the_glued_h2_qualifies_the_gram(written, same_as):
    assert parse_unit(written) == ureg.parse_units(same_as)


def test_a_hydride_formula_is_still_no_unit():
    # near miss: 'MgH2' begins like 'mgH2' but is a formula (case decides), never milligrams
    with pytest.raises(UnitError):
        parse_unit("MgH2")


@pytest.mark.parametrize("text, value", [
    ("The compacted LiBH4–MgH2 pellet stores 38.5 gH2/L after ten cycles.", 38.5),
    ("A bed of NaAlH4 pellets reached a volumetric capacity of 27 kgH2 m-3.", 27.0),
    ("Pressed into discs, the Mg2FeH6 powder holds 120 kgH2/m3.", 120.0),
])
def test_a_volumetric_capacity_in_glued_units_is_read(text, value):
    got = [(r["property"], r["value"], r["unit"]) for r in records(text)]
    assert ("volumetric_hydrogen_capacity", value, "g/L") in got, got


def test_grams_of_a_hydride_are_no_capacity():
    # near miss: a mass of the hydride put in the cell, whose unit is grams of MgH2 spelled out
    got = [r["property"] for r in records("We loaded 2.0 g of MgH2 into the reactor and cycled it at 300 °C.")]
    assert "volumetric_hydrogen_capacity" not in got, got
