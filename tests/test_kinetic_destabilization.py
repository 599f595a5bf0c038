"""A destabilization the sentence says is kinetic ('a catalyst that kinetically promotes the destabilization of
Mg(BH4)2') is the decomposition sped up, what a catalyst does: no ReactantDestabilization claim (the starting
hydride made less stable, a thermodynamic change), and no ThermodynamicDestabilization strategy for the catalyst's
claim. A destabilization said without it stays one. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in records(text, "mechanism")}


@pytest.mark.parametrize("text, host, catalyst", [
    ("In the Mg(BH4)2–NbF5 sample, NbF5 acts as a catalyst that kinetically promotes the destabilization of "
     "Mg(BH4)2.", "Mg(BH4)2", "NbF5"),
    ("For LiBH4–TiO2, TiO2 served as a catalyst to kinetically accelerate the destabilization of LiBH4.",
     "LiBH4", "TiO2"),
    ("In NaBH4–CoB, CoB acts as a catalyst and kinetically facilitates the structural destabilization of NaBH4.",
     "NaBH4", "CoB"),
])
def test_a_kinetic_destabilization_is_the_catalysts(text, host, catalyst):
    claims = _claims(text)
    assert claims == {("CatalyticEffect", host, catalyst, "MetalCompoundCatalysis")}, claims


def test_a_destabilization_not_said_kinetic_stays_one():
    # near miss: no kinetic word before the destabilization
    claims = _claims("In LiBH4–MgF2, MgF2 leads to a destabilization of LiBH4, which also improves the kinetics.")
    assert ("ReactantDestabilization", "LiBH4", "MgF2", "AnionSubstitution") in claims, claims
