"""A property word in an 'after …' clause the value closes ('… formed again after complete dehydrogenation at 150 °C')
names the step before, not the value's property; a partial label keeps its reading. (A rule that let another
property's label said whole outweigh it was withdrawn: 'a hydrogen desorption energy of 103 kJ/mol' is an
activation energy in experimental papers, a hydrogen-removal energy only in computed ones, and the rule also took
'the activation energy for Li-ion migration … 0.45 eV' for a desorption barrier.) Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import property_values


def test_a_label_said_in_part_keeps_the_partial_reading():
    # near miss: 'desorption activation energy' is the activation energy's own label
    assert [p for p, _ in property_values("The desorption activation energy of MgH2 with Ni was 60 kJ/mol.")] == [
        "dehydrogenation_activation_energy"]


@pytest.mark.parametrize("text", [
    "NaAlH4 formed again after complete dehydrogenation at 150 °C.",
    "The Mg2FeH6 phase was recovered after full desorption at 350 °C.",
    "The XRD pattern still shows LiBH4 after the dehydrogenation step at 400 °C.",
])
def test_a_step_named_after_after_is_no_property(text):
    assert not [p for p, _ in property_values(text) if "dehydrogenation" in p]


def test_the_step_named_as_the_subject_keeps_its_property():
    # near miss: no 'after': the complete dehydrogenation itself happened at the value
    assert [p for p, _ in property_values("Complete dehydrogenation of NaAlH4 occurred at 150 °C.")] == [
        "full_dehydrogenation_temperature"]


def test_a_label_whose_words_stand_apart_is_not_said_whole():
    # ('the activation energy of dehydrogenation' holds the words of 'dehydrogenation energy', not that label)
    from extracted import property_values
    got = property_values("LiNH2–MgH2 was ball milled with ZrCl4. The apparent activation energy of dehydrogenation "
                          "of the LiNH2–MgH2–ZrCl4 composite is reduced by 86.0 kJ/mol to 75.5 kJ/mol.")
    assert ("dehydrogenation_activation_energy", 75.5) in got


@pytest.mark.parametrize("text", [
    "Re-absorption of the MgH2–Ni sample after complete desorption occurred at 150 °C.",
    "Re-formation of Ca(BH4)2 after complete dehydrogenation takes place under moderate conditions (260 °C, 80 bar H2).",
    "Rehydrogenation of the Mg2FeH6 powder after the first decomposition proceeds at 320 °C.",
])
def test_a_step_named_inside_the_words_before_gives_way_to_the_property_named_whole(text):
    # the process the sentence reports is the uptake; 'after …' only says what came before it
    assert [p for p, _ in property_values(text)] == ["hydrogenation_temperature"]


def test_a_property_named_around_an_earlier_step_keeps_its_reading():
    # near miss: the desorption is what the value measures; the uptake before it is only its history
    assert [p for p, _ in property_values(
        "The peak desorption temperature of MgH2–5 wt% NbF5 after rehydrogenation was 285 °C.")] == [
        "peak_dehydrogenation_temperature"]


@pytest.mark.parametrize("text", [
    "The activation energy barrier for H2 desorption in Ni-doped magnesium hydride is 0.92 eV.",
    "The activation energy for H2 desorption from the Ti-doped MgH2 surface is 0.87 eV.",
    "The energy barrier for hydrogen desorption from V-doped MgH2 is 1.14 eV.",
])
def test_a_barrier_given_per_particle_is_the_activation_energy(text):
    # a barrier is an activation energy whatever its unit: eV converts to kJ/mol with Avogadro's number
    assert [p for p, _ in property_values(text)] == ["dehydrogenation_activation_energy"]


def test_an_energy_that_names_no_barrier_stays_a_removal_energy():
    # near miss: the energy to take hydrogen out, no barrier
    assert [p for p, _ in property_values("The hydrogen desorption energy of Ti-doped MgH2 is 0.92 eV.")] == [
        "hydrogen_removal_energy"]
