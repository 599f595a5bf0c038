"""A setting written before the method word it sets ('the 10 h milled MgH2–Ni sample', 'a 2 h ball-milled powder')
says how the sample was made: no condition of the value measured on it. A time the value was measured within
stays its condition. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text, value", [
    ("The 10 h milled MgH2–Ni sample released 6.1 wt% H2.", 6.1),
    ("A 20 h ball-milled MgH2–TiF3 powder desorbs 5.9 wt% hydrogen.", 5.9),
    ("After 15 h milling, the LiBH4–MgH2 composite released 8.5 wt% H2.", 8.5),
])
def test_a_milling_time_before_its_method_is_no_condition(text, value):
    row = next(r for r in records(text) if r["value"] == value)
    assert "time" not in row["conditions"]


def test_a_measuring_time_stays_a_condition():
    row, = records("MgH2–Ni releases 6.1 wt% H2 within 10 min at 300 °C.")
    assert row["conditions"].get("time") == 10.0
