"""A temperature below absolute zero is refused in the unit it was typed in, with what to write: '-5 K' used to be
refused as '-278.15 °C', a number the researcher never typed, and no fix. Entries written for this test."""
from __future__ import annotations

import pytest

from ingest.entries.entry import EntryValidationError, load_entry

KELVIN = "-5 K is below absolute zero (0 K); a temperature in K is never negative: write it in °C if that was " \
         "meant ('-5 °C'), else check the sign"


def _messages(measurement=None, step=None) -> dict[str, str]:
    doc = {"title": "Cold check", "author": "A. Researcher",
           "samples": [{"id": "S1", "system": "MgH2", "measurements": [measurement] if measurement else []}],
           "synthesis": [step] if step else []}
    with pytest.raises(EntryValidationError) as err:
        load_entry(doc)
    return {i.path: i.message for i in err.value.issues}


@pytest.mark.parametrize("typed, unit", [("-5 K", "K"), ({"value": -5, "unit": "K"}, "K"), ("-5 kelvin", "kelvin")])
def test_a_condition_in_kelvin_below_zero_says_so_in_kelvin(typed, unit):
    got = _messages({"property": "hydrogen capacity", "value": 6, "unit": "wt%",
                     "conditions": {"temperature": typed}})
    said = KELVIN.replace(" K", f" {unit}").replace("(0 K)", f"(0 {unit})")
    assert got == {"samples[0].measurements[0].conditions.temperature": f"condition 'temperature': {said}"}
    assert "278.15" not in str(got)


def test_a_value_and_a_step_in_kelvin_below_zero():
    assert _messages({"property": "onset dehydrogenation temperature", "value": -5, "unit": "K"}) == {
        "samples[0].measurements[0].value": KELVIN}
    assert _messages(step={"method": "ball milling", "temperature": "-5 K"}) == {
        "synthesis[0].temperature.value": KELVIN}


def test_celsius_below_absolute_zero_names_the_sign_or_the_unit():
    got = _messages({"property": "hydrogen capacity", "value": 6, "unit": "wt%",
                     "conditions": {"temperature": "-300 °C"}})
    assert got["samples[0].measurements[0].conditions.temperature"] == (
        "condition 'temperature': -300 °C is below absolute zero (-273.15 °C); check the sign, or the unit "
        "(a temperature in K is written '300 K')")


def test_near_miss_minus_five_celsius_is_a_temperature():
    entry = load_entry({"title": "Cold check", "author": "A. Researcher", "samples": [
        {"id": "S1", "system": "MgH2", "measurements": [{"property": "hydrogen capacity", "value": 6, "unit": "wt%",
                                                          "conditions": {"temperature": "-5 °C"}}]}]})
    assert entry.samples[0].measurements[0].conditions == {"temperature": "-5 °C"}


@pytest.mark.parametrize("typed, zero", [("-500 °F", "-459.67 °F"), ("-500 degF", "-459.67 °F"),
                                          ({"value": -480, "unit": "degF"}, "-459.67 °F")])
def test_fahrenheit_below_absolute_zero_says_where_zero_is_in_fahrenheit(typed, zero):
    got = _messages({"property": "hydrogen capacity", "value": 6, "unit": "wt%", "conditions": {"temperature": typed}})
    (message,) = got.values()
    assert f"is below absolute zero ({zero}); check the sign, or the unit" in message, message
    assert "273.15" not in message
