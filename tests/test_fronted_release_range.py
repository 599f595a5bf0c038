"""A span of temperatures set before its clause ('In the range 330–450 °C, the mixture decomposes …') whose clause
tells the sample's release, with no value of its own and no comparison, is the span of that release. A span whose
clause gives an amount, compares, or names no release stays a setting. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize("text", [
    "In a temperature range from 285 to 410 °C, the NaBH4–MgH2 composite decomposes through two stages.",
    "Between 285 and 410 °C, the NaBH4–MgH2 composite dehydrogenates in two overlapping events.",
    "In the range 285–410 °C the ball-milled NaBH4–MgH2 composite releases its hydrogen.",
])
def test_a_fronted_span_of_a_release_is_its_temperature(text):
    rows = [(r["property"], r["value"], r["value_max"], r["system"]) for r in contract_measurements(text)]
    assert rows == [("dehydrogenation_temperature", 285.0, 410.0, "NaBH4–MgH2")]


@pytest.mark.parametrize("text", [
    "Between 285 and 410 °C the NaBH4–MgH2 composite releases hydrogen faster than bulk NaBH4.",
    "In the range 285–410 °C, the NaBH4–MgH2 composite stays inert under argon.",
])
def test_a_fronted_span_that_compares_or_tells_no_release_is_no_temperature(text):
    assert [r for r in contract_measurements(text) if r["unit"] == "degC"] == []
