"""Indexing services garble units as they print abstracts: the mole written as a word and then again as its symbol
("kJ mole mol(-1)"), and the micro sign read as a 'g' ("10 µm-100 gm"). A garble read with confidence gives the
value its unit; a reading that is not sure leaves the value out (a wrong unit would be a wrong fact)."""
import pytest
from prose_sentences import contract_measurements

from ingest.extraction.text.pdf_copy import micro_read_as_g
from ontology.units import parse_unit


def _values(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in contract_measurements(text)}


@pytest.mark.parametrize("text, value", [
    ("Calorimetry gave a formation enthalpy of -71 kJ mole mol(-1) H(2) for the milled MgH2.", 71.0),
    ("For the Mg2Ni hydride, the enthalpy of decomposition amounts to 63 kJ mole mol(-1) (H-2)(-1).", 63.0),
    ("The heat of hydride formation of our MgH2 changed from -77 kJ mole mol(-1) to -59 kJ mol(-1) after ball milling.",
     77.0),
])
def test_a_mole_printed_twice_is_read_once(text, value):
    row = _values(text)[value]
    assert row["property"].endswith("enthalpy") and row["unit"] == "kJ/mol"


def test_the_mole_printed_twice_parses_as_per_mole():
    assert parse_unit("kJ mole mol(-1)") == parse_unit("kJ/mol")
    # near miss: a mole written once stays what it is (an amount, no per-mole unit)
    assert parse_unit("mmole") != parse_unit("kJ/mol")


@pytest.mark.parametrize("text, low, high", [
    ("The coarse MgH2 (particle size diameter: 20 mu m-80 gm) desorbed hydrogen at 420 °C.", 20000.0, 80000.0),
    ("After two hours of milling the MgH2 particle sizes lay between 5 and 30 gm.", 5000.0, 30000.0),
    ("Particles of the commercial LiBH4 had a mean diameter of 15-45 gm before the melt step.", 15000.0, 45000.0),
])
def test_gm_where_a_length_is_given_is_the_micrometre(text, low, high):
    row = _values(text)[low]
    assert row["property"] == "particle_size" and row["unit"] == "nm" and row["value_max"] == high


@pytest.mark.parametrize("text", [
    "In each run 5 gm of the MgH2 powder was loaded into the vial with the balls.",
    "The LiBH4 batch weighed 12 gm and was stored under argon before the tests.",
])
def test_gm_of_a_mass_is_not_read_as_a_length(text):
    # near miss: no length is named in the clause, so the 'g' stays a 'g'
    assert micro_read_as_g(text) == []
    assert not any(r["property"] == "particle_size" for r in contract_measurements(text))
