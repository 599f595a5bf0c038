"""A share given to a series variable is the composition of that member, whatever word brings the variable in:
"(with x = 3, 6 and 12 wt.%)", "where x = 2 and 4 wt%", "(for x = 1.5 wt.%)" name loadings, no hydrogen
capacity of the alloys. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _values(doc: str) -> list[tuple[str, float, str]]:
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    return [(r["property"], r["value"], r["unit"]) for r in rows]


@pytest.mark.parametrize("doc", [
    "Hydrogen sorption of milled Mg–xSn alloys (with x = 3, 6 and 12 wt.%) was examined by PCI.",
    "The hydrogen uptake of cast Mg–xZn alloys, where x = 2 and 4 wt%, was followed by a Sieverts rig.",
    "Hydrogen desorption from Mg–xGa powders (for x = 1.5, 3 and 6 wt.%) was compared.",
])
def test_the_shares_of_a_series_variable_are_no_capacity(doc):
    assert not [v for v in _values(doc) if v[2] == "wt%"], _values(doc)


def test_near_miss_a_capacity_said_for_a_member_stays():
    values = _values("With x = 6 wt.%, the Mg–xSn alloy absorbed 5.2 wt% hydrogen at 300 °C.")
    assert ("absorbed_hydrogen_capacity", 5.2, "wt%") in values, values
