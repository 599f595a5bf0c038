"""Issue 10 item 2: strategies from the system — a metal written as substituted into a complex hydride
('Zn-substituted Mg(BH4)2') sits on its cation sites: cation substitution, not metal catalysis."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text", ["Zn-substituted Mg(BH4)2 releases hydrogen at 200 °C.",
                                  "Mn-substituted Mg(BH4)2 starts to decompose at 200 °C.",
                                  "The Y-substituted Mg2FeH6 desorbs hydrogen at 200 °C."])
def test_a_metal_substituted_into_a_complex_hydride_is_cation_substitution(text):
    assert the_one(contract_measurements(text), 200.0)["strategies"] == ["CationSubstitution"]


def test_a_metal_catalyst_doped_into_a_complex_hydride_stays_catalysis():
    # near miss: a transition metal given as a loading is a catalyst
    row = the_one(contract_measurements("Mg(BH4)2 doped with 5 mol% Ni releases hydrogen at 200 °C."), 200.0)
    assert row["strategies"] == ["MetalCatalysis"]
