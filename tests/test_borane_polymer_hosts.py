"""The B–N–H polymers ammonia borane turns into (polyaminoborane, aminoborane oligomers, polyiminoborane),
studied as hydrogen stores of their own, are the host the text measured: the ontology names them
(materials.ttl) with their repeat unit as formula. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _system(row: dict) -> list[tuple]:
    return [(c["material"], c["role"], c["amount"], c["amount_unit"]) for c in row["components"]]


@pytest.mark.parametrize("text, host", [
    ("Polyaminoborane releases 6.5 wt% H2 at 151.5 °C.", "NH2BH2"),
    ("The dehydrogenation of polyaminoborane (PAB) releases 6.5 wt% H2 at 151.5 °C.", "NH2BH2"),
    ("Aminoborane oligomers release 6.5 wt% H2 at 151.5 °C in a second step.", "NH2BH2"),
    ("Polyiminoborane releases 6.5 wt% H2 at 151.5 °C.", "NHBH"),
])
def test_a_borane_polymer_studied_as_the_store_is_the_host(text, host):
    row = the_one(contract_measurements(text), 6.5)
    assert (row["property"], row["unit"], row["system"]) == ("hydrogen_capacity", "wt%", host), row
    assert _system(row) == [(host, "HostHydride", None, None)]
    assert row["conditions"] == {"temperature": 151.5}


def test_a_catalysed_polyaminoborane_keeps_it_as_host():
    row = the_one(contract_measurements("Polyaminoborane doped with 5 wt% Pt released 7.5 wt% H2 at 121.5 °C."),
                  7.5)
    assert _system(row) == [("NH2BH2", "HostHydride", None, None), ("Pt", "Catalyst", 5.0, "wt%")]
    assert row["strategies"] == ["MetalCatalysis"]


@pytest.mark.parametrize("text", [
    "Ammonia borane releases 6.5 wt% H2 at 111.5 °C, forming polyaminoborane.",
    "Polyaminoborane was formed when NH3BH3 released 6.5 wt% H2 at 111.5 °C.",
])
def test_polyaminoborane_formed_by_the_release_is_no_host(text):
    # the polymer is the product of ammonia borane's release: the value is ammonia borane's
    row = the_one(contract_measurements(text), 6.5)
    assert _system(row) == [("NH3BH3", "HostHydride", None, None)]
