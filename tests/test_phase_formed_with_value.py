"""A phase the sentence says is formed 'with' a value ('first, MgH2 is formed with a reaction enthalpy of …') is what
the value is of — its own formation — though it is a step towards the paragraph's sample; a value the sentence gives
the sample in a clause of its own stays the sample's. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _enthalpies(text: str) -> list[tuple[str, float]]:
    return [(r["system"], r["value"]) for r in records(text) if r["property"] == "reaction_enthalpy"]


@pytest.mark.parametrize("text, phase, value", [
    ("Mg2CoH5 was made by reactive milling of Mg and Co under hydrogen. The reaction runs in two stages: first, MgH2 "
     "is formed with a reaction enthalpy of 74 kJ/mol H2, and then Mg2CoH5 grows from MgH2 and Co.", "MgH2", 74.0),
    ("The synthesis of Mg2NiH4 from Mg and Ni powders was followed by calorimetry. During the first stage, in which "
     "MgH2 was likely generated with an enthalpy of 72 kJ/mol H2, the Ni stayed unreacted.", "MgH2", 72.0),
    ("K2LiAlH6 was made from KH, LiH and Al under hydrogen pressure. At first, KAlH4 is produced with a reaction "
     "enthalpy of 55 kJ/mol H2, and K2LiAlH6 forms later from KAlH4, KH and LiH.", "KAlH4", 55.0),
])
def test_phase_formed_with_a_value_is_its_own(text, phase, value):
    assert _enthalpies(text) == [(phase, value)]


def test_value_of_the_sample_in_its_own_clause_stays_the_samples():
    assert _enthalpies("Mg2CoH5 was made by reactive milling of Mg and Co under hydrogen. MgH2 is formed first, and "
                       "the reaction enthalpy of the whole synthesis is 65 kJ/mol H2.") == [("Mg2CoH5", 65.0)]
