"""LaTeX signs a PDF-to-Markdown conversion leaves in the text: '\\pm' between a value and its uncertainty (left
as it was, 'pm' read as picometres and the value became a particle size of 0.0724 nm) and the degree ring in
braces, '$^{\\circ}$C'. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _values(text: str) -> list[tuple[str, float, float | None]]:
    return [(m.property, m.value, m.uncertainty) for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, expected", [
    ("The activation energy of MgH2–5 mol% TiO2 is $72.4 \\pm 3.1$ kJ mol$^{-1}$.",
     ("dehydrogenation_activation_energy", 72.4, 3.1)),
    ("The desorption enthalpy of MgH2 is 74.1\\pm2.0 kJ/mol H2.", ("reaction_enthalpy", 74.1, 2.0)),
    ("Kissinger analysis gives $E_a = 96 \\pm 4$ kJ mol$^{-1}$ for LiBH4 doped with 10 mol% NbF5.",
     ("dehydrogenation_activation_energy", 96.0, 4.0)),
])
def test_latex_plus_minus_is_an_uncertainty(text, expected):
    got = _values(text)
    assert got == [expected]


@pytest.mark.parametrize("text, value", [
    ("The onset temperature was lowered to 185 $^{\\circ}$C for the MgH$_{2}$–10 wt% VC composite.", 185.0),
    ("MgH2 doped with 5 wt% Nb2O5 starts to release hydrogen at 210 $^{ \\circ }$C.", 210.0),
    ("The LiBH4–LiI electrolyte conducts 0.1 mS cm$^{-1}$ at 30$^{\\circ}$C.", 30.0),
])
def test_a_braced_degree_ring_is_a_celsius_temperature(text, value):
    m = extract_text(text).measurements
    assert m and (m[0].value == value or m[0].conditions.get("temperature") == value)


def test_a_value_without_latex_reads_as_before():
    # (no sign, no uncertainty)
    assert _values("The activation energy of MgH2 is 160 kJ/mol.") == [("dehydrogenation_activation_energy", 160.0, None)]
