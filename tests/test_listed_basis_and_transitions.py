"""A computed (or theoretical) value listed with its sample after 'for', and further values listed after it: every
one keeps the basis word ('DFT gives 41.0 kJ/mol H2 for MgH2 and 66.2 kJ/mol H2 for Mg2NiH4'). Every sentence here
was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, values", [
    ("Our DFT study gives decomposition enthalpies of 41.0 kJ/mol H2 for MgH2 and 66.2 kJ/mol H2 for Mg2NiH4.",
     (41.0, 66.2)),
    ("The calculated formation enthalpies are 33.5 kJ/mol H2 for NaMgH3, 58.9 kJ/mol H2 for KMgH3 and "
     "74.4 kJ/mol H2 for CaH2.", (33.5, 58.9, 74.4)),
    ("Theoretical capacities of 2060 mAh/g for MgH2, and 1610 mAh/g for LiAlH4 are expected for the "
     "conversion anodes.", (2060.0, 1610.0)),
])
def test_every_value_of_a_list_keeps_the_basis_word(text, values):
    rows = contract_measurements(text)
    bases = {the_one(rows, v)["basis"] for v in values}
    assert len(bases) == 1 and bases != {"measured"}


def test_a_measured_value_after_a_computed_one_stays_measured():
    """Near miss: a second clause with its own measurement word."""
    rows = contract_measurements("DFT gives 41.0 kJ/mol H2 for MgH2, while the PCT measurement gives "
                                 "63.0 kJ/mol H2 for Mg2NiH4.")
    assert the_one(rows, 41.0)["basis"] == "calculated"
    assert the_one(rows, 63.0)["basis"] == "measured"
