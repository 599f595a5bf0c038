"""Issue 10: an additive made of the host's own elements (the Al of LiAlH4–Al, its conversion product; the B of
LiBH4–B) catalyses nothing: no catalysis strategy is read from it. A foreign metal still is a catalyst."""
from __future__ import annotations

import pytest

from ontology.strategy_rules import APPLICATIONS, composition_strategies
from ontology.system import parse_system


@pytest.mark.parametrize("notation, application", [
    ("LiAlH4–Al", "anode"), ("Li3AlH6–Al", "anode"), ("LiBH4–B", None), ("NaAlH4–Al", None),
])
def test_own_element_is_no_catalyst(notation, application):
    found = composition_strategies(parse_system(notation), APPLICATIONS[application] if application else None)
    assert not {s for s in found if "Catalysis" in s}, found


@pytest.mark.parametrize("notation", ["LiAlH4–Ni", "MgH2–Ti", "LiBH4–Co"])
def test_a_foreign_metal_is_still_a_catalyst(notation):
    assert "MetalCatalysis" in composition_strategies(parse_system(notation))
