"""An additive fronted before the clause that measures the host ("With CeO2, the activation energy of MgH2
…") is the sample's; one fronted by a comparison ("Compared with CeO2, …", "In contrast with …") is not.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import additive_materials, contract_measurements, the_one


def additives(text: str, value: float) -> set[str]:
    row = the_one(contract_measurements(text), value)
    assert row["material"] == "MgH2"
    return additive_materials(row)


@pytest.mark.parametrize("text", [
    "With CeO2, the activation energy of MgH2 decreased to 85 kJ/mol.",
    "After doping with CeO2, the activation energy of MgH2 is 85 kJ/mol.",
    "With CeO2 the apparent activation energy of the MgH2 falls to 85 kJ/mol.",
    "With 5 wt% CeO2, MgH2 shows an activation energy of 85 kJ/mol.",
])
def test_an_additive_fronted_with_with_belongs_to_the_host_after_it(text):
    assert additives(text, 85.0) == {"CeO2"}


@pytest.mark.parametrize("text", [
    "Compared with CeO2, the activation energy of MgH2 is 160 kJ/mol.",
    "In contrast with CeO2, the activation energy of MgH2 stays at 160 kJ/mol.",
    "Unlike with CeO2, the activation energy of MgH2 remains 160 kJ/mol.",
])
def test_an_additive_fronted_by_a_comparison_is_not_the_hosts(text):
    assert additives(text, 160.0) == set()
