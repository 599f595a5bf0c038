"""A table cell's quantities are read as the prose reads them (ingest.extraction.text.quantity_text with the ontology's
units), not from a short list of units of its own: a condition written beside a cell's value in any unit the ontology
knows ('in 15 min', 'at 573 K', '5.1 mass%') reaches the value. Tables written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.tables.tables import _quantities, _unit_is_property

_TABLE = """Table 2. Uptake of the milled samples.

| Sample | Uptake |
| --- | --- |
| MgH2–5 wt% Ni | {} |
"""


@pytest.mark.parametrize("cell, value, condition", [
    ("5.8 wt.% in 15 min", 5.8, ("time", 15.0)),
    ("5.1 mass% at 573 K", 5.1, ("temperature", 299.85)),
    ("4.4 wt% within 2 h", 4.4, ("time", 120.0)),
])
def test_a_condition_in_any_unit_beside_the_value_is_read(cell, value, condition):
    row = the_one(contract_measurements(_TABLE.format(cell)), value)
    assert row["property"] == "absorbed_hydrogen_capacity" and row["unit"] == "wt%"
    key, amount = condition
    assert row["conditions"][key] == pytest.approx(amount)


def test_a_value_alone_has_no_condition():
    # (near miss: nothing beside the value, and the row name's '5 wt%' is no condition of it)
    row = the_one(contract_measurements(_TABLE.format("5.3 wt%")), 5.3)
    assert not row["conditions"]


def test_the_cell_reader_keeps_ranges_and_skips_ordinals():
    assert _quantities("0 to 500 °C") == [(0.0, 500.0, "°C")]
    assert _quantities("2–4 MPa 6.1 wt% (50th)") == [(2.0, 4.0, "MPa"), (6.1, None, "wt%")]
    assert _quantities("MgH2–5 wt% Ni") == [(5.0, None, "wt%")]   # (a loading of 5 wt%, no range 2–5)


@pytest.mark.parametrize("unit", ["wt%", "wt %", "wt.%", "mass%", "wt% H2"])
def test_every_spelling_of_a_mass_fraction_is_a_property_unit(unit):
    assert _unit_is_property(unit)
    assert not _unit_is_property("MPa") and not _unit_is_property("no unit at all")
