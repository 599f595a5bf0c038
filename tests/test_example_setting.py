"""A temperature or pressure given as an example of a range the words name ('decomposed below its melting point,
e.g. 340 °C', 'above the MgH2 decomposition, for example 400 °C') is a setting the authors chose in that range, no
value they measured. A value named for a material after the example ('e.g. 7.6 wt% for MgH2') is still a fact. The
sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple[str, float]]:
    return [(r["property"], r["value"]) for r in records("# A borohydride paper\n\n" + text + "\n")]


@pytest.mark.parametrize("text, value", [
    ("The Sr(BH4)2 powder was decomposed below its melting point, e.g. 340 °C, so that SrB6 forms.", 340.0),
    ("Dehydrogenation of LiBH4–MgH2 is run above the MgH2 decomposition, for example 400 °C, under 0.5 MPa H2.",
     400.0),
    ("Two routes were tested: (1) heating Mg(BH4)2 below its melting point, e.g. 280 °C, and (2) heating above "
     "it, e.g. 350 °C.", 350.0),
])
def test_an_example_of_a_range_is_no_value(text, value):
    rows = _rows(text)
    assert not [r for r in rows if r[1] == value], rows


def test_a_materials_value_given_as_an_example_stays():
    # near miss: a capacity, no setting, named for a material
    rows = _rows("Hydrides with capacities above 6 wt%, e.g. 7.6 wt% for MgH2, are rare.")
    assert ("hydrogen_capacity", 7.6) in rows, rows
