"""A property's noun phrase with 'of up to' before its value ('a conductivity of up to 0.31 mS/cm') reports the most
a sample reached — that value, '=' — unless the property's value is the limit of a range it holds over (the
ontology's hkg:boundUpTo on the stability window, '<=') (issue 10 item 6, review #156/#164/#190). Near misses: a verb
with 'up to' ('releases up to 6.1 wt%', the earlier tests' bound), 'at most', and a stability limit stay '<='.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _qualifiers(text: str) -> dict[str, str]:
    return {r["property"]: r["qualifier"] for r in records(text)}


@pytest.mark.parametrize("text, key", [
    ("Li2B12H12 shows a Li+ conductivity of up to 0.31 mS/cm at 25 °C.", "ionic_conductivity"),
    ("The Nd4Mg80Ni8 electrode keeps a reversible capacity of up to 997 mAh/g after 100 cycles.",
     "specific_capacity"),
    ("The MgH2–Ni composite shows a hydrogen capacity of up to 6.1 wt% at 300 °C.", "hydrogen_capacity"),
])
def test_up_to_gives_the_value_reached(text, key):
    assert _qualifiers(text)[key] == "="


def test_stability_limit_and_at_most_stay_bounds():
    assert _qualifiers("The LiBH4–LiI electrolyte is oxidatively stable up to 5 V vs Li+/Li.") \
        == {"electrochemical_stability_window": "<="}
    assert _qualifiers("The MgH2–Ni composite releases at most 6.1 wt% H2 at 300 °C.")["hydrogen_capacity"] == "<="
    assert _qualifiers("The MgH2–Ni composite releases up to 6.1 wt% H2 at 300 °C.")["hydrogen_capacity"] == "<="
