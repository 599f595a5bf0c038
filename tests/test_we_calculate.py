"""Authors who say they computed a value in the first person ('We calculate 0.61 eV for …', 'here we compute a
formation enthalpy of …') give a calculated value; a first-person verb of measuring, or a value experimenters
calculate from their own rate curves ('we calculated the apparent activation energy … as 95 kJ/mol'), stays
measured."""
import pytest

from ingest.extract import extract_text


def _bases(text):
    return [(m.property, m.calculated) for m in extract_text(text).measurements]


@pytest.mark.parametrize("text", [
    "We calculate 0.61 eV for the hydrogen removal energy of MgH2.",
    "Here we compute a formation enthalpy of -70 kJ/mol H2 for MgH2.",
    "In this work we carefully calculated a hydrogen removal energy of 1.9 eV for MgH2 doped with Ti.",
    "For Nb-doped MgH2 we predict a hydrogen removal energy of 2.2 eV.",
])
def test_a_value_we_computed_is_calculated(text):
    rows = _bases(text)
    assert rows and all(calculated for _, calculated in rows), rows


@pytest.mark.parametrize("text", [
    "We measure 0.61 eV for the hydrogen removal energy of MgH2.",
    "We calculated the apparent activation energy of MgH2 with 5 wt% Ni as 95 kJ/mol.",
    "From the DSC curves we calculate an activation energy of 120 kJ/mol for MgH2 with 5 wt% Nb2O5.",
])
def test_a_value_we_measured_or_took_from_our_curves_is_measured(text):
    rows = _bases(text)
    assert rows and not any(calculated for _, calculated in rows), rows
