"""Indexing services spell the degree sign out ("115 degrees C", "90 degreesC", "deg C") and print exponents in
brackets ("S cm(-1)"). A temperature written so is still the temperature a value was measured at: the phrase after
it still names the sample ("… at 115 degrees C upon confinement in MCM-41"), and a conductivity written as its
logarithm still reads with the bracketed unit. The readers take the temperature's spellings from
``ontology.units.CELSIUS_WRITTEN``, the one the unit parser uses."""
import re

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, scaffold", [
    ("KBH4 reaches 3 × 10−6 S cm−1 at 125 degrees C upon confinement in CMK-3.", 0.003, "CMK-3"),
    ("After melt infiltration the NaBH4 shows 2 x 10(-5) S cm(-1) at 100 degreesC upon nanoconfinement in SBA-15.",
     0.02, "SBA-15"),
    ("LiBH4 conducts at 4.5 x 10(-4) S/cm at 60 deg C upon nanoconfinement in MCM-41.", 0.45, "MCM-41"),
])
def test_a_spelled_out_degree_keeps_the_scaffold_after_it(text, value, scaffold):
    row = the_one(contract_measurements(text), value)
    assert [c["material"] for c in row["components"] if c["role"] == "ScaffoldConfinementHost"] == [scaffold]
    assert row["strategies"] == ["Nanoconfinement"]


def test_a_value_without_such_a_phrase_stays_on_the_bare_hydride():
    # near miss: the clause after the temperature compares, it names no sample of the value
    row = the_one(contract_measurements("KBH4 reaches 3 × 10−6 S cm−1 at 125 degrees C, as reported before."), 0.003)
    assert [c["material"] for c in row["components"]] == ["KBH4"]


@pytest.mark.parametrize("text, value", [
    ("Li2B10H10 shows a conductivity of log(σ / S cm(-1)) = -5.2 at 30 °C.", 10 ** -5.2 * 1000),
    ("For Na2B10H10 we find log σ (S·cm−1) = −3.9 at 80 °C.", 10 ** -3.9 * 1000),
    ("The dodecaborate gives log(σ/S cm(-1)) of -3.1 at 100 degrees C for Na2B12H12.", 10 ** -3.1 * 1000),
])
def test_a_logarithm_with_the_bracketed_unit_is_the_conductivity(text, value):
    rows = contract_measurements(text)
    assert len(rows) == 1 and abs(rows[0]["value"] - value) < 1e-4 * value
    row = rows[0]
    assert row["property"] == "ionic_conductivity" and row["unit"] == "mS/cm"


def test_the_readers_and_the_unit_parser_share_one_spelling():
    from ontology.units import CELSIUS_WRITTEN, parse_unit

    for written in ("°C", "º C", "degrees C", "degreesC", "deg. C", "℃", "Celsius"):
        assert re.fullmatch(CELSIUS_WRITTEN, written), written
        assert str(parse_unit(written)) == "degree_Celsius"
