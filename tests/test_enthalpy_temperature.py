"""A temperature at a stated hydrogen pressure that a sentence opening 'This allows/enables/means …' draws from the
reaction enthalpy of the sentence before is the reaction's equilibrium temperature: theoretical, not a run's reading
(ingest/extraction/values/enthalpy_temperature.py; issue 10, review prose #64). Near misses: an activation energy before
(kinetics), or no pressure with the temperature, leave it measured. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _temperature_basis(text: str) -> set[tuple[float, str]]:
    return {(r["value"], r["basis"]) for r in records(text) if r["property"].endswith("temperature")}


@pytest.mark.parametrize("text, value", [
    ("Forming MgB2 as the product cuts the dehydrogenation enthalpy of the LiBH4–MgH2 composite to 41 kJ/mol H2. "
     "This allows the LiBH4–MgH2 composite to release hydrogen at 225 °C under 0.1 MPa H2.", 225.0),
    ("Adding Si lowers the reaction enthalpy of MgH2 from 75 to 36 kJ/mol. That means the MgH2–Si mixture should "
     "desorb hydrogen near 130 °C at 1 bar.", 130.0),
    ("The new pathway brings the enthalpy change of Mg(NH2)2–2LiH down to 39 kJ/mol H2. This enables "
     "Mg(NH2)2–2LiH to give off hydrogen at 90 °C and 1 bar.", 90.0),
])
def test_equilibrium_temperature_from_the_enthalpy_before_is_theoretical(text, value):
    assert _temperature_basis(text) == {(value, "theoretical")}


@pytest.mark.parametrize("text, value", [
    # kinetics: an activation energy says nothing of where the equilibrium lies
    ("Adding TiO2 lowers the dehydrogenation activation energy of MgH2 from 135 to 70 kJ/mol. This allows MgH2 to "
     "release hydrogen at 210 °C under 0.1 MPa H2.", 210.0),
    # no pressure: a temperature a run was taken to
    ("Forming MgB2 as the product cuts the dehydrogenation enthalpy of the LiBH4–MgH2 composite to 41 kJ/mol H2. "
     "This allows the LiBH4–MgH2 composite to release hydrogen from 310 °C in a TPD run.", 310.0),
])
def test_temperature_after_a_barrier_or_without_pressure_stays_measured(text, value):
    assert _temperature_basis(text) == {(value, "measured")}


def test_the_longest_label_said_wins():
    # (property_cues.keys_said_longest, the labels the enthalpy rule reads: 'activation enthalpy' is the activation
    # energy's label, whose word 'enthalpy' alone would name the reaction enthalpy)
    from ingest.extraction.values.property_cues import keys_named, keys_said_longest

    text = "the activation enthalpy of the composite was 80 kJ/mol"
    assert "reaction_enthalpy" in keys_named(text)
    assert "reaction_enthalpy" not in keys_said_longest(text)
    assert "reaction_enthalpy" in keys_said_longest("the enthalpy change of the composite was 40 kJ/mol")
