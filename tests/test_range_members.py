"""A tilde between two numbers joins a range's ends ('420∼470 K', '250～270 °C'), as many authors write it; a range
written as one member of a list ('60, 70–75 and 80 kJ/mol', '300–350 and 400–450 °C, respectively', negative ends
'−2∼−4') keeps both ends on that member's own sample, and the list one value for each member. Sentences written for
these tests."""
from __future__ import annotations

import pytest
from extracted import records

from ingest.extraction.text.quantity_text import groups


def _values(text: str) -> list[tuple]:
    return [(r["system"], r["value"], r["value_max"]) for r in records(text)]


@pytest.mark.parametrize("text, low, high", [
    ("LiAlH4 releases its first hydrogen in the range of 420∼470 K.", 146.85, 196.85),
    ("The desorption of the milled Mg(NH2)2–2LiH sample starts at 150～170 °C.", 150.0, 170.0),
    ("Hydrogen evolves from the NaAlH4–TiCl3 powder at 110∼130 °C.", 110.0, 130.0),
])
def test_tilde_between_numbers_is_a_range(text, low, high):
    [(_, value, value_max)] = _values(text)
    assert (round(value, 2), round(value_max, 2)) == (low, high)


def test_tilde_before_one_number_still_approximates():
    rows = records("The NaAlH4–TiCl3 powder releases ∼4.1 wt% of hydrogen at 150 °C.")
    assert [(r["value"], r["value_max"], r["qualifier"]) for r in rows] == [(4.1, None, "~")]


@pytest.mark.parametrize("text, expected", [
    ("The decomposition enthalpies of KAlH4, NaAlH4 and LiAlH4 are 55, 37–41 and 12 kJ/mol H2, respectively.",
     [("KAlH4", 55.0, None), ("NaAlH4", 37.0, 41.0), ("LiAlH4", 12.0, None)]),
    ("Ca(BH4)2 and Mg(BH4)2 release hydrogen at 340–390 and 270–310 °C, respectively.",
     [("Ca(BH4)2", 340.0, 390.0), ("Mg(BH4)2", 270.0, 310.0)]),
    ("The onset temperatures of MgH2–TiO2, MgH2–Nb2O5 and MgH2–V2O5 are 245±3, 205∼215 and 230±4 °C, respectively.",
     [("MgH2–TiO2", 245.0, None), ("MgH2–Nb2O5", 205.0, 215.0), ("MgH2–V2O5", 230.0, None)]),
])
def test_range_as_a_member_of_a_list(text, expected):
    assert sorted(_values(text)) == sorted(expected)


def test_negative_ends_written_by_their_size_are_a_range():
    [g] = [g for g in groups("enthalpies of 4.2±0.4, −2∼−4 and 1.1±0.2 kJ/mol H2") if g.kind == "list"]
    assert [(n.value, n.upper) for n in g.numbers] == [(4.2, None), (-4.0, -2.0), (1.1, None)]


def test_range_beside_a_setting_of_another_unit_stays_one_range():
    rows = records("The MgH2–Fe2O3 composite releases 5.5–6.0 wt% of hydrogen at 300 °C and 2 MPa.")
    assert [(r["value"], r["value_max"]) for r in rows] == [(5.5, 6.0)]
