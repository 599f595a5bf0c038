"""An Eyring activation enthalpy (ΔH‡, from ln(k/T) against 1/T) is the barrier of the release — the
ontology files it under the dehydrogenation activation energy, and the Eyring analysis (methods.ttl) as a
method that measures it — never the reaction enthalpy van 't Hoff gives. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text", [
    "Eyring analysis of LiAlH4 doped with TiCl3 gives ΔH‡ = 78.5 kJ mol−1.",
    "The activation enthalpy (ΔH‡) of dehydrogenation of LiAlH4–TiCl3 was 78.5 kJ mol−1 from the Eyring plot.",
    "From the Eyring equation, LiAlH4 doped with TiCl3 has an activation enthalpy of 78.5 kJ mol−1.",
    "For LiAlH4 with TiCl3, the Eyring plot yields ΔH≠ of 78.5 kJ mol−1 for hydrogen release.",
])
def test_an_eyring_activation_enthalpy_is_the_activation_energy(text):
    row = the_one(contract_measurements(text), 78.5)
    assert (row["property"], row["unit"], row["qualifier"]) == ("dehydrogenation_activation_energy", "kJ/mol", "=")
    assert [(c["material"], c["role"]) for c in row["components"]] == [("LiAlH4", "HostHydride"),
                                                                        ("TiCl3", "Catalyst")]
    assert row["strategies"] == ["MetalCompoundCatalysis"]


@pytest.mark.parametrize("text", [
    "The van 't Hoff plot of LiAlH4 doped with TiCl3 gives ΔH = 78.5 kJ mol−1 H2.",
    "The dehydrogenation enthalpy of LiAlH4 doped with TiCl3 is 78.5 kJ mol−1 H2.",
])
def test_a_reaction_enthalpy_stays_the_reaction_enthalpy(text):
    assert the_one(contract_measurements(text), 78.5)["property"] == "reaction_enthalpy"


@pytest.mark.parametrize("header, key", [
    ("ΔH (kJ/mol H<sub>2</sub>)", "reaction_enthalpy"),
    ("$\\Delta H$ (kJ/mol)", "reaction_enthalpy"),
    ("ΔH‡ (kJ mol<sup>-1</sup>)", "dehydrogenation_activation_energy"),
])
def test_a_table_header_keeps_the_transition_state_mark(header, key):
    from ingest.extraction.tables.tables import _column
    col = _column(3, header)
    assert (col.role, col.keys) == ("property", [key])
