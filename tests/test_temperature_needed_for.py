"""A temperature the sentence says, after it, is needed or required for a process ('temperatures (> 150 °C) are
needed for rehydrogenation of X', 'above 280 °C is required to release hydrogen') is that process's temperature,
with the bound it is written with; a requirement of something else at the temperature ('at 90 °C no catalyst is
needed for …') names none. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _temperatures(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], r["value"], r["qualifier"]) for r in records(text) if r["unit"] == "degC"]


@pytest.mark.parametrize("text, expected", [
    ("It is widely held that elevated temperatures (> 150 °C) and pressures (> 10 MPa) are needed for "
     "rehydrogenation of decomposed Na3AlH6.", ("hydrogenation_temperature", 150.0, ">")),
    ("For undoped Mg(NH2)2–2LiH, a temperature above 280 °C is required to release hydrogen at a useful rate.",
     ("dehydrogenation_temperature", 280.0, ">")),
    ("In bulk LiBH4, heating to at least 400 °C was necessary for the dehydrogenation of the borohydride.",
     ("dehydrogenation_temperature", 400.0, ">=")),
])
def test_temperature_needed_for_a_process(text, expected):
    assert _temperatures(text) == [expected]


def test_something_else_needed_at_a_temperature_names_no_process():
    assert _temperatures("At 90 °C no catalyst is needed for the hydrolysis of the MgH2–LiBH4 powder.") == []
