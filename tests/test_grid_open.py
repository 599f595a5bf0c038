"""How an abstract introduces its study's sample and carries it to the values: the probe grid of
``grid_open.py`` (every slot value must pass) and, for each reading rule, sentences written for the test in
several wordings plus one the rule must not fire on. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_open import probes, run
from grid_rates import failing_slot_values
from prose_sentences import adds, amounts, facts


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 250 <= len(ps) <= 310
    assert {p.slots["value"] for p in ps} >= {"host_alone", "than_pure", "baseline", "its_ea_than_milled"}
    assert len({p.slots["intro"] for p in ps}) >= 30


@pytest.mark.parametrize("slot", ["intro", "value", "background", "title", "host", "additive", "amount", "shape"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)


CARRIED = "The composite starts to release hydrogen at 231 °C."


def test_a_word_joined_by_a_slash_in_what_the_additive_does_to_the_host():
    v = facts("In this work, the catalytic effect of K2TiF6 on the de/rehydrogenation of LiAlH4 is investigated.", CARRIED)
    assert adds(v[231.0].system) == {"K2TiF6"}
    v = facts("We examined the role of CeO2 in the de-/rehydrogenation of NaAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"CeO2"}
    v = facts("ZrC strongly accelerates the ab/desorption of MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"ZrC"}
    # (negative) the slash joins two steps of the study; the hydride is studied on its own
    v = facts("The de/rehydrogenation of MgH2 was followed by XRD.", "MgH2 starts to release hydrogen at 341 °C.")
    assert adds(v[341.0].system) == set()


def test_a_loading_written_as_the_variable_of_a_series():
    v = facts("MgH2 doped with x wt% Nb2O5 (x = 2, 5, 10) was prepared by ball milling.", CARRIED)
    assert adds(v[231.0].system) == {"Nb2O5"} and amounts(v[231.0].system) == {}
    v = facts("LiAlH4 milled with y mol% TiCl3 (y = 1, 3, 5) was studied.", CARRIED)
    assert adds(v[231.0].system) == {"TiCl3"}
    v = facts("Samples of NaAlH4 catalysed by x wt.% of CeCl3 were made.", CARRIED)
    assert adds(v[231.0].system) == {"CeCl3"}
    # (negative) a plain loading is still read as the amount
    v = facts("MgH2 doped with 5 wt% Nb2O5 was prepared by ball milling.", CARRIED)
    assert amounts(v[231.0].system) == {"Nb2O5": 5.0}


def test_the_host_wrapped_in_what_it_is_encapsulated_with():
    v = facts("Here, MgH2 was encapsulated with Ni nanoparticles through a wet-chemical route.", CARRIED)
    assert adds(v[231.0].system) == {"Ni"}
    v = facts("LiBH4 nanoparticles were wrapped with graphene by a solvent method.", CARRIED)
    assert adds(v[231.0].system) == {"graphene"}
    v = facts("The NaAlH4 particles were covered with TiO2 via atomic layer deposition.", CARRIED)
    assert adds(v[231.0].system) == {"TiO2"}
    # (negative) covered with nothing the study names as a material
    v = facts("MgH2 was covered with a lid during milling.", "MgH2 starts to release hydrogen at 342 °C.")
    assert adds(v[342.0].system) == set()


def test_the_additive_made_first_and_put_in_by_a_relative_clause():
    v = facts("A facile method to prepare Co3O4 nanocubes, which are then ball-milled with MgH2, is presented.", CARRIED)
    assert adds(v[231.0].system) == {"Co3O4"}
    v = facts("We synthesised Fe2O3, which was subsequently milled with LiAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"Fe2O3"}
    v = facts("NbF5 was chosen, which was then added to NaAlH4 in 4 mol%.", CARRIED)
    assert adds(v[231.0].system) == {"NbF5"}
    # (negative) the relative clause speaks of something else done to it
    v = facts("TiO2, which was then calcined at 500 °C, was kept apart; MgH2 was milled alone.",
              "MgH2 starts to release hydrogen at 343 °C.")
    assert adds(v[343.0].system) == set()


def test_a_catalyst_named_on_its_support_without_a_participle():
    v = facts("NiCo2O4 on carbon was prepared and mixed with LiBH4 by ball milling.", CARRIED)
    assert adds(v[231.0].system) == {"NiCo2O4/C"}
    v = facts("5 wt% Pd on carbon was milled with MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"Pd/C"} and amounts(v[231.0].system) == {"Pd/C": 5.0}
    v = facts("Ni nanoparticles onto graphene were synthesized hydrothermally and milled with NaAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"Ni/graphene"}
    # (negative) two additives listed, none on the other
    v = facts("Ni and graphene were milled with MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"Ni", "graphene"}


def test_a_catalyst_system_made_of_several_additives_for_the_host():
    v = facts("To improve its kinetics, we design a dual-catalyst system of Ni and CeO2 for MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"Ni", "CeO2"}
    v = facts("We propose a bifunctional catalyst composed of TiO2 nanoparticles and Nb2O5 for the dehydrogenation of LiAlH4.",
              CARRIED)
    assert adds(v[231.0].system) == {"TiO2", "Nb2O5"}
    v = facts("An additive based on K2TiF6 for NaAlH4 is reported.", CARRIED)
    assert adds(v[231.0].system) == {"K2TiF6"}
    # (negative) no catalyst made of them: two hydrides are compared
    v = facts("The stability of Ni and CeO2 for years is known; MgH2 was milled alone.",
              "MgH2 starts to release hydrogen at 344 °C.")
    assert adds(v[344.0].system) == set()


def test_studied_with_an_additive_named_as_its_role():
    v = facts("The kinetics of LiBH4 were studied with 10 wt% FeCl3 as the additive.", CARRIED)
    assert amounts(v[231.0].system) == {"FeCl3": 10.0}
    v = facts("The desorption of MgH2 was investigated with TiF3 nanoparticles as an efficient catalyst.", CARRIED)
    assert adds(v[231.0].system) == {"TiF3"}
    v = facts("NaAlH4 was examined with CeCl3 as a dopant.", CARRIED)
    assert adds(v[231.0].system) == {"CeCl3"}
    # (negative) studied with an instrument's material, no role said
    v = facts("LiBH4 was examined with Li electrodes.", "LiBH4 starts to release hydrogen at 345 °C.")
    assert adds(v[345.0].system) == set()


def test_an_adverb_before_the_verb_that_improves_the_host():
    v = facts("In this work, MoS2 nanoflowers were found to markedly improve the dehydrogenation of MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"MoS2"}
    v = facts("CoFe2O4 nanoparticles drastically lower the decomposition temperature of LiAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"CoFe2O4"}
    v = facts("TiO2 nanosheets are shown to substantially enhance the kinetics of NaAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"TiO2"}
    # (negative) compared with the host, not acting on it
    v = facts("Unlike TiO2, which barely changes anything, MgH2 was milled alone.", "MgH2 starts to release hydrogen at 346 °C.")
    assert adds(v[346.0].system) == set()


def test_an_additive_formed_in_situ_inside_the_host():
    v = facts("MoS2 nanoparticles were formed in situ in MgH2 during ball milling.", CARRIED)
    assert adds(v[231.0].system) == {"MoS2"}
    v = facts("Mg2Ni was generated in-situ within MgH2 by reactive milling.", CARRIED)
    assert adds(v[231.0].system) == {"Mg2Ni"}
    v = facts("Ti nanoclusters grown in situ on NaAlH4 were obtained.", CARRIED)
    assert adds(v[231.0].system) == {"Ti"}
    # (negative) a phase the host forms, not said to be made in situ as an additive
    v = facts("MgO was formed in MgH2 during ball milling.", "The MgH2 starts to release hydrogen at 347 °C.")
    assert adds(v[347.0].system) == set()


def test_an_additive_that_acts_as_a_catalyst_for_the_host():
    v = facts("NiCo2O4 nanorods, prepared via a sol–gel route, act as a catalyst for LiBH4.", CARRIED)
    assert adds(v[231.0].system) == {"NiCo2O4"}
    v = facts("Here, CeO2 serves as an additive in NaAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"CeO2"}
    v = facts("Nb2O5, synthesized by a hydrothermal route, functions as the catalyst for MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"Nb2O5"}
    # (negative) the made oxide is set apart from the host
    v = facts("TiO2, synthesized by a sol-gel route, was characterised by XRD; MgH2 was milled alone.",
              "MgH2 starts to release hydrogen at 348 °C.")
    assert adds(v[348.0].system) == set()


def test_the_class_noun_of_the_part_a_material_plays_is_not_the_additive():
    v = facts("CeO2 was used as an additive in MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"CeO2"}
    v = facts("TiO2 nanoparticles were employed as the additives for LiBH4.", CARRIED)
    assert adds(v[231.0].system) == {"TiO2"}
    v = facts("Here, Nb2O5 serves as an efficient additive in NaAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"Nb2O5"}
    # (negative) named as an additive, but set beside the host rather than put into it
    v = facts("CeO2 was compared as an additive with MgH2.", "MgH2 starts to release hydrogen at 349 °C.")
    assert adds(v[349.0].system) == set()


def test_the_additive_named_in_its_catalytic_mechanism_or_action_in_the_host():
    v = facts("The catalytic action of TiF3 in LiBH4 was examined.", CARRIED)
    assert adds(v[231.0].system) == {"TiF3"}
    v = facts("We reveal the catalytic mechanism of V2O5 in MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"V2O5"}
    v = facts("The action of 5 wt% Nb2O5 in LiAlH4 is explained.", CARRIED)
    assert amounts(v[231.0].system) == {"Nb2O5": 5.0}
    # (negative) the mechanism of the host's own decomposition
    v = facts("The mechanism of MgH2 decomposition was studied by XRD.", "MgH2 starts to release hydrogen at 331 °C.")
    assert adds(v[331.0].system) == set()
