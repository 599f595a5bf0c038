"""Issue 10: equivalent notations of one composition give one system id, also where the mole fractions are
printed rounded ('0.33Li2B12H12–0.67LiCB11H12' is 1:2); fractions that are what they say keep their ratio."""
from __future__ import annotations

import pytest

from ontology.system import parse_system


@pytest.mark.parametrize("printed, whole", [
    ("0.33Li2B12H12–0.67LiCB11H12", "Li2B12H12–2LiCB11H12"),
    ("0.67LiBH4–0.33MgH2", "2LiBH4–MgH2"),
    ("0.17LiBH4–0.83LiNH2", "LiBH4–5LiNH2"),
    ("0.75LiBH4–0.25LiI", "3LiBH4–LiI"),
])
def test_rounded_fractions_are_the_small_ratio(printed, whole):
    assert parse_system(printed).id == parse_system(whole).id


@pytest.mark.parametrize("printed, not_whole", [
    ("0.62LiBH4–0.38NaBH4", "5LiBH4–3NaBH4"),        # the eutectic is 62:38, not 5:3
    ("0.7LiCB9H10–0.3LiCB11H12", "2LiCB9H10–LiCB11H12"),   # one decimal: exact, 7:3
])
def test_fractions_that_say_their_ratio(printed, not_whole):
    assert parse_system(printed).id != parse_system(not_whole).id
