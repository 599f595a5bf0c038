"""Eight forms the readers missed in probe sentences: the probe grid of ``grid_fix14.py`` (every form in several
wordings, each with a negative wording the rule must not fire on) and, for the notation rules, the ontology's parse
of notations written for the test. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_fix14 import probes, run
from grid_rates import failing_slot_values, system_roles

FORMS = ["framework", "made", "coated", "passage", "pair", "baseline", "two", "single_atom"]


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_form():
    ps = probes()
    assert 150 <= len(ps) <= 300
    assert {p.slots["form"] for p in ps} == set(FORMS)
    # each form has at least three wordings and a negative one
    for form in FORMS:
        wordings = {p.slots["wording"] for p in ps if p.slots["form"] == form}
        assert len(wordings) >= 4 and any("negative" in w for w in wordings), (form, wordings)


@pytest.mark.parametrize("slot", ["form", "wording", "host"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)


# ---------------------------------------------------------------- the notations, as the ontology parses them

@pytest.mark.parametrize("text, want", [
    ("MgH2–NiCo-LDH", [("MgH2", "HostHydride"), ("NiCo-LDH", "Catalyst")]),
    ("LiBH4 + 5 wt% CoNi-MOF", [("LiBH4", "HostHydride"), ("CoNi-MOF", "Catalyst")]),
    ("NiFe-LDH/NaAlH4", [("NaAlH4", "HostHydride"), ("NiFe-LDH", "Catalyst")]),
    ("Mg(BH4)2–ZnCo-ZIF", [("Mg(BH4)2", "HostHydride"), ("ZnCo-ZIF", "Catalyst")]),
])
def test_a_framework_named_by_its_metals_is_one_catalyst(text, want):
    assert system_roles(text) == want


def test_a_metal_on_a_carbon_nanotube_stays_two_parts():
    # (negative) 'CNT' is no framework class: Ni on the nanotubes, two parts
    assert [f for f, _ in system_roles("MgH2–Ni-CNT")] == ["MgH2", "Ni", "carbon nanotube"]


@pytest.mark.parametrize("text, want", [
    # (named without the form tag, tests/devset/README.md: 'single-atom Ni' is Ni)
    ("MgH2–Pt SA/TiO2", [("MgH2", "HostHydride"), ("Pt/TiO2", "Catalyst")]),
    ("LiAlH4–5 wt% Fe-SA/NC", [("LiAlH4", "HostHydride"), ("Fe/NC", "Catalyst")]),
    ("CuSA/Ti3C2Tx", [("Cu/Ti3C2Tx", "Catalyst")]),
    ("Ni SAs@N-C", [("Ni@N-C", "Catalyst")]),
])
def test_single_atoms_on_their_support_are_one_catalyst(text, want):
    assert system_roles(text) == want


def test_a_metal_on_an_oxide_without_a_form_word_keeps_its_reading():
    # (negative for the single-atom support) 'Ni/TiO2' was one supported catalyst before the rule and stays one
    assert system_roles("MgH2–Ni/TiO2") == [("MgH2", "HostHydride"), ("Ni/TiO2", "Catalyst")]


@pytest.mark.parametrize("text, want", [
    ("MgH2–10 wt% carbon-coated Ni", "Ni@C"),
    ("LiBH4–graphene-wrapped Fe", "Fe@graphene"),
    ("NaAlH4–C-encapsulated Co", "Co@C"),
])
def test_a_coated_catalyst_is_the_catalyst_in_its_shell(text, want):
    assert [f for f, _ in system_roles(text)][1:] == [want]


def test_a_coated_hydride_is_no_core_shell_catalyst():
    # (negative) the hydride in its carbon shell: the host and the carbon, no '@' catalyst
    assert [f for f, _ in system_roles("carbon-coated MgH2")] == ["MgH2", "C"]
