"""A support written as bare carbon ('@C', '/carbon') in a passage that said which carbon it put the hydride in is
that carbon, named as the passage named it, with the strategy the ontology gives that support; with no carbon named,
or several, it stays carbon as such. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _support(text: str) -> tuple[str, list[str]]:
    row = records(text)[-1]
    return row["components"][1]["material"], row["strategies"]


@pytest.mark.parametrize("text, support", [
    ("Mg(BH4)2 was confined in carbon foams. The Mg(BH4)2@C sample starts to release hydrogen at 150 °C.",
     "carbon foam"),
    ("LiBH4 was melt-infiltrated into hollow carbon spheres. The LiBH4@C composite desorbs hydrogen from 250 °C.",
     "hollow carbon sphere"),
    ("NaAlH4 was infiltrated into a carbon aerogel. The NaAlH4/C composite releases hydrogen from 150 °C.",
     "carbon aerogel"),
])
def test_bare_carbon_is_the_passages_named_support(text, support):
    material, strategies = _support(text)
    assert material.rstrip("s") == support and "Nanoconfinement" in strategies


def test_bare_carbon_without_a_named_support_stays_carbon():
    material, _ = _support("LiBH4 was mixed with carbon. The LiBH4/C composite releases hydrogen from 300 °C.")
    assert material == "C"


def test_two_named_carbons_leave_it_as_written():
    material, _ = _support("LiBH4 was melt-infiltrated into hollow carbon spheres and into a carbon aerogel. The "
                           "LiBH4@C composite desorbs hydrogen from 250 °C.")
    assert material == "C"
