"""A reference's value set against the sample's with a hedge that plays it down ('compared with only 2.1 wt% for
pure MgH2', 'compared with merely 1.7 wt% for …') is read as the reference's value, as it is without
the hedge. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple[str, float]]:
    return [(r["system"], r["value"]) for r in records(text)]


@pytest.mark.parametrize("text, sample, value", [
    ("Within 30 min the MgH2–TiF3 composite gives off 6.3 wt% of hydrogen, compared with only 2.1 wt% for pure "
     "MgH2.", "MgH2", 2.1),
    ("In 2 h the Mg(BH4)2–TiF3 sample releases 8.2 wt% of hydrogen, compared with only 3.0 wt% for bare Mg(BH4)2.",
     "Mg(BH4)2", 3.0),
    ("At 300 °C, Mg(NH2)2–2LiH–KH takes up 4.9 wt% of hydrogen in 20 min, compared with merely 1.7 wt% for "
     "Mg(NH2)2–2LiH.", "Mg(NH2)2–2LiH", 1.7),
])
def test_hedged_reference_value_is_read(text, sample, value):
    assert (sample, value) in _rows(text)


def test_hedged_reference_of_another_quantity_is_no_capacity():
    rows = records("The MgH2–TiF3 composite gives off 6.3 wt% of hydrogen in 12 min, compared with only 40 min for "
                   "pure MgH2.")
    assert [(r["property"], r["value"]) for r in rows if r["unit"] == "wt%"] == [("hydrogen_capacity", 6.3)]
