"""Materials a passage names that are not part of the measured sample: the probe grid of
``grid_extra.py`` (every slot value must pass) and, for each reading rule, sentences written for the
test in several wordings plus one the rule must not fire on. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_extra import probes, run
from grid_rates import failing_slot_values
from prose_sentences import adds, facts


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 250 <= len(ps) <= 360
    assert {p.slots["place"] for p in ps} == {"first", "before", "between", "after", "in_prep", "in_value"}
    assert {"precursor_from", "milling_media", "compared_reported", "solvent", "element_state"} <= \
        {p.slots["distractor"] for p in ps}


@pytest.mark.parametrize("slot", ["distractor", "place", "additive", "host", "prep", "value"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)


def test_a_hydride_reagent_of_the_additive_is_no_host_when_another_hydride_is():
    v = facts("TiO2 nanosheets, synthesized from NiCl2 and NaBH4, were ball milled with Mg(BH4)2.",
              "The composite starts to release hydrogen at 185 °C.")
    assert v[185.0].system.host.formula == "Mg(BH4)2" and adds(v[185.0].system) == {"TiO2"}
    v = facts("Ni particles made from NiCl2 with LiBH4 as the reductant were milled with MgH2.",
              "The doped sample starts to release hydrogen at 240 °C.")
    assert v[240.0].system.host.formula == "MgH2" and adds(v[240.0].system) == {"Ni"}
    v = facts("Co was obtained from CoCl2 and NaBH4 and then added to LiAlH4.", "The mixture decomposes from 95 °C.")
    assert v[95.0].system.host.formula == "LiAlH4" and adds(v[95.0].system) == {"Co"}
    # (negative) the hydride made from another hydride is the sample: nothing else names a host
    v = facts("Li2B12H12 was synthesized from LiBH4 and B10H14.", "Li2B12H12 melts at 310 °C.")
    assert v[310.0].system.host.formula == "Li2B12H12"


def test_reagents_named_with_using_and_a_making_kept_as_the_verb():
    v = facts("TiO2 nanosheets prepared using TiCl4 and urea were milled with MgH2.",
              "The composite starts to release hydrogen at 205 °C.")
    assert adds(v[205.0].system) == {"TiO2"}
    v = facts("CeO2 was synthesized hydrothermally using Ce(NO3)3 and then ball-milled with NaAlH4.",
              "The doped sample releases 4.4 wt% of hydrogen.")
    assert adds(v[4.4].system) == {"CeO2"}
    v = facts("10 wt% NiO nanoparticles were made from glucose and ZnCl2 and then milled with LiAlH4.",
              "The composite starts to decompose at 88 °C.")
    assert adds(v[88.0].system) == {"NiO"}
    # (negative) milled using a material is no making: the Nb2O5 goes into the host
    v = facts("MgH2 was milled using 5 wt% Nb2O5 as the catalyst.", "The composite starts to release hydrogen at 215 °C.")
    assert adds(v[215.0].system) == {"Nb2O5"}


def test_the_gas_a_step_was_done_under_is_no_component():
    v = facts("MgH2 was milled with Nb2O5.", "An activation energy of 62 kJ/mol was obtained for the doped sample, "
              "after milling under Ar.")
    assert adds(v[62.0].system) == {"Nb2O5"}
    v = facts("MgH2 was milled with Nb2O5.", "The doped sample, milled in an Ar atmosphere, starts to release "
              "hydrogen at 190 °C.")
    assert adds(v[190.0].system) == {"Nb2O5"}
    v = facts("TiF3 was milled with LiBH4 under 1 bar of argon.", "The composite releases hydrogen from 240 °C, "
              "after milling under N2 flow.")
    assert adds(v[240.0].system) == {"TiF3"}
    # (negative) a gas that is no atmosphere is left as the readers found it
    v = facts("NH3 was added to LiBH4.", "The composite melts at 55 °C.")
    assert adds(v[55.0].system) == {"NH3"}


def test_the_solvent_a_step_was_done_in_is_no_component():
    v = facts("TiO2 nanosheets dispersed in THF were added to LiAlH4.", "The composite starts to decompose at 90 °C.")
    assert adds(v[90.0].system) == {"TiO2"}
    v = facts("Ni dissolved in ethanol was introduced into MgH2.", "The doped sample starts to release hydrogen at 230 °C.")
    assert adds(v[230.0].system) == {"Ni"}
    v = facts("Mg(BH4)2 was dissolved in diethyl ether and infiltrated into CMK-3.",
              "The composite starts to release hydrogen at 150 °C.")
    assert adds(v[150.0].system) == {"CMK-3"}
    # (negative) what the host is put in is its scaffold when it is no solvent
    v = facts("LiBH4 was confined in CMK-3.", "The composite starts to release hydrogen at 226 °C.")
    assert adds(v[226.0].system) == {"CMK-3"}


def test_a_sample_of_an_earlier_report_is_no_sample_of_the_study():
    v = facts("MgH2 was doped with 7 wt% Ti3C2 by ball milling.", "The results are compared with TiO2-doped MgH2 "
              "reported previously.", "The catalysed sample releases 5.6 wt% of hydrogen within 10 min.")
    assert adds(v[5.6].system) == {"Ti3C2"}
    v = facts("LiBH4 was milled with 10 wt% CeO2.", "NbF5-doped LiBH4 was described in our earlier work.",
              "The doped sample starts to release hydrogen at 260 °C.")
    assert adds(v[260.0].system) == {"CeO2"}
    v = facts("NaAlH4 was milled with 2 mol% ZrCl4.", "Previously reported TiCl3-catalysed NaAlH4 serves as a benchmark.",
              "The composite releases 4.5 wt% of hydrogen.")
    assert adds(v[4.5].system) == {"ZrCl4"}
    # (negative) a sample of this study compared with: the text may go on about it
    v = facts("MgH2 was milled with 7 wt% Ti3C2, and MgH2 was milled with 7 wt% TiO2.",
              "The TiO2-doped sample starts to release hydrogen at 245 °C.")
    assert adds(v[245.0].system) == {"TiO2"}


def test_a_comparison_set_off_between_the_additive_and_its_verb():
    v = facts("TiO2 nanosheets, more active than commercial Fe2O3, were added to NaAlH4.",
              "The catalysed sample releases 4.6 wt% of hydrogen.")
    assert adds(v[4.6].system) == {"TiO2"}
    v = facts("Ni, unlike the Co used before, was milled with MgH2.", "The composite starts to release hydrogen at 195 °C.")
    assert adds(v[195.0].system) == {"Ni"}
    v = facts("Nb2O5, which is superior to TiO2, was milled with LiBH4.", "The composite starts to release hydrogen at 255 °C.")
    assert adds(v[255.0].system) == {"Nb2O5"}
    # (negative) a list set off by commas is no comparison: every additive goes in
    v = facts("TiF3, CeO2 and graphene were added to MgH2.", "The composite starts to release hydrogen at 200 °C.")
    assert adds(v[200.0].system) == {"TiF3", "CeO2", "graphene"}


def test_a_value_about_the_doped_sample_prepares_nothing():
    v = facts("FeCl3 was ball milled with MgH2.", "An activation energy of 62 kJ/mol was obtained for the doped sample, "
              "owing to metallic Fe formed during heating.")
    assert adds(v[62.0].system) == {"FeCl3"}
    v = facts("FeCl3 was ball milled with MgH2.", "The doped sample starts to release hydrogen at 186 °C, which is "
              "attributed to metallic Fe.")
    assert adds(v[186.0].system) == {"FeCl3"}
    v = facts("CeO2 was added to Mg(BH4)2.", "The as-prepared composite releases 6.2 wt% of hydrogen due to the CeH2 "
              "formed in situ.")
    assert adds(v[6.2].system) == {"CeO2"}
    # (negative) a sentence that does add to the passage's host still prepares its sample
    v = facts("MgH2 was milled for 5 h.", "Adding Nb2O5 lowers the onset to 187 °C.")
    assert adds(v[187.0].system) == {"Nb2O5"}


def test_a_shape_word_before_the_next_additive_or_its_support():
    v = facts("MgH2 was doped with Co nanoparticles and CNTs by ball milling.",
              "The composite starts to release hydrogen at 196 °C.")
    assert adds(v[196.0].system) == {"Co", "carbon nanotube"}
    v = facts("MgH2 was doped with Ni nanoparticles supported on carbon.", "The composite starts to release hydrogen at 197 °C.")
    assert adds(v[197.0].system) == {"Ni/C"}
    v = facts("LiBH4 was milled with Fe nanosheets and 5 wt% graphene.", "The composite starts to release hydrogen at 275 °C.")
    assert adds(v[275.0].system) == {"Fe", "graphene"}
    # (negative) a hydride after the shape word is another sample, no additive
    v = facts("MgH2 was doped with Ni nanoparticles and LiBH4 was milled alone.",
              "The doped sample starts to release hydrogen at 198 °C.")
    assert adds(v[198.0].system) == {"Ni"}


def test_a_making_aside_before_the_verb_names_nothing_of_the_sample():
    v = facts("FeCl3, obtained by pyrolysis of ZIF-67, was milled with magnesium hydride.",
              "The composite starts to release hydrogen at 199 °C.")
    assert adds(v[199.0].system) == {"FeCl3"}
    v = facts("Ni nanoparticles, which were synthesized via a polyol route, were milled with LiBH4.",
              "The composite starts to release hydrogen at 276 °C.")
    assert adds(v[276.0].system) == {"Ni"}
    v = facts("Co3O4, prepared from Co(NO3)2 by calcination, was added to LiAlH4.", "The composite starts to decompose at 86 °C.")
    assert adds(v[86.0].system) == {"Co3O4"}
    # (negative) an aside that puts the additive in (no making) keeps it: the host's sample
    v = facts("MgH2, milled with 5 wt% Nb2O5, was heated to 300 °C.", "The composite starts to release hydrogen at 201 °C.")
    assert adds(v[201.0].system) == {"Nb2O5"}


def test_the_additives_own_element_or_support_named_again_adds_nothing():
    v = facts("Magnesium hydride was doped with Ni nanoparticles supported on carbon by ball milling.",
              "The Ni was prepared by a hydrothermal route using NiCl2 and urea as precursors.",
              "The catalysed sample releases 5.7 wt% of hydrogen.")
    assert adds(v[5.7].system) == {"Ni/C"}
    v = facts("MgH2 was milled with 10 wt% NiO.", "Metallic Ni was prepared in situ.",
              "The composite starts to release hydrogen at 202 °C.")
    assert adds(v[202.0].system) == {"NiO"}
    v = facts("LiBH4 was milled with 10 wt% TiO2@C.", "The carbon was prepared from sucrose.",
              "The composite starts to release hydrogen at 277 °C.")
    assert adds(v[277.0].system) == {"TiO2@C"}
    # (negative) a new additive prepared for the bare host still joins it
    v = facts("MgH2 was milled for 5 h.", "Then 5 wt% Ni was added.", "The composite starts to release hydrogen at 203 °C.")
    assert adds(v[203.0].system) == {"Ni"}


def test_a_second_sample_of_the_study_keeps_its_own_additives():
    v = facts("MgH2–Ni and MgH2–Ni–CNT composites were prepared by ball milling.",
              "MgH2–Ni starts to release hydrogen at 232 °C, while MgH2–Ni–CNT starts at 206 °C.")
    assert adds(v[232.0].system) == {"Ni"} and adds(v[206.0].system) == {"Ni", "carbon nanotube"}
    v = facts("MgH2–Ni and MgH2–Ni–CNT were prepared.", "MgH2–Ni–CNT starts to release hydrogen at 207 °C, and MgH2–Ni at 233 °C.")
    assert adds(v[233.0].system) == {"Ni"} and adds(v[207.0].system) == {"Ni", "carbon nanotube"}
    v = facts("LiBH4–MgH2 and LiBH4–MgH2@CMK-3 were prepared.",
              "LiBH4–MgH2 starts to release hydrogen at 351 °C, whereas LiBH4–MgH2@CMK-3 starts at 281 °C.")
    assert adds(v[351.0].system) == {"MgH2"} and adds(v[281.0].system) == {"MgH2", "CMK-3"}
    # (negative) the core of the one confined sample the passage made is that sample
    v = facts("LiBH4–MgH2 was confined in CMK-3.", "The confined LiBH4–MgH2 starts to release hydrogen at 282 °C.")
    assert adds(v[282.0].system) == {"MgH2", "CMK-3"}
