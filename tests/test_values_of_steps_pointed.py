"""Values a sentence pairs with the steps of one decomposition ('the activation energies corresponding to these
steps are A and B, respectively') belong to the sample whose steps they are, not one each to samples the paragraph
named side by side before. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def systems_by_value(text: str) -> dict[float, str]:
    return {r["value"]: r["system"] for r in records(text)}


@pytest.mark.parametrize("text, values, system", [
    ("The decomposition of Mg(BH4)2 and Mg(BH4)2–LiBH4 composite has been examined. Mg(BH4)2 decomposed in two "
     "steps between 290 °C and 380 °C. The activation energies corresponding to these steps are 186 and 211 kJ/mol, "
     "respectively.", (186.0, 211.0), "Mg(BH4)2"),
    ("The desorption of NaAlH4 and NaAlH4–TiCl3 composite has been followed by DSC. NaAlH4 desorbed in two steps "
     "between 210 °C and 270 °C. Both steps show activation energies of 118 and 124 kJ/mol, respectively.",
     (118.0, 124.0), "NaAlH4"),
    ("The decomposition of LiAlH4 and LiAlH4–TiF3 composite has been examined. LiAlH4 decomposed in two steps "
     "between 150 °C and 230 °C. The apparent activation energies of the two stages were 107 and 118 kJ/mol, "
     "respectively.", (107.0, 118.0), "LiAlH4"),
])
def test_values_of_the_steps_are_one_sample_s(text, values, system):
    got = systems_by_value(text)
    assert [got.get(v) for v in values] == [system] * len(values)


def test_values_of_the_samples_named_before_pair_with_them():
    """(near miss) 'Their activation energies are A and B, respectively': one each to the two samples."""
    got = systems_by_value("The desorption of NaAlH4 and NaAlH4–TiCl3 composite has been followed by DSC. Their "
                           "activation energies are 118 and 79 kJ/mol, respectively.")
    assert (got.get(118.0), got.get(79.0)) == ("NaAlH4", "NaAlH4–TiCl3")
