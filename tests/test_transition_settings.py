"""A conductivity said of the phase a transition makes is measured at the transition's temperature, when the sentence
gives that temperature and no other: without it the value compares with nothing."""
from __future__ import annotations

import pytest
from extracted import records


def _conductivities(text: str) -> list[dict]:
    return [r for r in records(text) if r["property"] == "ionic_conductivity"]


@pytest.mark.parametrize("text, value, temperature", [
    ("Once its order–disorder transition at 115 °C is complete, NaCB11H12 conducts 0.12 S/cm.", 120.0, 115.0),
    ("Above its phase transition at 105 °C, LiCB11H12 reaches a conductivity of 0.08 S cm-1.", 80.0, 105.0),
    ("Past the polymorphic transition at 110 °C, Na2B12H12 shows an ionic conductivity of 0.09 S/cm.", 90.0, 110.0),
])
def test_the_phase_value_is_at_the_transition_temperature(text, value, temperature):
    row, = [r for r in _conductivities(text) if r["value"] == value]
    assert row["conditions"].get("temperature") == temperature


def test_near_miss_a_value_with_its_own_temperature_keeps_it():
    text = ("Above its phase transition at 105 °C, LiCB11H12 conducts well, and at 25 °C its conductivity is "
            "0.2 mS/cm.")
    row, = _conductivities(text)
    assert row["conditions"].get("temperature") == 25.0


@pytest.mark.parametrize("text", [
    # the transition is named, but nothing says the value is reached after it
    "LiCB11H12 shows a phase transition at 127 °C and a conductivity of 0.15 S/cm.",
    # the value of the phase the transition makes, read somewhere above it
    "The disordered high-temperature phase of LiCB9H10 appears with a transition at 85 °C and shows an ionic "
    "conductivity of 0.09 S/cm.",
])
def test_near_miss_no_reading_after_the_transition_sets_nothing(text):
    row, = _conductivities(text)
    assert "temperature" not in row["conditions"]
