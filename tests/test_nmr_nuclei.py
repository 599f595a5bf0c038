"""A nucleus an NMR spectrum is measured on ('7Li', '11B', '23Na': a natural isotope's mass number before its
symbol) is no material, and a temperature a spectroscopic signal peaks at (a relaxation rate's maximum) is no
hydrogen release peak; a count of atoms in an equation and a desorption peak stay. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ontology.formula import nucleus_label


@pytest.mark.parametrize("word, nucleus", [
    ("7Li", True), ("11B", True), ("23Na", True), ("1H", True), ("27Al", True),
    ("2Li", False), ("4Mg", False), ("LiH", False), ("MgH2", False),
])
def test_a_natural_mass_number_before_one_symbol_names_a_nucleus(word, nucleus):
    assert nucleus_label(word) is nucleus


@pytest.mark.parametrize("text", [
    "The 7Li spin-lattice relaxation rate reaches its maximum at 230 K.",
    "The 11B relaxation rate shows a peak at 265 K.",
    "Our 27Al relaxation rate goes through a maximum near 315 K.",
])
def test_a_nucleus_is_no_sample(text):
    rows = contract_measurements(text)
    hosts = {c["material"] for r in rows for c in r["components"]}
    assert not hosts & {"Li", "B", "Na", "H", "Al"}, rows


def test_a_count_in_an_equation_stays_a_reactant():
    assert not nucleus_label("6Li + N2")   # (the word alone is read, the equation's neighbours keep it a count)


@pytest.mark.parametrize("text", [
    "The 7Li spin-lattice relaxation rate of LiBH4 goes through a maximum at 240 K.",
    "In our NMR spectra of NaAlH4 the proton relaxation rate peaks near 280 K.",
    "A peak of the 11B relaxation rate of Mg(BH4)2 appears close to 310 K.",
])
def test_a_relaxation_peak_is_no_release_peak(text):
    rows = contract_measurements(text)
    assert not [r for r in rows if r["property"].endswith("dehydrogenation_temperature")], rows


def test_a_desorption_peak_stays_a_release_peak():
    rows = contract_measurements("The hydrogen desorption peak of LiBH4 lies at 441 °C in the TPD curve.")
    assert [r["property"] for r in rows if r["value"] == 441.0] == ["peak_dehydrogenation_temperature"], rows
