"""A hydride written as a part of a sample has no anion class: ammonia borane (NH3BH3) ends in the B of its borane
group, but it is a B–N–H hydride, no boride — as LiBH4 or NaAlH4 beside a host are none. A real boride, nitride or
oxide keeps the class of its anion."""
from __future__ import annotations

import pytest

from ontology.system import parse_system


def _classes(text: str) -> dict[str, str | None]:
    return {a.formula: a.additive_class for a in parse_system(text).additives}


@pytest.mark.parametrize("text", [
    "LiBH4–NH3BH3",                 # a composite written with a dash
    "Mg(BH4)2(NH3BH3)2",            # coordinated into the borohydride's formula
    "LiBH4·AB",                     # the adduct's letters for ammonia borane
    "Ca(BH4)2·NH3BH3",
])
def test_ammonia_borane_is_no_boride(text):
    assert _classes(text)["NH3BH3"] is None


@pytest.mark.parametrize("text, formula, cls", [
    ("MgH2–5 wt% TiB2", "TiB2", "Boride"),       # near miss: a metal boride stays a boride
    ("MgH2–5 wt% BN", "BN", "Nitride"),
    ("MgH2–5 wt% Nb2O5", "Nb2O5", "Oxide"),
])
def test_compounds_of_an_anion_keep_their_class(text, formula, cls):
    assert _classes(text)[formula] == cls
