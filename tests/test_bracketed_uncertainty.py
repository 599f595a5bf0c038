"""A value and its uncertainty in brackets before the unit, with no power of ten after the bracket:
"(81.2 ± 2.4) kJ/mol", "from (142 ± 5) to (97 ± 4) kJ mol−1". Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.quantity_text import numbers


@pytest.mark.parametrize("text, value, unc, unit", [
    ("The fitted barrier is (81.2 ± 2.4) kJ/mol.", 81.2, 2.4, "kJ/mol"),
    ("an enthalpy of ( 64.5 +/- 1.1 ) kJ mol-1 H2", 64.5, 1.1, "kJ/mol"),
    ("a migration energy of (0.43 ± 0.02) eV", 0.43, 0.02, "eV"),
])
def test_a_bracketed_value_with_its_uncertainty_takes_the_unit_after_the_bracket(text, value, unc, unit):
    n = [x for x in numbers(text) if x.value == value]
    assert len(n) == 1 and n[0].uncertainty == pytest.approx(unc) and n[0].unit is not None


def test_the_bracket_with_a_power_after_it_keeps_the_power():
    """Near miss: '(3.2 ± 0.4) × 10−4 S cm−1' scales both numbers (the older bracket form)."""
    n = numbers("reaching (3.2 ± 0.4) × 10−4 S cm−1 at 40 °C")
    assert n[0].value == pytest.approx(3.2e-4) and n[0].uncertainty == pytest.approx(0.4e-4)


@pytest.mark.parametrize("text, before, after", [
    ("Milling Mg(BH4)2 with 8 mol% NbF5 cut its Kissinger activation energy from (142 ± 5) to (97 ± 4) kJ mol−1.",
     142.0, 97.0),
    ("For the KOH-doped Mg(NH2)2–2LiH, the apparent activation energy fell from (118.3 ± 3.0) kJ/mol for the "
     "undoped composite to (86.9 ± 2.2) kJ/mol.", 118.3, 86.9),
    ("The hydrogenation activation energies of NaAlH4 and NaAlH4–4 mol% TiCl3 are (88 ± 6) and (54 ± 3) kJ/mol, "
     "respectively.", 88.0, 54.0),
])
def test_bracketed_values_are_read_with_their_uncertainties_and_samples(text, before, after):
    rows = contract_measurements(text)
    old, new = the_one(rows, before), the_one(rows, after)
    assert old["unit"] == new["unit"] == "kJ/mol"
    assert old["uncertainty"] is not None and new["uncertainty"] is not None
    assert len(new["components"]) == len(old["components"]) + 1   # the reference, and it with the additive
