"""An amount of hydrogen said released below a temperature ('about 5 wt% of hydrogen is released below 400 °C',
passive or active) is measured in a run up to that temperature: the temperature is the capacity's setting, no
dehydrogenation-temperature row of its own. A sample said fully dehydrogenated below a temperature keeps that row.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text, value, temperature", [
    ("For LiBH4–NbF5, about 5 wt% of hydrogen is released below 400 °C.", 5.0, 400.0),
    ("For MgH2–5 wt% Ni, 6.1 wt% H2 is desorbed below 300 °C.", 6.1, 300.0),
    ("In the Mg(BH4)2–TiF3 composite, 9.2 wt% of hydrogen was evolved under 450 °C.", 9.2, 450.0),
])
def test_a_capacity_below_a_temperature_is_measured_there(text, value, temperature):
    rows = records(text)
    assert [r["property"] for r in rows if r["unit"] == "degC"] == []
    row = next(r for r in rows if r["value"] == value)
    assert row["conditions"].get("temperature") == temperature


def test_full_dehydrogenation_below_a_temperature_stays_a_row():
    rows = records("The LiBH4–NbF5 composite is fully dehydrogenated below 400 °C.")
    assert [(r["property"], r["value"]) for r in rows] == [("full_dehydrogenation_temperature", 400.0)]
