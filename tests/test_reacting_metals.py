"""Tin and aluminium written beside a binary hydride with no loading react with it as hydrogen is released (Mg2Sn,
NaSn, Mg17Al12 form), as Si and Ge do: a destabilizing reactant, no catalyst; given as a loading ('MgH2–5 wt% Al')
each stays an additive of the sample. Sentences written for the test (issue 10: a real abstract's 'NaH + Al + Sn'
and 'NaH + Al + Ge' mixtures read Al and Sn as catalysts beside a reacting Ge)."""
from __future__ import annotations

import pytest
from prose_sentences import component_roles, contract_measurements


@pytest.mark.parametrize("text, reactants", [
    ("Milled together, the MgH2 + Sn blend desorbs with an enthalpy of 58 kJ/mol H2 as Mg2Sn appears.", {"Sn"}),
    ("A LiH–Sn mixture evolves hydrogen at 430 °C.", {"Sn"}),
    ("The MgH2 + Al composite gives off hydrogen at 285 °C while Mg17Al12 forms.", {"Al"}),
    ("For the NaH + Al + Sn mixture the reaction enthalpy falls to 5 kJ mol−1 H2.", {"Al", "Sn"}),
])
def test_a_metal_beside_a_binary_hydride_without_loading_is_its_reactant(text, reactants):
    [row] = contract_measurements(text)
    roles = component_roles(row)
    assert {m for m, role in roles.items() if role == "DestabilizingReactant"} == reactants
    assert "Catalyst" not in roles.values()


@pytest.mark.parametrize("text, metal", [
    # near misses: the same metals given as a loading are additives of the sample
    ("MgH2 milled with 5 wt% Al dehydrogenates at 300 °C.", "Al"),
    ("MgH2–10 wt% Sn starts to release hydrogen at 290 °C.", "Sn"),
])
def test_a_loading_of_the_metal_stays_an_additive(text, metal):
    [row] = contract_measurements(text)
    assert component_roles(row)[metal] == "Catalyst"


def test_titanium_nitride_is_never_read_as_tin():
    # near miss: the words are read whatever their case, and TiN spells 'tin'
    [row] = contract_measurements("MgH2 milled with 5 wt% TiN releases hydrogen at 250 °C.")
    assert component_roles(row) == {"MgH2": "HostHydride", "TiN": "Catalyst"}
