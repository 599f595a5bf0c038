"""A temperature a sentence derives from a theoretical or calculated value of the clause before ('…, indicating that
full dehydrogenation needs temperatures above 400 °C' after theoretical enthalpies) has that value's basis (issue 10
item 3, review #71). Near miss: derived from a measured enthalpy, the temperature stays measured. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _temperature_basis(text: str) -> set[str]:
    return {r["basis"] for r in records(text) if r["property"].endswith("temperature")}


@pytest.mark.parametrize("text, basis", [
    ("The theoretical enthalpies of the two steps of Li2NH decomposition are 120 and 50 kJ/mol H2, indicating that "
     "full dehydrogenation of Li2NH needs temperatures above 400 °C.", "theoretical"),
    ("DFT calculations give a desorption enthalpy of 38 kJ/mol H2 for Mg(BH4)2, which means that Mg(BH4)2 should "
     "release hydrogen at 20 °C.", "calculated"),
    ("The theoretical reaction enthalpy of LiBH4–MgH2 is 46 kJ/mol H2, corresponding to a desorption temperature of "
     "170 °C.", "theoretical"),
    # (decimal points inside the sentence end no clause)
    ("The theoretical enthalpy changes of the two steps for Li2NH are 148.5 and 44.5 kJ/mol H2, respectively, "
     "indicating that complete dehydrogenation of Li2NH to Li3N needs temperatures above 430.5 °C.", "theoretical"),
])
def test_temperature_derived_from_a_theoretical_value_shares_its_basis(text, basis):
    assert _temperature_basis(text) == {basis}


def test_temperature_derived_from_a_measured_value_is_measured():
    text = "The measured enthalpy of MgH2 is 75 kJ/mol H2, indicating that MgH2 releases hydrogen only above 280 °C."
    assert _temperature_basis(text) == {"measured"}
