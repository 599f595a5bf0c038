"""A change 'from X to Y' set off by commas keeps the cause named after it: "…, from 10−8 to 10−5 S cm−1, upon
LiI addition to LiBH4" gives the new value to LiBH4–LiI, the old one to LiBH4. A clause after the comma that
names no addition changes nothing. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _hosts_by_value(text: str) -> dict[float, list[str]]:
    return {r["value"]: [c["material"] for c in r["components"]] for r in records(text)}


@pytest.mark.parametrize("text", [
    "The ionic conductivity at 30 °C rose by two orders of magnitude, from 2 × 10^-7 to 3 × 10^-5 S cm^-1, upon "
    "LiI addition to LiBH4.",
    "Conductivity of LiBH4 climbs from 1.5 × 10−8 to 1.1 × 10−5 S cm−1, after the addition of LiI.",
    "The Li+ conductivity of LiBH4 went up, from 4 × 10−8 to 6 × 10−6 S cm−1, with LiI doping.",
])
def test_the_new_value_is_the_sample_the_cause_after_the_comma_names(text):
    values = _hosts_by_value(text)
    old, new = sorted(values)
    assert values[old] == ["LiBH4"]
    assert values[new] == ["LiBH4", "LiI"]


def test_a_clause_after_the_comma_naming_no_addition_keeps_one_sample():
    values = _hosts_by_value("The desorption peak of MgH2 moves from 410 to 360 °C, with the sample milled longer.")
    assert all(v == ["MgH2"] for v in values.values())
