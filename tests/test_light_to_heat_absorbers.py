"""An additive the text says turns light into heat is the light's absorber, not a catalyst (issue 10, review
#129/#134): 'the photothermal effect of TiN', 'the localized heating effect of the Au particles', 'Ag nanoparticles,
which convert incident light into heat'. The heating effect's words are the ontology's hkg:PhotothermalHeating
labels. Near miss: a material named after 'the catalytic effect of' stays a catalyst. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _roles(text: str) -> dict[str, list[tuple[str, str]]]:
    return {r["system"]: [(c["material"], c["role"]) for c in r["components"]] for r in records(text)}


@pytest.mark.parametrize("text, system, absorber", [
    ("Under a xenon lamp, the MgH2–Au sample took up 5.1 wt% H2 at 120 °C, which reflects the localized heating "
     "effect of the Au particles.", "MgH2–Au", "Au"),
    ("To exploit the photothermal effect of TiN, we milled it with MgH2; the MgH2–TiN mixture released 5.6 wt% H2 "
     "within 15 min under illumination.", "MgH2–TiN", "TiN"),
    ("Ag nanoparticles, which convert incident light into heat, were dispersed in NaAlH4. Under simulated "
     "sunlight the NaAlH4–Ag composite gave off 3.9 wt% H2 within 30 min.", "NaAlH4–Ag", "Ag"),
    ("Owing to the plasmonic effect of Cu, the LiH–Cu composite started to release hydrogen at 290 °C under "
     "a Xe lamp.", "LiH–Cu", "Cu"),
])
def test_light_to_heat_converter_is_the_absorber(text, system, absorber):
    roles = _roles(text)
    assert (absorber, "PhotothermalMicrowaveAbsorber") in roles[system], roles
    rows = [r for r in records(text) if r["system"] == system]
    assert rows and all("MetalCatalysis" not in r["strategies"] for r in rows), rows


def test_catalytic_effect_keeps_a_catalyst():
    # near miss: the effect named is catalytic, not a heating one
    text = ("Owing to the catalytic effect of Cu, the LiH–Cu composite started to release hydrogen at 290 °C "
            "under a Xe lamp.")
    assert ("Cu", "Catalyst") in _roles(text)["LiH–Cu"]


def test_converting_heat_into_power_is_no_absorber():
    # near miss: what converts heat (not light) into something else takes up no field
    text = "The Ni catalyst, which converts hydrogen into heat in the burner, was milled into MgH2. " \
           "The MgH2–Ni sample released 6.0 wt% H2 at 300 °C."
    assert ("Ni", "Catalyst") in _roles(text)["MgH2–Ni"]


def test_solute_of_a_solid_solution_stays_its_substituent():
    # near miss: the Cu the notation puts on the host's sites heats by its plasmonic effect as the solute it is
    text = ("The solid solution Mg2Ni(Cu) took up 3.1 wt% H2 at 150 °C under illumination, since the plasmonic "
            "effect of Cu heats the lattice.")
    assert ("Cu", "DopantSubstituent") in _roles(text)["Mg2Ni(Cu)"]
