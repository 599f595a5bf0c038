"""A study that opens by saying its calculations were done ('First-principles calculations were performed to
study …', 'DFT simulations were carried out on …') reports calculated values in what follows, unless a value is
said to be measured. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


@pytest.mark.parametrize("text", [
    "First-principles calculations were performed to study Nb-doped MgH2. The hydrogen removal energy of Nb-doped "
    "MgH2 is 1.71 eV.",
    "Density functional theory calculations were carried out on Li2B12H12. Its decomposition enthalpy is "
    "46 kJ/mol H2.",
    "Ab initio simulations have been employed for LiBH4 surfaces. The desorption energy of H2 from the surface "
    "amounts to 1.12 eV.",
])
def test_values_after_a_computational_opening_are_calculated(text):
    ms = extract_text(text).measurements
    assert ms and all(m.basis == "calculated" for m in ms), [(m.property, m.value, m.basis) for m in ms]


def test_near_miss_calculations_after_an_experiment_are_not_the_studys_opening():
    text = ("MgH2 was ball milled with 5 wt% Nb2O5 and its onset temperature was 221 °C. DFT calculations were "
            "performed by others on the surface. The activation energy measured by DSC is 71 kJ/mol.")
    ms = extract_text(text).measurements
    assert ms and all(m.basis == "measured" for m in ms), [(m.property, m.value, m.basis) for m in ms]


@pytest.mark.parametrize("text, measured", [
    ("First-principles calculations were performed on Ti-doped MgH2. The computed formation enthalpy of MgH2 is "
     "63.1 kJ/mol H2, in agreement with experiment (74.2 kJ/mol H2).", 74.2),
    ("DFT simulations were carried out for LiBH4. Its decomposition enthalpy comes out at 58 kJ/mol H2, whereas "
     "experiments give 66 kJ/mol H2.", 66.0),
])
def test_a_value_its_clause_gives_to_experiment_stays_measured(text, measured):
    ms = {m.value: m.basis for m in extract_text(text).measurements}
    assert ms.get(measured) == "measured", ms
