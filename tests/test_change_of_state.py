"""An enthalpy or heat a sentence gives a change of state (a phase transition, a transformation, a polymorphic,
allotropic or order–disorder change, melting) is that change's transition enthalpy, whether its clause names the
change or points back at it ('its enthalpy', 'for it', 'to it'), even when the text gives it per mole of H2; an
enthalpy whose clause names a hydrogen reaction (a decomposition, a release) stays the reaction enthalpy, a transition
said beside it notwithstanding. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _enthalpies(text: str) -> list[str]:
    return [r["property"] for r in contract_rows(extract_text("# A hydride paper\n\n" + text + "\n"))
            if r["kind"] == "measurement" and r["property"].endswith("enthalpy")]


@pytest.mark.parametrize("text", [
    # the change in the value's own clause
    "An endothermic polymorphic transformation of Mg2NiH4 sets in at 505 K with a heat of 0.75 kcal/mol H2.",
    "Above 380 K the LiBH4–KBH4 eutectic melts, taking up a ΔH of 5.2 kJ/mol.",
    # 'absorbs' with an energy as its object takes up heat, no hydrogen
    "The conversion of monoclinic Mg2NiH4 into its cubic polymorph by a transformation absorbs 1.4 kcal/mol, "
    "i.e. 0.70 kcal/mol H2.",
    # 'it' in the next clause of the sentence
    "LiBH4 undergoes an order–disorder change near 390 K; DSC assigns ΔH = 4.9 kJ/mol to it.",
    "Mg2NiH4 shows an allotropic change when warmed to 500 K; its enthalpy comes to 0.9 kcal/mol H2.",
    # 'its' opening the next sentence
    "The orthorhombic LiBH4 transforms into a hexagonal polymorph near 385 K. Its enthalpy, from calorimetry, is 4.2 kJ/mol.",
])
def test_a_heat_said_of_a_change_of_state_is_its_transition_enthalpy(text):
    assert _enthalpies(text) == ["transition_enthalpy"], text


@pytest.mark.parametrize("text", [
    # the brief's near misses: the enthalpy is the decomposition's, the release's
    "The decomposition of Mg2NiH4 above the transition at 510 K has an enthalpy of 64 kJ/mol H2.",
    "After the phase transition, hydrogen is released from Mg2NiH4 with ΔH = 62 kJ/mol H2.",
    # a transition in the clause before, and the reaction named in the value's own clause
    "LiBH4 undergoes a structural transition at 390 K; it then decomposes with an enthalpy of 74 kJ/mol H2.",
    # 'this hydride' points back at the material, not at its change
    "Mg2NiH4 shows a polymorphic change at 510 K. This hydride has an enthalpy of 64 kJ/mol H2.",
    # 'transition metal' names no change
    "With a transition metal catalyst, the composite shows ΔH = 70 kJ/mol H2 for MgH2.",
])
def test_an_enthalpy_said_of_a_hydrogen_reaction_stays_the_reaction_enthalpy(text):
    assert _enthalpies(text) == ["reaction_enthalpy"], text


@pytest.mark.parametrize("text", [
    "Mg2Ni transforms into Mg2NiH4 with an enthalpy of 64 kJ/mol H2.",
    "Under 2 MPa, LaNi5 is turned into LaNi5H6 with a heat of 31 kJ/mol H2.",
])
def test_near_miss_a_metal_turned_into_its_hydride_is_a_reaction(text):
    assert all(m.property != "transition_enthalpy" for m in extract_text(text).measurements)
