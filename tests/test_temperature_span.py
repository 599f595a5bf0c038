"""'in the temperature from 150 to 250 °C': a span of a setting written without the word "range" is a range,
not a change from one value to another. Sentences written for this test."""
import pytest

from tests.prose_sentences import contract_measurements


@pytest.mark.parametrize("text, low, high", [
    ("NaAlH4 desorbs hydrogen in the temperature from 180 to 260 °C.", 180.0, 260.0),
    ("MgH2 releases hydrogen over the temperatures from 280 to 350 °C.", 280.0, 350.0),
    ("Mg(BH4)2 decomposes across the temperature from 250 to 400 °C.", 250.0, 400.0),
])
def test_a_temperature_span_is_one_range(text, low, high):
    rows = contract_measurements(text)
    assert [(r["value"], r["value_max"]) for r in rows] == [(low, high)], rows


def test_a_fall_from_one_value_to_another_stays_a_change():
    rows = contract_measurements("The onset temperature of MgH2 dropped from 350 to 280 °C.")
    assert sorted(r["value"] for r in rows) == [280.0, 350.0] and all(r["value_max"] is None for r in rows)
