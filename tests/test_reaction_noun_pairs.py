"""Two hydrides named as the partners of a reaction by its noun ('the reaction of LiBH4 with MgH2', 'the reaction
between NaBH4 and MgH2') are one reactive composite: the value said of that reaction is the composite's, not the
first hydride's alone. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _materials, contract_measurements, the_one


@pytest.mark.parametrize("text, value, partners", [
    ("We find an enthalpy of 43 kJ/mol H2 for the reaction of LiBH4 with MgH2.", 43.0, {"LiBH4", "MgH2"}),
    ("For the reaction between Ca(BH4)2 and MgH2, van 't Hoff analysis gives 49 kJ/mol H2.", 49.0,
     {"Ca(BH4)2", "MgH2"}),
    ("The reaction of MgH2 with NaBH4 begins at 365 °C under 4 bar of hydrogen.", 365.0, {"NaBH4", "MgH2"}),
])
def test_the_partners_of_a_named_reaction_are_one_composite(text, value, partners):
    assert _materials(the_one(contract_measurements(text), value)) == partners


@pytest.mark.parametrize("text, value", [
    ("The conversion of MgH2 with lithium gives 1950 mAh/g in the first discharge.", 1950.0),
    ("The reaction of MgH2 with water yields 14 wt% H2 within 15 min.", 14.0),
])
def test_a_reaction_with_something_else_keeps_the_hydride_alone(text, value):
    """Near misses: lithium of the cell and water of a hydrolysis are no partners of a composite."""
    assert _materials(the_one(contract_measurements(text), value)) == {"MgH2"}
