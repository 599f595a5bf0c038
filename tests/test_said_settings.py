"""ingest.said_settings is the one reader of "the settings said before": the phrases that point back
('at the same temperature', 'under identical conditions', 'at this temperature') and what the paragraph said."""
from __future__ import annotations

from ingest.quantity_text import Group, Number
from ingest.said_settings import SaidSettings, same_after_value


def _temperature(value: float, start: int) -> Group:
    return Group("single", [Number(value, start, start + 3)], "degC", start, start + 6)


def test_the_last_temperature_said_is_derived_from_the_paragraph():
    said = SaidSettings()
    assert said.temperature() is None
    said.heard([_temperature(200.0, 0)])
    said.heard([])   # (a sentence without a temperature leaves it)
    assert said.temperature() == {"value": 200.0, "unit": "degC"}
    said.heard([_temperature(250.0, 10)])
    assert said.referred_temperature("It absorbs 5 wt% at this temperature.", []) == {"value": 250.0, "unit": "degC"}
    assert said.referred_temperature("It absorbs 5 wt% at 300 °C.", []) is None


def test_a_phrase_right_after_a_value():
    text = "B releases 3.9 wt% H2 at the same temperature"
    assert same_after_value(text, text.index("wt%") + 3)
    assert same_after_value("4 wt% under similar conditions", 5)
    assert not same_after_value("4 wt% at a similar rate", 5)
    assert not same_after_value("4 wt% and more, at least three words later at the same temperature", 5)
