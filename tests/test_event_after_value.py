"""A clause right after a value that says what happened at it names the value's property (from G21): a verb of
consequence ('led to', 'resulted in', 'gave rise to': the ontology's ConsequenceVerb) or 'at which point' and its
subject. Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("sentence,value", [
    ("Warming the NaAlH4 slurry to 140 °C led to the evolution of hydrogen gas.", 140.0),
    ("Raising the temperature of the Mg(NH2)2–2LiH powder to 180 °C resulted in the release of hydrogen.", 180.0),
    ("For KAlH4, heating to 290 °C gave rise to a slow dehydrogenation of the solid.", 290.0),
    ("Bringing the Ca(BH4)2 sample up to 350 °C caused its decomposition.", 350.0),
    # hydrogen atoms evolved are a release too
    ("Heating the ether solution of NaAlH4 to 70 °C led to the evolution of two H atoms per formula unit.", 70.0),
])
def test_an_event_brought_about_at_a_temperature_names_it(sentence, value):
    assert facts(sentence)[value].property == "dehydrogenation_temperature"


def test_a_stability_limit_at_which_the_sample_decomposes_is_its_decomposition():
    v = facts("The cubic phase of Ca(BH4)2 stays stable to 640 K, at which point it decomposes with loss of hydrogen.")
    assert v[366.85].property == "dehydrogenation_temperature"
    v = facts("NaAlH4 is stable up to 520 K, at which temperature the hydride begins to decompose.")
    assert 246.85 in v


def test_a_bare_stability_limit_stays_no_value():
    # near miss: nothing said to happen at the bound
    v = facts("The cubic phase of Ca(BH4)2 stays stable to 640 K under argon.")
    assert 366.85 not in v or v[366.85].property != "dehydrogenation_temperature"
    # near miss: the step's own consequence is no hydrogen event ("led to" a size, no temperature of release)
    v = facts("Milling the Mg(NH2)2–2LiH powder at 25 °C for 10 h led to a finer microstructure.")
    assert 25.0 not in v or v[25.0].property != "dehydrogenation_temperature"


# ---------------------------------------------------------------- "the values" of a property named the sentence before
def test_the_values_of_a_property_the_sentence_before_named_without_a_value():
    v = facts("The apparent activation energies for dehydrogenation were derived with the Kissinger method.",
              "The obtained values were 98.1 and 77.4 kJ/mol for Mg2Ni and Mg2Ni0.8Cu0.2, respectively.")
    assert v[98.1].property == v[77.4].property == "dehydrogenation_activation_energy"
    v = facts("We evaluated the desorption enthalpy of each hydride from van 't Hoff plots.",
              "These values amount to 74.2 kJ/mol for pure Mg and 69.8 kJ/mol for the Mg–Al solid solution.")
    assert v[74.2].property == "reaction_enthalpy"
    v = facts("For the MgH2–KBH4 composite, the absorption activation energy was estimated by fitting the JMAK model.",
              "The fitted value is 61.5 kJ/mol.")
    assert v[61.5].property == "hydrogenation_activation_energy"


def test_the_values_after_a_sentence_naming_no_property_stay_unread():
    # near miss: the sentence before names a method and no property
    v = facts("The samples were examined by X-ray diffraction after milling.",
              "The obtained values were 98.1 and 77.4 kJ/mol for Mg2Ni and Mg2Ni0.8Cu0.2, respectively.")
    assert 98.1 not in v or v[98.1].property != "dehydrogenation_activation_energy"


# ---------------------------------------------------------------- a feature at a value and the event it is
@pytest.mark.parametrize("sentence,value,key", [
    ("The DSC trace of Ca(BH4)2 has a small endotherm at 167 °C corresponding to the α to β polymorphic transition.",
     167.0, "phase_transition_temperature"),
    ("On heating, NaBH4 gives a sharp endothermic signal at 505 °C assigned to melting of the salt.",
     505.0, "phase_transition_temperature"),
    ("Under 4 MPa H2, an exothermic maximum at 215 °C attributed to the hydrogenation of the Mg(B3H8)2 precursor appears.",
     215.0, "hydrogenation_temperature"),
])
def test_a_feature_named_after_it_is_that_event(sentence, value, key):
    assert facts(sentence)[value].property == key


def test_a_cause_named_after_a_release_keeps_the_release():
    # near miss: what the words after credit is a cause, no event: the temperature stays the release's setting
    v = facts("The Ni-doped KAlH4 releases 3.1 wt% hydrogen at 260 °C, attributed to the fine Ni particles.")
    assert v[3.1].property == "hydrogen_capacity" and 260.0 not in v
