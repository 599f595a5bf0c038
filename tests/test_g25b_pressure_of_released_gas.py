"""A pressure said between a verb of giving hydrogen off and the gas ('the temperature for releasing 1 bar H2 is
518 °C'): the pressure the gas is given at, a condition, and the temperature named by the verb and its gas (a
dehydrogenation temperature at that pressure, as the ontology defines an equilibrium temperature). The sentences
are written for this test."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, round(m.value, 2), round(m.conditions.get("pressure", 0.0), 3))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, value", [
    ("For a KOH-KH pellet, the temperature for releasing 1 bar H2 was as low as 318 °C.", 318.0),
    ("The temperature needed to release 1 bar H2 from MgH2 is about 280 °C.", 280.0),
    ("For the Mg2FeH6 composite, the temperature to give off 0.1 MPa of hydrogen is 320 °C.", 320.0),
])
def test_a_pressure_between_the_verb_and_its_gas_sets_the_temperature(text, value):
    assert _rows(text) == [("dehydrogenation_temperature", value, 0.1)]


@pytest.mark.parametrize("text", [
    # the gas under a pressure with no verb giving it off: the temperature names no release
    "The cell holding the MgH2 sample under 1 bar H2 was 25 °C.",
    "The MgH2 sample was loaded with 10 bar H2 and was kept at 300 °C.",
])
def test_a_pressure_of_gas_with_no_release_names_nothing(text):
    assert not any(p == "dehydrogenation_temperature" for p, *_ in _rows(text))
