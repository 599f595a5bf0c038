"""An analog's temperature against the query's is told as a difference ('15 °C lower'), never as a ratio:
on the Celsius scale a ratio means nothing (225 °C is not '0.94×' 240 °C, and 20 °C would be '2×' 10 °C).
Other values keep their ratio."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("prop, analog, query, unit, said", [
    ("peak_dehydrogenation_temperature", 225, 240, "degC", "240 degC (15 degC lower)"),
    ("onset_dehydrogenation_temperature", 207, 205, "degC", "205 degC (2 degC higher)"),
    ("hydrogenation_temperature", 150, 150, "degC", "150 degC (the same)"),
    ("phase_transition_temperature", 390, 380, "K", "380 K (10 K higher)"),
    ("dehydrogenation_activation_energy", 78, 72, "kJ/mol", "72 kJ/mol (ratio 1.1×)"),
])
def test_a_typed_query(prop, analog, query, unit, said):
    from kg.analogs.explain import _compared

    assert _compared(prop, {"value": analog}, query, None, unit) == said


def test_a_query_with_values_in_the_graph():
    from kg.analogs.explain import _compared

    mine = [{"property": "peak_dehydrogenation_temperature", "value": 240.0, "heating_rate": 5.0}]
    said = _compared("peak_dehydrogenation_temperature", {"value": 225.0, "heating_rate": 5.0}, 240.0, mine, "degC")
    assert said.startswith("240 degC (15 degC lower)") and "ratio" not in said, said


def test_the_page_prints_the_difference_in_degrees():
    from ui.app.analog_views import note_text

    assert "15 °C lower" in note_text("peak dehydrogenation temperature: 225 vs query 240 degC (15 degC lower)")
