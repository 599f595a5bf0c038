"""A solid solution written as the host's formula and its dissolved element in brackets, with a space before
the bracket ("the Mg (In) solid solution", "Mg17Al12 (Li) solid solution"), is the host with that element
dissolved, as 'Mg(In)' is; an intermetallic the ontology names is such a host too. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ontology.system import parse_system


def parts(text, value):
    return {c.formula: c.role for c in facts(text)[value].system.components}


@pytest.mark.parametrize("text, value, host, guest", [
    ("The Mg (In) solid solution absorbs 5.4 wt% hydrogen at 310 °C.", 5.4, "Mg", "In"),
    ("After milling, a Mg (Zr) solid solution forms that releases hydrogen at 255 °C.", 255.0, "Mg", "Zr"),
    ("Hydrogen uptake of the Mg2Ni (Cu) solid solution reaches 3.2 wt% at 250 °C.", 3.2, "Mg2Ni", "Cu"),
    ("The Mg17Al12 (Li) solid-solution phase desorbs hydrogen at 285 °C.", 285.0, "Mg17Al12", "Li"),
])
def test_a_guest_written_apart_before_solid_solution_is_dissolved_in_the_host(text, value, host, guest):
    assert parts(text, value) == {host: "HostHydride", guest: "DopantSubstituent"}


def test_an_intermetallic_of_the_ontology_takes_a_dissolved_element():
    system = parse_system("Mg17Al12(Li)")
    assert system.host.formula == "Mg17Al12" and [a.formula for a in system.additives] == ["Li"]


@pytest.mark.parametrize("text", [
    "The ternary Mg2Ni (Cu) sample releases hydrogen at 265 °C.",       # no solid solution named
    "Pure Mg (In the form of powder) released hydrogen at 265 °C.",   # a bracket of words
])
def test_a_bracket_after_a_space_without_a_solid_solution_stays_apart(text):
    assert len(facts(text)[265.0].system.components) == 1
