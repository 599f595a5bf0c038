"""A temperature a sample needs to release its hydrogen is its dehydrogenation temperature however the gas is
written after the verb of purpose ('to release its hydrogen', 'to release its stored hydrogen', 'to release the
stored hydrogen'); a temperature needed for anything else names no property. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def values(text: str) -> set[tuple[str, float]]:
    return {(r["property"], r["value"]) for r in records(text)}


@pytest.mark.parametrize("text, value", [
    ("The 2NaBH4–MgH2 composite was milled for 5 h. Without any additive, it needs 452 °C to release its hydrogen.",
     452.0),
    ("Plain LiBH4 was tested first. It must be heated to 438 °C to release its stored hydrogen.", 438.0),
    ("Ca(BH4)2 was ball milled with 5 mol% NbF5. The doped borohydride requires 321 °C to release the stored "
     "hydrogen.", 321.0),
])
def test_the_temperature_needed_to_release_the_hydrogen(text, value):
    assert ("dehydrogenation_temperature", value) in values(text)


def test_a_temperature_needed_for_another_step_is_no_property():
    """(near miss) 'needs 150 °C for its drying': a step of making the sample, no hydrogen release."""
    assert not values("Mg(BH4)2 was made from MgBu2 and BH3·SMe2. The solvent-free product needs 150 °C for its "
                      "drying.")
