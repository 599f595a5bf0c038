"""Forms of other authors' abstracts that put values on the wrong system (issue 10): a filler added to
a substituted electrolyte, a conductivity measured at a temperature in a paragraph about a phase
transition, a bulk baseline named before the composite, composites named in words with a molar ratio,
mixed-cation borohydrides, additives named by a defined abbreviation, and sentences without a claim.
Every sentence here was written for this test."""
from __future__ import annotations

import pytest

from ontology.strategy_rules import composition_strategies
from ontology.system import analyse_system


def _roles(text: str) -> dict[str, str | None]:
    return {c.formula or c.text: c.role for c in analyse_system(text).system.components}


@pytest.mark.parametrize("text, partner", [
    ("0.8LiBH4-0.2NaBH4", "NaBH4"), ("LiBH4–KBH4", "KBH4"), ("Mg(BH4)2–Ca(BH4)2", "Ca(BH4)2")])
def test_a_second_borohydride_of_a_cation_of_the_same_charge_is_a_substituent(text, partner):
    system = analyse_system(text).system
    assert _roles(text)[partner] == "DopantSubstituent"
    assert composition_strategies(system) == ["CationSubstitution"]


@pytest.mark.parametrize("text, partner", [("Mg(BH4)2–LiBH4", "LiBH4"), ("2LiBH4–MgH2", "MgH2"),
                                           ("LiBH4–Mg(BH4)2", "Mg(BH4)2")])
def test_a_borohydride_with_other_anions_per_cation_stays_a_reactive_partner(text, partner):
    assert _roles(text)[partner] == "DestabilizingReactant"
