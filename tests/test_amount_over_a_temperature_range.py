"""A hydrogen amount given off or taken up over a temperature range is what the sample has exchanged by the
range's end: its temperature condition is the upper one ("up to 400 °C" gives the same), not the start of
the heating. A capacity cycled within a window, and a conductivity over a range, keep the window: since range
conditions exist (``condition_max``), their temperature is the range, its lower end in ``conditions`` and its
upper end in ``condition_max`` (this test once asked for no temperature at all, when a condition held one number).
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def temperature_of(text: str, prop: str) -> float | None:
    found = [r for r in records(text) if r["property"] == prop]
    assert len(found) == 1, found
    return found[0]["conditions"].get("temperature")


@pytest.mark.parametrize("text, prop, temperature", [
    ("The MgH2–5 wt% Ni sample releases 6.1 wt% H2 in the temperature range from 25 to 400 °C.",
     "hydrogen_capacity", 400.0),
    ("TGA shows a mass loss of 5.2 wt% for Mg(BH4)2 over the range 30–500 °C.", "hydrogen_capacity", 500.0),
    ("On heating in the range of 200–350 °C, the MgH2–TiF3 composite desorbs 5.5 wt% H2.", "hydrogen_capacity",
     350.0),
    ("The Mg(NH2)2–2LiH mixture liberates 4.9 wt% hydrogen over 80–260 °C.", "hydrogen_capacity", 260.0),
])
def test_an_amount_over_a_temperature_range_is_at_its_end(text, prop, temperature):
    assert temperature_of(text, prop) == temperature


@pytest.mark.parametrize("text, prop, low, high", [
    ("Between 150 and 200 °C the Mg–Ti film absorbs and desorbs 4.2 wt% hydrogen reversibly over fifty cycles.",
     "reversible_hydrogen_capacity", 150.0, 200.0),
    ("The conductivity of LiBH4–LiI is 0.1 mS/cm between 25 and 100 °C.", "ionic_conductivity", 25.0, 100.0),
])
def test_a_cycled_capacity_or_a_conductivity_keeps_its_temperature_range(text, prop, low, high):
    """Moved to the range-condition decision: the window is the condition (lower end, ``condition_max`` upper)."""
    found = [r for r in records(text) if r["property"] == prop]
    assert len(found) == 1, found
    assert found[0]["conditions"].get("temperature") == low
    assert found[0]["condition_max"] == {"temperature": high}


@pytest.mark.parametrize("text, prop", [
    ("TGA shows 4.8 wt% of hydrogen release for LiBH4–MgCl2 from RT to 400 °C.", "hydrogen_capacity"),
    ("The LiBH4–SiO2 composite loses 9.0 wt% of hydrogen in the range RT–450 °C.", "hydrogen_capacity"),
    ("Over RT-350 °C, the Mg(NH2)2–2LiH sample releases 5.0 wt% hydrogen.", "hydrogen_capacity"),
])
def test_room_temperature_opening_a_range_is_no_temperature_the_value_is_at(text, prop):
    """"from RT to 400 °C": room temperature is where the heating starts, not where the amount was measured."""
    assert temperature_of(text, prop) != 25.0


def test_a_value_at_room_temperature_keeps_it():
    assert temperature_of("The LiBH4–LiI pellet conducts 0.1 mS/cm at RT.", "ionic_conductivity") == 25.0
