"""A temperature a run was held at is the setting of the fraction measured in that run, never a
dehydrogenation-temperature row of its own: 'at an isothermal dehydrogenation temperature of 300 °C,
6.5 wt% is released', 'released … at a desorption temperature of 300 °C', 'the hydrogen desorption of the
composite at 120 °C gives 6.5 wt%'. A stage of the process ('starts to release H2 at', 'at an onset
temperature of') and a temperature said as the sample's property stay rows. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _row(row: dict) -> tuple:
    comps = [(c["material"], c["role"], c["amount"], c["amount_unit"]) for c in row["components"]]
    return row["property"], row["value"], row["unit"], row["system"], comps, row["conditions"]


_TIO2 = [("MgH2", "HostHydride", None, None), ("TiO2", "Catalyst", 5.0, "wt%")]


@pytest.mark.parametrize("text, conditions", [
    ("At an isothermal dehydrogenation temperature of 285.5 °C, MgH2–5 wt% TiO2 releases 6.3 wt% H2 in 5 min.",
     {"temperature": 285.5, "time": 5.0}),
    ("MgH2–5 wt% TiO2 released 6.3 wt% H2 within 5 min at a dehydrogenation temperature of 285.5 °C.",
     {"temperature": 285.5, "time": 5.0}),
    ("At a desorption temperature of 285.5 °C, 6.3 wt% H2 is released from MgH2–5 wt% TiO2 in 5 min.",
     {"temperature": 285.5, "time": 5.0}),
    ("For MgH2 with 5 wt% TiO2, at an isothermal temperature of 285.5 °C, 6.3 wt% is released in 5 min.",
     {"temperature": 285.5, "time": 5.0}),
    ("The hydrogen desorption of the MgH2–5 wt% TiO2 composite at 285.5 °C gives 6.3 wt% H2.",
     {"temperature": 285.5}),
])
def test_a_held_temperature_is_the_capacitys_setting(text, conditions):
    rows = contract_measurements(text)
    assert [_row(r) for r in rows] == [("hydrogen_capacity", 6.3, "wt%", "MgH2–5 wt% TiO2", _TIO2, conditions)]


@pytest.mark.parametrize("text, prop", [
    ("MgH2–5 wt% TiO2 starts to release H2 at an onset temperature of 185.5 °C and releases 6.3 wt% below 300 °C.",
     "onset_dehydrogenation_temperature"),
    ("MgH2–5 wt% TiO2 starts to release H2 at a temperature of 185.5 °C and releases 6.3 wt% up to 300 °C.",
     "onset_dehydrogenation_temperature"),
    ("The dehydrogenation temperature of MgH2–5 wt% TiO2 is 185.5 °C, and it releases 6.3 wt% H2.",
     "dehydrogenation_temperature"),
])
def test_a_stage_or_property_temperature_stays_a_row(text, prop):
    row = the_one(contract_measurements(text), 185.5)
    assert (row["property"], row["system"]) == (prop, "MgH2–5 wt% TiO2")
