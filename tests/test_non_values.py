"""Issue 10 items 4-5: numbers that are no facts of the sample (negated bounds, treatments, loadings),
values of a written reaction, enthalpy phrases and first-cycle values, on phrasings of several authors.
Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import facts


# ------------------------------------------------------------------------------ negated bounds
# A negated clause bounded by the value says where nothing happens: no onset, no value of the sample
# (a chemist reads "no H2 below 520 K" as onset >= 520 K, an inequality, never the onset itself).
@pytest.mark.parametrize("text, bound", [
    ("Not a trace of H2 was measured from any KBH4 sample below 520 K.", 246.85),
    ("The doped NaAlH4 releases hydrogen from 120 °C, whereas undoped NaAlH4 gives off no hydrogen "
     "below 210 °C and peaks at 260 °C.", 210.0),
    ("The Mg2FeH6 sample did not desorb any hydrogen at temperatures lower than 500 K.", 226.85),
    ("Neither of the Ca(BH4)2 composites gave a measurable amount of gas below 300 °C.", 300.0),
    ("Unlike the milled one, the as-received NaMgH3 shows no mass loss in the TGA trace until 380 °C.", 380.0),
])
def test_long_negated_clauses_bound_no_value(text, bound):
    v = facts(text)
    assert bound not in v


def test_a_value_after_a_negated_bound_in_a_comparison_stays():
    v = facts("The doped NaAlH4 releases hydrogen from 120 °C, whereas undoped NaAlH4 gives off no hydrogen "
              "below 210 °C and peaks at 260 °C.")
    assert v[120.0].property == "onset_dehydrogenation_temperature"
    assert v[260.0].property == "peak_dehydrogenation_temperature"


@pytest.mark.parametrize("text, value, prop", [
    # "no less than" is a qualifier, not a negation
    ("The KBH4–MgH2 composite releases no less than 6.1 wt% H2 at 400 °C.", 6.1, "hydrogen_capacity"),
    # a negation far from the value, its clause closed by "and", leaves the value alone
    ("No catalyst was added to the NaAlH4 and the powder desorbs hydrogen below 210 °C.", 210.0,
     "dehydrogenation_temperature"),
])
def test_values_near_negation_words_stay(text, value, prop):
    assert facts(text)[value].property == prop


# ------------------------------------------------------------------------------ treatments
# A temperature of a step the sample was put through (the ontology's synthesis methods: activation,
# drying, heat treatment …), also when the step's means stand between ("activated by N cycles at"),
# is how the sample was made, no property of it.
@pytest.mark.parametrize("text, temp", [
    ("Prior to the kinetic tests, the KBH4 powder was pre-activated by five absorption/desorption cycles at "
     "600 K.", 326.85),
    ("Mg powder was milled with 5 wt% Fe and activated through three hydriding–dehydriding cycles at 350 °C.", 350.0),
    ("The NaAlH4–CeCl3 sample was pre-treated at 400 K and then desorbed 4.1 wt% H2 at 160 °C.", 126.85),
    ("The CMK-3 scaffold was dried at 120 °C under vacuum before NaAlH4 was added.", 120.0),
    ("The Ca(BH4)2 was desolvated at 160 °C and sintered at 300 °C.", 160.0),
])
def test_treatment_temperatures_are_no_values(text, temp):
    v = facts(text)
    assert temp not in v
    assert all(m.conditions.get("temperature") != temp for m in v.values())


@pytest.mark.parametrize("text, value, prop", [
    ("The activated Mg–Fe composite starts to desorb at 280 °C.", 280.0, "onset_dehydrogenation_temperature"),
    ("The MgH2 milled with Ni releases hydrogen at 250 °C.", 250.0, "dehydrogenation_temperature"),
    # an activation energy named by its words is no treatment
    ("The apparent activation energy of the activated Mg–Fe composite is 88 kJ/mol.", 88.0,
     "dehydrogenation_activation_energy"),
])
def test_values_beside_treatment_words_stay(text, value, prop):
    assert facts(text)[value].property == prop


# ------------------------------------------------------------------------------ loadings and contents
@pytest.mark.parametrize("text", [
    "A NaAlH4@CMK-3 electrode (NaAlH4 loading 40 wt%) desorbed 3.3 wt% H2 at 200 °C.",
    "The NaAlH4@CMK-3 composite, with a hydride content of 40 wt%, desorbed 3.3 wt% H2 at 200 °C.",
    "The NaAlH4@CMK-3 composite (loading: 40 wt%) desorbed 3.3 wt% H2 at 200 °C.",
    "At a 40 wt% loading, the NaAlH4@CMK-3 composite desorbed 3.3 wt% H2 at 200 °C.",
    "The NaAlH4 concentration in the NaAlH4@CMK-3 composite was 40 wt%, and it desorbed 3.3 wt% H2 at 200 °C.",
])
def test_a_share_named_loading_or_content_is_no_capacity(text):
    v = facts(text)
    assert 40.0 not in v
    assert v[3.3].property in ("hydrogen_capacity", "desorbed_hydrogen_capacity")


@pytest.mark.parametrize("text, value", [
    ("The NaAlH4@CMK-3 composite has a hydrogen content of 4.1 wt%.", 4.1),
    ("The H2 loading of the NaAlH4@CMK-3 composite reached 4.1 wt%.", 4.1),
    ("The NaAlH4@CMK-3 composite releases 4.1 wt% at 200 °C.", 4.1),
])
def test_a_hydrogen_content_stays_a_capacity(text, value):
    assert facts(text)[value].property == "hydrogen_capacity"


# ------------------------------------------------------------------------------ written reactions

@pytest.mark.parametrize("text, value, host, additives", [
    ("As a sodium-ion anode, NaAlH4 converts by NaAlH4 + 4Na+ + 4e− → Al + 4NaH, for a theoretical capacity "
     "of 1985 mAh g(-1).", 1985.0, "NaAlH4", set()),
    ("The reaction Ca(BH4)2 + MgH2 → CaH2 + MgB2 + 4H2 releases 8.4 wt% hydrogen.", 8.4, "Ca(BH4)2", {"MgH2"}),
    ("The decomposition 2 NaBH4 + MgH2 -> 2 NaH + MgB2 + 4 H2 gives 7.8 wt% hydrogen.", 7.8, "NaBH4", {"MgH2"}),
    ("2NaBH4 + MgH2 → 2NaH + MgB2 + 4H2 (7.8 wt%)", 7.8, "NaBH4", {"MgH2"}),
    ("The conversion Mg2FeH6 + 6Li+ + 6e− ⇌ 2Mg + Fe + 6LiH corresponds to 2400 mAh/g in theory.", 2400.0,
     "Mg2FeH6", set()),
])
def test_a_value_of_a_written_reaction_is_its_reactants(text, value, host, additives):
    m = facts(text)[value]
    assert m.system.host.formula == host
    assert {c.formula for c in m.system.additives} == additives


def test_a_product_named_outside_a_reaction_stays_a_sample():
    v = facts("The NaH–MgB2 composite formed after desorption reabsorbs 6.9 wt% hydrogen at 400 °C.")
    assert v[6.9].system.host.formula in ("NaH", "NaBH4")


# ------------------------------------------------------------------------------ enthalpy phrases
@pytest.mark.parametrize("text", [
    "The reaction enthalpy of NaBH4 is 108 kJ/(mol H2).",
    "The reaction enthalpy of NaBH4 is 108 kJ (mol H2)−1.",
    "The reaction enthalpy of NaBH4 is 108 kJ/mol-H2.",
    "Calorimetry gave a figure of 108 kJ/(mol H2) for the dehydrogenation of neat NaBH4.",
    "A value of 108 kJ mol−1 H2 was found for neat NaBH4.",
])
def test_enthalpies_per_mole_of_hydrogen(text):
    m = facts(text)[108.0]
    assert m.property == "reaction_enthalpy" and m.unit == "kJ/mol"
    assert m.system.name == "NaBH4"


def test_a_predicted_enthalpy_of_a_reaction_and_a_measured_reference():
    v = facts("First-principles calculations predict a reaction enthalpy of 38 kJ/(mol H2) for 2NaBH4 + MgH2 → "
              "2NaH + MgB2 + 4H2, compared with the measured value of 108 kJ/(mol H2) for the decomposition of "
              "neat NaBH4.")
    assert v[38.0].property == "reaction_enthalpy" and v[38.0].calculated
    assert {c.formula for c in v[38.0].system.additives} == {"MgH2"}
    assert v[108.0].property == "reaction_enthalpy" and not v[108.0].calculated
    assert v[108.0].system.name == "NaBH4"


@pytest.mark.parametrize("text", [
    "The formation enthalpy of the CaH2 phase is −181.5 ± 2.0 kJ/mol H2.",
    "For CaH2 a formation enthalpy of -181.5 kJ/(mol H2) was obtained from the isotherms.",
])
def test_a_formation_enthalpy_is_stored_positive_with_its_sign(text):
    m = facts(text)[181.5]
    assert m.property == "reaction_enthalpy" and m.reported_sign == "-"


@pytest.mark.parametrize("text, value", [
    ("The activation energy of NaBH4 is 108 kJ/mol.", 108.0),        # per mole, no H2: no enthalpy by its unit
    ("The apparent activation energy of NaBH4 was 108 kJ/(mol H2).", 108.0),   # words name it: they win
])
def test_per_mole_units_without_or_against_words(text, value):
    assert facts(text)[value].property == "dehydrogenation_activation_energy"


def test_a_step_setting_does_not_reach_over_the_value_s_own_verb():
    # "milled under identical conditions" is how the reference was made; "peaks at" names its value
    v = facts("The MgH2–Nb2O5 composite peaks at 262 °C, whereas additive-free MgH2 milled under identical "
              "conditions peaks at 371 °C.")
    assert v[371.0].property == "peak_dehydrogenation_temperature"


# ------------------------------------------------------------------------------ first cycle
@pytest.mark.parametrize("text, value", [
    ("The NaAlH4@C anode delivers an initial discharge capacity of 1500 mAh g(-1) at 100 mA g(-1).", 1500.0),
    ("The NaAlH4@C anode shows an initial coulombic efficiency of 75 %.", 75.0),
    ("A first-cycle charge capacity of 900 mAh/g was measured for the MgH2–TiH2 electrode.", 900.0),
    ("The 1st cycle coulombic efficiency of the MgH2–TiH2 electrode is 81 %.", 81.0),
    ("The ICE of the MgH2–TiH2 electrode was 83 %.", 83.0),
])
def test_first_cycle_values_are_at_cycle_one(text, value):
    assert facts(text)[value].conditions.get("cycles") == 1.0


@pytest.mark.parametrize("text, value", [
    # a later cycle's value, and properties of no cycled electrode, keep no cycle number
    ("The initial capacity of the MgH2–TiH2 electrode is 1500 mAh/g and it retains 700 mAh/g after 50 cycles.", 700.0),
    ("The NaAlH4–TiCl3 composite releases an initial 4.1 wt% H2 at 160 °C.", 4.1),
    ("First-principles calculations give a capacity of 2038 mAh/g for MgH2.", 2038.0),
    ("At first, the MgH2–TiH2 electrode delivers 1200 mAh/g.", 1200.0),
])
def test_other_values_get_no_first_cycle(text, value):
    assert facts(text)[value].conditions.get("cycles") != 1.0


def test_an_initial_step_is_no_first_cycle_value():
    v = facts("After an initial activation the MgH2–TiH2 electrode delivers 1200 mAh/g.")
    assert v[1200.0].conditions.get("cycles") != 1.0


def test_an_initial_step_before_an_efficiency_is_no_first_cycle_value():
    v = facts("After an initial activation the MgH2–TiH2 electrode shows a coulombic efficiency of 98 %.")
    assert v[98.0].conditions.get("cycles") != 1.0


def test_an_initial_step_close_to_an_efficiency_is_no_first_cycle_value():
    v = facts("After an initial activation it shows a coulombic efficiency of 98 % for the MgH2–TiH2 electrode.")
    assert v[98.0].conditions.get("cycles") != 1.0


# ------------------------------------------------------------------------------ process phrases
@pytest.mark.parametrize("text, value, prop", [
    ("The decomposition of NaMgH3 begins at 580 K.", 306.85, "onset_dehydrogenation_temperature"),
    ("In the Mg2FeH6–Ni composite the dehydriding reaction begins at 505 K.", 231.85,
     "onset_dehydrogenation_temperature"),
    ("Hydrogen desorption from the KBH4–MgH2 composite commences at 610 K.", 336.85,
     "onset_dehydrogenation_temperature"),
    ("Decomposition of the Ca(BH4)2–MgH2 composite sets in at 320 °C.", 320.0, "onset_dehydrogenation_temperature"),
    # no start word: the decomposition temperature itself
    ("The decomposition temperature of NaMgH3 is 650 K.", 376.85, "dehydrogenation_temperature"),
])
def test_where_a_release_begins_is_its_onset(text, value, prop):
    assert facts(text)[value].property == prop


@pytest.mark.parametrize("text, value, prop", [
    ("Milled Mg2FeH6 reversibly stores 5.2 mass% hydrogen, and it absorbs 4.9 mass% in 200 s at 550 K.",
     4.9, "absorbed_hydrogen_capacity"),
    ("Milled Mg2FeH6 reversibly stores 5.2 mass% hydrogen, and it absorbs 4.9 mass% in 200 s at 550 K.",
     5.2, "reversible_hydrogen_capacity"),
    ("The Mg2FeH6–Ni composite takes up 4.9 wt% H2 in 5 min at 550 K.", 4.9, "absorbed_hydrogen_capacity"),
    ("The Mg2FeH6–Ni composite can reversibly store 5.2 wt% H2.", 5.2, "reversible_hydrogen_capacity"),
    # a capacity after N cycles named "hydrogen storage capacity" is not a "cycling capacity" by its cycle word
    ("The Mg2FeH6–Ni composite reaches a hydrogen storage capacity of 5.0 wt% after ten cycles at 550 K.", 5.0,
     "hydrogen_capacity"),
])
def test_absorbed_and_reversible_capacities(text, value, prop):
    assert facts(text)[value].property == prop


@pytest.mark.parametrize("text, value, theoretical", [
    ("The reaction Ca(BH4)2 + MgH2 → CaH2 + MgB2 + 4H2 releases 8.4 wt% hydrogen in theory.", 8.4, True),
    ("The Ca(BH4)2–MgH2 composite stores 8.4 wt% H2 theoretically.", 8.4, True),
    ("The Ca(BH4)2–MgH2 composite releases 7.1 wt% H2 at 400 °C, which is close to what theory predicts.", 7.1,
     False),
])
def test_a_basis_said_right_after_the_value(text, value, theoretical):
    assert (facts(text)[value].basis == "theoretical") is theoretical


# ------------------------------------------------------------------------------ respectively lists of processes
@pytest.mark.parametrize("text", [
    "The apparent activation energies of desorption and absorption of the NaAlH4–TiCl3 sample were found to be "
    "92.4 ± 2.1 and 41.3 ± 1.5 kJ mol(-1), respectively.",
    "For the NaAlH4–TiCl3 sample, the activation energies of dehydrogenation and rehydrogenation were determined "
    "from Kissinger plots to be 92.4 and 41.3 kJ/mol, respectively.",
])
def test_process_words_far_before_a_respectively_list(text):
    p = {v: m.property for v, m in facts(text).items()}
    assert p[92.4] == "dehydrogenation_activation_energy" and p[41.3] == "hydrogenation_activation_energy"


def test_a_reference_list_takes_the_keys_of_the_list_before():
    v = facts("The activation energies of desorption and absorption of NaAlH4–TiCl3 were 92.4 and 41.3 kJ/mol, "
              "respectively, well below those of pure NaAlH4 (120.5 and 60.2 kJ/mol).")
    assert v[120.5].property == "dehydrogenation_activation_energy"
    assert v[60.2].property == "hydrogenation_activation_energy"


# ------------------------------------------------------------------------------ a condition said in between
@pytest.mark.parametrize("text", [
    "The onset temperatures of NaAlH4–CeCl3 and NaAlH4–TiCl3, recorded by TPD at a heating rate of 2 K/min, "
    "were 410 K and 430 K, respectively.",
    "The peak temperatures of NaAlH4–CeCl3 and NaAlH4–TiCl3, at 2 K/min, were 410 and 430 K, respectively.",
])
def test_values_named_before_a_condition_clause(text):
    v = facts(text)
    assert {v[136.85].property, v[156.85].property} <= {"onset_dehydrogenation_temperature",
                                                         "peak_dehydrogenation_temperature"}
    assert v[136.85].conditions["heating_rate"] == 2.0


def test_a_temperature_set_after_a_condition_stays_a_condition():
    # "at 400 K" sets the run: no temperature property of the sample
    v = facts("The hydrogen capacity of the NaAlH4–TiCl3 sample, measured under 10 bar H2, at 400 K is 4.1 wt%.")
    assert 126.85 not in v


def test_a_reference_set_against_a_first_cycle_value_is_at_cycle_one():
    v = facts("The initial coulombic efficiency reached 88 % for NaAlH4@C, compared with 65 % for bare NaAlH4.")
    assert v[88.0].conditions["cycles"] == 1.0 and v[65.0].conditions["cycles"] == 1.0
    v = facts("The NaAlH4@C anode shows a coulombic efficiency of 99 % after 50 cycles, compared with 90 % for "
              "bare NaAlH4.")
    assert v[90.0].conditions["cycles"] == 50.0


def test_a_relative_change_in_percent_is_no_value():
    # "an enhancement of ~85 %" says how much a value changed: no capacity, no retention
    v = facts("The Mg2Ni–CNT composite desorbs hydrogen faster than Mg2Ni alone (an enhancement of ~ 85%) "
              "and stores 3.9 wt% H2.")
    assert 85.0 not in v and 3.9 in v
    v = facts("Adding Ni to Mg2Ni gives an increase of ∼ 27% in storage capacity.")
    assert 27.0 not in v
    v = facts("Doping with Ni gives the MgH2 sample an improvement of about 25% in its storage capacity.")
    assert 25.0 not in v
    # negative: a retention named as such stays a value
    v = facts("The capacity retention of the MgH2–Ni sample is 92% after 50 cycles.")
    assert v[92.0].property == "capacity_retention"


@pytest.mark.parametrize("text", [
    "The Na2B10H10 electrolyte, chosen for its oxidative stability, protects the interface to a 4 V-class cathode.",
    "Owing to its electrochemical stability, the LiCB11H12 electrolyte can be paired with a 5 V-class spinel cathode.",
    "The KCB11H12 salt, with an anodic stability that suits a 3 V-grade cathode, was tested.",
])
def test_a_voltage_class_of_a_cathode_is_no_value(text):
    """'a 5 V-class spinel cathode': the class a device belongs to, no stability window of the electrolyte."""
    assert not facts(text)


def test_a_voltage_beside_a_class_word_later_in_the_sentence_stays():
    # (near miss: the electrolyte's own limit, with the class word elsewhere in the sentence)
    assert facts("The LiCB11H12 electrolyte is stable up to 4.6 V, enough for a 4 V-class cathode.")[4.6]
