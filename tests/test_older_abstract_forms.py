"""Forms older abstracts (and the indexing services that copy them) write values in: 'heat of formation' for a
reaction enthalpy, a sample's code in capitals, a range whose unit is written at both ends and glued to the dash,
the symbol of a pressure in brackets. Every sentence here is written for this test."""
from __future__ import annotations

import pytest

from tests.extracted import parts_by_value, property_values


# ------------------------------------------------------------------ 'heat of …' names an enthalpy
@pytest.mark.parametrize(("text", "expected"), [
    ("The heat of formation of the sieved MgH2 was found to be -71 kJ/mol.", ("reaction_enthalpy", 71.0)),
    ("Calorimetry gave a heat of decomposition of 38 kJ mol(-1) (H-2)(-1) for the LiBH4 sample.",
     ("reaction_enthalpy", 38.0)),
    ("For the annealed Mg2FeH6 the heat of reaction is 77 kJ/mol H2.", ("reaction_enthalpy", 77.0)),
    ("The heat of absorption of the Mg2Ni alloy amounts to -62 kJ/mol H2.", ("hydrogenation_enthalpy", 62.0)),
])
def test_heat_of_a_reaction_is_its_enthalpy(text, expected):
    assert expected in property_values(text)


def test_heat_treatment_is_no_enthalpy():
    text = "A heat treatment of the MgH2 powder at 300 °C for 80 min preceded the test."
    assert not any(p.endswith("enthalpy") for p, _ in property_values(text))


# ------------------------------------------------------------------ a capital code with D or T is an acronym
@pytest.mark.parametrize("text", [
    "Grinding MgH2 gives fine particles (INSITU) which release hydrogen at 245 °C.",
    "The converted MgH2 powder, denoted (CONVDT), released hydrogen at 245 °C.",
    "The MgH2 kept after cycling (POST) released hydrogen at 245 °C.",
    "Sintered MgH2 pellets (SINTD) released hydrogen at 245 °C.",
])
def test_capital_code_with_isotope_letters_is_no_additive(text):
    assert parts_by_value(text)[245.0] == "MgH2"


def test_deuteride_with_counts_is_still_a_material():
    text = "MgH2 ground with TiD2 released hydrogen at 245 °C."
    assert parts_by_value(text)[245.0] == "MgH2–TiD2"
