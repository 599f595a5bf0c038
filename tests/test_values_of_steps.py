"""A 'respectively' list whose values the sentence gives to the steps or stages of one reaction ('the activation
energies of these steps', '… for both stages, respectively') pairs with those steps, all of the one sample the
paragraph is about — not with the samples an earlier sentence compared; a list said of the samples themselves
('… for them, respectively') still pairs with them. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _energies(text: str) -> list[tuple[str, float]]:
    return [(r["system"], r["value"]) for r in records(text) if r["property"] == "dehydrogenation_activation_energy"]


@pytest.mark.parametrize("text, sample, values", [
    ("Hydrogen release of Mg(BH4)2 and Mg(BH4)2–2LiH was followed by DSC. Mg(BH4)2 released hydrogen in two steps "
     "between 280 °C and 420 °C. The activation energies of these steps were 190 ± 6 and 215 ± 9 kJ/mol, "
     "respectively.", "Mg(BH4)2", [190.0, 215.0]),
    ("The kinetics of Ca(BH4)2 and Ca(BH4)2–TiCl3 were studied. Ca(BH4)2 decomposes in two stages, at 350 and "
     "420 °C. Activation energies of 160 and 175 kJ/mol were found for both stages, respectively.",
     "Ca(BH4)2", [160.0, 175.0]),
    ("We compared NaAlH4 and NaAlH4–CeCl3 by thermogravimetry. NaAlH4 gave up 3.1 wt% of hydrogen in two "
     "successive steps. For those steps, apparent activation energies of 118 and 125 kJ/mol were obtained, "
     "respectively.", "NaAlH4", [118.0, 125.0]),
])
def test_values_of_one_samples_steps(text, sample, values):
    assert _energies(text) == [(sample, v) for v in values]


def test_values_said_of_the_samples_pair_with_them():
    rows = _energies("The kinetics of Ca(BH4)2 and Ca(BH4)2–TiCl3 were studied. Activation energies of 160 and "
                     "120 kJ/mol were found for them, respectively.")
    assert rows == [("Ca(BH4)2", 160.0), ("Ca(BH4)2–TiCl3", 120.0)]
