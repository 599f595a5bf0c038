"""A halide-substituted hydride the text says forms ('forming LiBH4-xFx') makes the compound that brought the halide a
substituent of the host (DopantSubstituent, AnionSubstitution), not the transition-metal compound catalyst its
formula alone reads as (ingest/extraction/samples/substituted_hydrides.py; issue 10, review prose #61 LiBH4–MnF2). Near
misses: no substituted hydride named, or a compound of another halide beside it, keep their catalyst role. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _sample(text: str, additive: str) -> tuple[set, set]:
    rows = [r for r in records(text) if additive in r.get("additives", [])]
    assert rows, text
    return ({c["role"] for r in rows for c in r["components"] if c["material"] == additive},
            {s for r in rows for s in r["strategies"]})


@pytest.mark.parametrize("text, additive", [
    ("CoF2 was ball milled into LiBH4. Its fluoride ions take part of the hydrogen sites, forming LiBH4-xFx, and "
     "the LiBH4–CoF2 sample starts to give off hydrogen at 150 °C.", "CoF2"),
    ("The LiBH4–FeCl2 mixture begins to desorb hydrogen at 190 °C, because milling produced Li(BH4)1-xClx.",
     "FeCl2"),
    ("We milled NiF2 with LiBH4 for 2 h; the fluorine-substituted lithium borohydride formed, and the LiBH4–NiF2 "
     "composite released 8.1 wt% hydrogen at 350 °C.", "NiF2"),
])
def test_the_halide_of_a_substituted_hydride_said_to_form_substitutes(text, additive):
    roles, strategies = _sample(text, additive)
    assert roles == {"DopantSubstituent"}
    assert "AnionSubstitution" in strategies and "MetalCompoundCatalysis" not in strategies


@pytest.mark.parametrize("text, additive", [
    # no substituted hydride: the fluoride is a transition-metal compound catalyst
    ("CoF2 was ball milled into LiBH4, and the LiBH4–CoF2 sample starts to give off hydrogen at 150 °C.", "CoF2"),
    # the chloride beside a fluoride-substituted hydride brought no fluoride
    ("The LiBH4–FeCl2 mixture begins to desorb hydrogen at 190 °C, while LiBH4-xFx forms only with fluorides.",
     "FeCl2"),
])
def test_without_its_substituted_hydride_a_halide_stays_a_catalyst(text, additive):
    roles, strategies = _sample(text, additive)
    assert roles == {"Catalyst"}
    assert "AnionSubstitution" not in strategies
