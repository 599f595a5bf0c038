"""Issue 10 items 4-5 (hydrogen storage): what a number is on text in other authors' phrasing --
negated bounds, additive loadings, set temperatures of a method, absorption vs desorption, calculated
energies and retention vs fade. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.text.quantity_text import numbers


def props(*texts):
    return {v: m.property for v, m in facts(*texts).items()}


# ------------------------------------------------------------------------------ negated bounds
@pytest.mark.parametrize("text, bound", [
    ("Without any H2 evolution up to 200 °C, the Mg(BH4)2@C sample decomposes at 285 °C.", 200.0),
    ("The LiAlH4–TiF3 composite remained stable (no decomposition) below 120 °C and released 7.1 wt% "
     "hydrogen at 180 °C.", 120.0),
    ("Bulk LiBH4 cannot be dehydrogenated below 400 °C, whereas LiBH4@SBA-15 starts to release H2 at 220 °C.", 400.0),
    ("The LiBH4–MgH2 composite does not give off hydrogen until heated to 300 °C.", 300.0),
    ("No hydrogen was released until 250 °C for the milled Mg2FeH6.", 250.0),
])
def test_negated_bounds_are_no_values(text, bound):
    v = facts(text)
    assert bound not in v
    assert all(m.conditions.get("temperature") != bound for m in v.values())


def test_the_value_after_a_negated_bound_keeps_its_own_condition():
    v = facts("The LiAlH4–TiF3 composite remained stable (no decomposition) below 120 °C and released 7.1 wt% "
              "hydrogen at 180 °C.")
    assert v[7.1].conditions["temperature"] == 180.0


def test_negated_bounds_in_a_respectively_sentence():
    v = facts("No H2 was detected below 310 and 215 °C for MgH2 and MgH2–Ni, respectively.")
    assert 310.0 not in v and 215.0 not in v


@pytest.mark.parametrize("text, value, prop", [
    ("The MgH2–TiO2 composite not only absorbs hydrogen rapidly but also desorbs at 230 °C.", 230.0,
     "dehydrogenation_temperature"),
    ("The MgH2–Fe sample needs no more than 3 min to release 5 wt% H2 at 300 °C.", 5.0, "hydrogen_capacity"),
    # "without" bounds a value only with a bound word: "without degradation at 300 °C" is where it was kept
    ("The MgH2–Ni composite gives 6.1 wt% H2 without any degradation at 300 °C.", 6.1, "hydrogen_capacity"),
])
def test_positive_look_alikes_stay_values(text, value, prop):
    assert props(text)[value] == prop


def test_without_degradation_keeps_the_temperature_as_condition():
    v = facts("The MgH2–Ni composite gives 6.1 wt% H2 without any degradation at 300 °C.")
    assert v[6.1].conditions["temperature"] == 300.0


# ------------------------------------------------------------------------------ loadings are amounts
@pytest.mark.parametrize("text", [
    "The 5 wt% CeO2-catalysed MgH2 desorbed 6.3 wt% H2 within 10 min at 300 °C.",
    "The 5wt%-CeO2-doped MgH2 desorbed 6.3 wt% H2 at 300 °C.",
    "MgH2 catalysed by 5 wt% of Ni(acac)2 desorbed 6.3 wt% H2 at 300 °C.",
    "The MgH2-5 wt% Ti(OBu)4 sample desorbed 6.3 wt% H2 at 300 °C.",
    "MgH2 milled with Ni(acac)2 (5 wt.%) desorbed 6.3 wt% H2 at 300 °C.",
    "Different amounts (2, 5 and 10 wt%) of Nb2O5 were milled with MgH2, which then desorbed 6.3 wt% H2 at 300 °C.",
    "MgH2 was milled with K2TiF6, and the 5 wt% sample desorbed 6.3 wt% H2 at 300 °C.",
    "MgH2 with 5 mass% of γ-Fe2O3 desorbed 6.3 wt% H2 at 300 °C.",
])
def test_a_loading_is_no_capacity(text):
    v = facts(text)
    assert v[6.3].property == "hydrogen_capacity"
    assert not {2.0, 5.0, 10.0} & set(v)


@pytest.mark.parametrize("text", ["5 wt% CeO2-catalysed", "5wt%-Nb2O5-doped", "5 wt% Ni(acac)2", "8 wt% [Ni(en)3]Cl2",
                                  "10 wt% Ti(OBu)4", "5 mass% γ-Fe2O3"])
def test_numbers_before_a_prepared_or_ligand_formula_are_amounts(text):
    (n,) = numbers(text)
    assert n.amount


@pytest.mark.parametrize("text", ["releases 6 wt% H2-rich gas", "stores 18.5 wt% LiBH4-like amounts",
                                  "releases 5.8 wt% within minutes", "holds 7.6 wt% of the material's mass"])
def test_capacities_before_other_words_stay_values(text):
    (n,) = numbers(text)
    assert not n.amount


def test_a_capacity_before_a_sample_noun_with_its_own_words_stays():
    v = facts("The MgH2–Ni composite releases 6.4 wt% of the material's weight as H2 at 300 °C.")
    assert v[6.4].property == "hydrogen_capacity"


# ------------------------------------------------------------------------------ set temperatures
@pytest.mark.parametrize("text, cap, temp", [
    ("The isothermal desorption of the MgH2–TiF3 sample at 280 °C released 5.5 wt% H2 in 15 min.", 5.5, 280.0),
    ("Sieverts measurements on the MgH2–Ni powder at 250 °C showed 5.1 wt% H2 within 30 min.", 5.1, 250.0),
    ("In isothermal hydrogenation of the MgH2–Co composite at 150 °C, 5.2 wt% was absorbed in 60 s.", 5.2, 150.0),
])
def test_a_temperature_of_a_set_temperature_method_is_a_condition(text, cap, temp):
    v = facts(text)
    assert temp not in v
    assert v[cap].conditions["temperature"] == temp


@pytest.mark.parametrize("text", [
    "Pressure-composition isotherms of the MgH2–Ni sample were recorded at 300, 325 and 350 °C.",
    "The MgH2–Ni composite was examined by PCT at 573–623 K.",
])
def test_pci_windows_are_no_dehydrogenation_temperatures(text):
    assert not facts(text)


@pytest.mark.parametrize("text, value, prop", [
    ("The MgH2–Ni composite starts to release H2 at 250 °C.", 250.0, "onset_dehydrogenation_temperature"),
    ("At a heating rate of 5 °C/min, the TPD curve of MgH2–TiO2 shows a peak at 320 °C.", 320.0,
     "peak_dehydrogenation_temperature"),
    # a Sieverts run that shows where absorption starts: the stage word keeps the property
    ("Sieverts measurements show that the MgH2–Ni composite starts to absorb hydrogen at 60 °C.", 60.0,
     "hydrogenation_temperature"),
])
def test_onset_and_peak_temperatures_stay(text, value, prop):
    assert props(text)[value] == prop


def test_a_scan_end_is_no_condition_of_a_temperature():
    v = facts("The MgH2–V2O5 composite was heated to 400 °C at 2 °C/min and started to release hydrogen at 210 °C.")
    assert v[210.0].property == "onset_dehydrogenation_temperature"
    assert "temperature" not in v[210.0].conditions and v[210.0].conditions["heating_rate"] == 2.0


# ------------------------------------------------------------------------------ absorption vs desorption
@pytest.mark.parametrize("text, value, prop", [
    ("The Ea of hydriding for MgH2–Nb2O5 was 38.2 kJ/mol.", 38.2, "hydrogenation_activation_energy"),
    ("The hydrogenation Ea of MgH2–Ni dropped to 33 kJ/mol.", 33.0, "hydrogenation_activation_energy"),
    ("For MgH2–VCl3 an Ea of absorption of 41 kJ mol-1 was found.", 41.0, "hydrogenation_activation_energy"),
    ("The Ea of dehydriding for MgH2–Nb2O5 was 88.2 kJ/mol.", 88.2, "dehydrogenation_activation_energy"),
    ("The Ea of MgH2–Nb2O5 was 88.2 kJ/mol.", 88.2, "dehydrogenation_activation_energy"),
])
def test_activation_energy_of_absorption_is_hydrogenation(text, value, prop):
    assert props(text)[value] == prop


def test_ea_values_for_hydriding_and_dehydriding_respectively():
    p = props("The Ea values for hydriding and dehydriding of MgH2–TiC were 41.2 and 95.3 kJ mol(-1), respectively.")
    assert p == {41.2: "hydrogenation_activation_energy", 95.3: "dehydrogenation_activation_energy"}


def test_activation_energies_for_both_processes_respectively():
    p = props("The activation energies for hydrogenation and dehydrogenation of MgH2–VCl3 were 45.3 and 88.1 "
              "kJ/mol, respectively.")
    assert p == {45.3: "hydrogenation_activation_energy", 88.1: "dehydrogenation_activation_energy"}


# ------------------------------------------------------------------------------ calculated energies
def test_a_calculated_removal_energy_in_ev():
    v = facts("DFT calculations show the H removal energy of MgH2 decreases from 2.4 to 1.9 eV upon Ti doping.")
    assert {v[2.4].property, v[1.9].property} == {"hydrogen_removal_energy"}
    assert v[1.9].calculated and v[1.9].unit == "eV"


def test_an_adsorption_energy_keeps_its_sign_and_is_calculated():
    v = facts("First-principles calculations give an adsorption energy of H2 on the Ti-decorated MgH2 surface "
              "of −0.32 eV.")
    assert v[-0.32].property == "hydrogen_adsorption_energy" and v[-0.32].calculated


def test_an_xps_binding_energy_is_no_hydrogen_energy():
    assert not facts("The Mg 2p binding energy of the MgH2–TiO2 composite is 50.1 eV.")


def test_a_calculated_formation_enthalpy_is_normalised_and_calculated():
    v = facts("The calculated formation enthalpy of Mg2FeH6 is −77 kJ/mol H2.")
    m = v[77.0]
    assert m.property == "reaction_enthalpy" and m.reported_sign == "-" and m.calculated


@pytest.mark.parametrize("text", [
    "The Kissinger activation energy of MgH2–Ni calculated from the DSC peaks is 76 kJ/mol.",
    "The calculated Kissinger activation energy of MgH2–Ni is 76 kJ/mol.",
])
def test_an_energy_calculated_from_measured_curves_is_measured(text):
    assert not facts(text)[76.0].calculated


def test_ion_migration_energies_in_ev_stay():
    v = facts("Impedance spectra of LiBH4–LiI give activation energies of 0.52 eV.")
    assert v[0.52].property == "ion_migration_activation_energy"


# ------------------------------------------------------------------------------ retention vs fade
@pytest.mark.parametrize("text, value, prop", [
    ("The MgH2–TiF3 composite showed a capacity fade of only 3 % over 100 cycles.", 3.0, "capacity_fade"),
    ("After 100 cycles, the capacity loss of MgH2–Ni@C was 4 %.", 4.0, "capacity_fade"),
    ("The MgH2–Ni@C sample retained 95 % of its initial capacity after 50 cycles.", 95.0, "capacity_retention"),
    ("About 92 % of the capacity was retained after 30 cycles for MgH2–CeO2.", 92.0, "capacity_retention"),
    ("The MgH2–TiF3 composite kept 5.6 wt% (95 % of its initial capacity) after 100 cycles.", 95.0,
     "capacity_retention"),
    ("The MgH2–TiF3 composite kept 5.6 wt% (95 % of its initial capacity) after 100 cycles.", 5.6,
     "reversible_hydrogen_capacity"),   # (a capacity kept over cycles)
])
def test_retention_fade_and_capacity(text, value, prop):
    assert props(text)[value] == prop


# ------------------------------------------------------------------------------ added with the second round
def test_a_list_after_a_negated_respectively_list_pairs_the_same_way():
    v = facts("MgH2 and MgH2–Ni do not release hydrogen below 300 and 220 °C, respectively, but reach their "
              "peaks at 390 and 290 °C.")
    assert 300.0 not in v and 220.0 not in v
    assert v[390.0].system.name == "MgH2" and v[290.0].system.name == "MgH2–Ni"
    # a list set against the first, said of its own sample, keeps that sample
    v = facts("Mg2FeH6 doped with 2 mol% Ni decomposes in two steps whose activation energies are 61.5 and "
              "92.4 kJ/mol, respectively, against 120.2 and 141.7 kJ/mol for the undoped hydride.")
    assert v[120.2].system.name == v[141.7].system.name == "Mg2FeH6"


@pytest.mark.parametrize("text, cap, prop, temp", [
    ("The dehydrogenation kinetics of MgH2–TiF3 were measured isothermally at 300 °C: 6.2 wt% H2 was released "
     "within 6 min.", 6.2, "hydrogen_capacity", 300.0),
    ("Hydrogen absorption of MgH2–Nb2O5 at 150 °C reached 5.5 wt% within 10 min.", 5.5,
     "absorbed_hydrogen_capacity", 150.0),
])
def test_a_process_or_method_temperature_is_the_condition_of_the_fraction(text, cap, prop, temp):
    v = facts(text)
    assert temp not in v
    assert v[cap].property == prop and v[cap].conditions["temperature"] == temp


def test_a_process_temperature_with_a_stage_word_stays_a_property():
    v = facts("Hydrogen absorption of MgH2–Nb2O5 starts at 90 °C and reaches 5.5 wt% within 10 min.")
    assert v[90.0].property == "hydrogenation_temperature"


@pytest.mark.parametrize("text, first, second", [
    ("The dehydrogenation activation energy of MgH2–Ni is 76.2 kJ/mol, while that of hydrogen absorption is "
     "39.1 kJ/mol.", "dehydrogenation_activation_energy", "hydrogenation_activation_energy"),
    ("The apparent activation energies of MgH2–TiC for H2 absorption and desorption are 41.2 and 95.3 kJ/mol, "
     "respectively.", "hydrogenation_activation_energy", "dehydrogenation_activation_energy"),
    # no process word in the second clause: the property goes on
    ("The dehydrogenation activation energy of MgH2–Ni is 76.2 kJ/mol, while that of pristine MgH2 is "
     "39.1 kJ/mol.", "dehydrogenation_activation_energy", "dehydrogenation_activation_energy"),
])
def test_the_process_a_clause_names_decides_the_energy(text, first, second):
    values = sorted(facts(text).values(), key=lambda m: m.source.start or 0)
    by_value = {m.value: m.property for m in values}
    a, b = [k for k in by_value]
    assert (by_value[a], by_value[b]) == (first, second)


def test_a_decomposition_after_a_negated_bound_is_a_dehydrogenation_temperature():
    v = facts("The Mg2NiH4 sample did not show any mass loss up to 230 °C and then decomposed at 280 °C.")
    assert 230.0 not in v and v[280.0].property == "dehydrogenation_temperature"


def test_a_value_named_before_its_condition():
    v = facts("The capacity retention of MgH2–Ni after 50 cycles is 97.5 %.")
    assert v[97.5].property == "capacity_retention" and v[97.5].conditions["cycles"] == 50.0
    # a value without any name stays unread
    assert not facts("After 50 cycles the MgH2–Ni sample is at 97.5 %.")


@pytest.mark.parametrize("text", ["The LiBH4@CMK-3 composite is stable up to 200 °C and releases 10.1 wt% H2 at 400 °C.",
                                  "LiBH4@CMK-3 remains thermally stable below 200 °C but releases 10.1 wt% H2 at 400 °C."])
def test_a_stability_bound_is_no_value_nor_condition(text):
    v = facts(text)
    assert 200.0 not in v and v[10.1].conditions["temperature"] == 400.0


def test_a_voltage_stability_limit_stays():
    v = facts("The LiBH4–LiI electrolyte is stable up to 5 V vs Li+/Li.")
    assert v[5.0].property == "electrochemical_stability_window"


def test_a_change_that_follows_a_heating_rate_is_one_samples_values():
    v = facts("The desorption peak of MgH2–Ni shifts from 300 to 340 °C as the heating rate increases from 2 to 15 K/min.")
    assert v[300.0].system.name == v[340.0].system.name == "MgH2–Ni"
    assert not v[300.0].baseline
    assert v[300.0].conditions["heating_rate"] == 2.0 and v[340.0].conditions["heating_rate"] == 15.0
    # a change the modification made keeps its baseline
    v = facts("Adding 5 wt% Ni to MgH2 lowers the desorption peak from 380 to 290 °C at a heating rate of 5 K/min.")
    assert v[380.0].baseline and not v[290.0].baseline


def test_a_bracket_restating_a_value_shares_its_conditions():
    v = facts("The MgH2–TiF3 composite kept 5.6 wt% (95 % of its initial capacity) after 100 cycles.")
    assert v[95.0].conditions["cycles"] == 100.0 == v[5.6].conditions["cycles"]
    # a reference's value in the bracket does not
    v = facts("The MgH2–TiF3 composite kept 5.6 wt% (1.2 wt% for MgH2) after 100 cycles at 300 °C.")
    assert "cycles" not in v[1.2].conditions or v[1.2].system.name == "MgH2"


def test_a_temperature_property_named_in_a_pct_sentence_stays():
    v = facts("PCT measurements show that the hydrogenation temperature of MgH2–Ni is 150 °C.")
    assert v[150.0].property == "hydrogenation_temperature"


def test_negligible_loss_at_a_temperature_is_a_condition_not_a_bound():
    v = facts("The MgH2–Ni composite shows negligible capacity loss over 50 cycles at 300 °C, keeping 6.0 wt%.")
    assert v[6.0].conditions["temperature"] == 300.0
    v = facts("The MgH2–Ni composite shows negligible hydrogen release below 180 °C and peaks at 290 °C.")
    assert 180.0 not in v and v[290.0].property == "peak_dehydrogenation_temperature"


def test_isothermal_temperatures_listed_respectively_are_each_values_condition():
    v = facts("Isothermal desorption of MgH2–Ni at 300 and 275 °C gave 6.2 and 5.1 wt% H2 within 10 min, respectively.")
    assert 300.0 not in v and 275.0 not in v
    assert v[6.2].conditions["temperature"] == 300.0 and v[5.1].conditions["temperature"] == 275.0


@pytest.mark.parametrize("text, old, new, additive", [
    ("DFT calculations show the H removal energy of MgH2 decreases from 2.4 to 1.9 eV upon Ti doping.", 2.4, 1.9, "Ti"),
    ("The Ea of MgH2 decreased from 160 to 85 kJ/mol after the addition of NbF5.", 160.0, 85.0, "NbF5"),
])
def test_the_additive_named_after_a_change_is_the_new_values(text, old, new, additive):
    v = facts(text)
    assert v[old].system.name == "MgH2" and v[old].baseline
    assert {c.formula for c in v[new].system.additives} == {additive}


def test_a_process_named_after_a_change_adds_nothing():
    v = facts("The onset temperature of MgH2 decreases from 350 to 250 °C upon ball milling.")
    assert not v[250.0].system.additives


# -------------------------------------------------------------- a reversible capacity, named afresh
@pytest.mark.parametrize("text, value, prop", [
    ("The Mg–Co film shows fast absorption and desorption kinetics and a reversible capacity of 5.6 wt% "
     "over 30 cycles.", 5.6, "reversible_hydrogen_capacity"),
    ("After the first desorption of 6.2 wt%, MgH2–V2O5 keeps a reversible capacity of 5.9 wt% for 25 cycles.",
     5.9, "reversible_hydrogen_capacity"),
    # a new noun phrase after "and a" names its own quantity; a list of two processes does not break
    ("LiBH4–CeH2 releases 7.0 wt% H2 during the first desorption and a reversible capacity of 4.1 wt% is "
     "kept after 8 cycles.", 4.1, "reversible_hydrogen_capacity"),
    ("The 2LiBH4–MgH2 composite shows absorption and desorption capacities of 8.9 and 8.4 wt%, respectively.",
     8.4, "desorbed_hydrogen_capacity"),
])
def test_a_reversible_capacity_is_named_where_it_stands(text, value, prop):
    assert props(text)[value] == prop


# ------------------------------------------------------------------------------ a capacity lost is no capacity
@pytest.mark.parametrize("text, lost", [
    ("After 20 cycles the MgH2–Nb2O5 composite shows a capacity loss of only 0.1 wt%.", 0.1),
    ("A loss of 0.2 wt% H2 was measured for the LiBH4–MgH2 composite over ten cycles.", 0.2),
    ("Over 50 cycles the Mg(BH4)2 sample suffers a capacity decay of about 0.35 wt%, keeping 5.9 wt%.", 0.35),
    ("The TiF3-doped LiAlH4 lost 0.4 wt% of its initial capacity within five cycles.", 0.4),
    ("The degradation of ~0.25 wt% seen for MgH2–Ni after 100 cycles is small.", 0.25),
])
def test_a_capacity_lost_in_wt_is_no_capacity(text, lost):
    assert lost not in facts(text)


@pytest.mark.parametrize("text, value, prop", [
    ("TGA of the ball-milled MgH2 shows a mass loss of 7.2 wt% up to 400 °C.", 7.2, "hydrogen_capacity"),
    ("On heating to 600 °C LiBH4 loses 13.5 wt% H2.", 13.5, "hydrogen_capacity"),
    ("The capacity fade of MgH2–Nb2O5 is 5 % after 100 cycles.", 5.0, "capacity_fade"),
    ("Over 50 cycles the Mg(BH4)2 sample suffers a capacity decay of about 0.35 wt%, keeping 5.9 wt%.", 5.9,
     "reversible_hydrogen_capacity"),   # (what it keeps over the cycles)
])
def test_a_mass_given_off_or_a_fade_in_per_cent_is_still_read(text, value, prop):
    assert props(text)[value] == prop


@pytest.mark.parametrize("text", [
    "Under 6 MPa of hydrogen, a rise in the absorption temperature from 75 to 145 °C lowers the uptake of KAlH4.",
    "The hydriding rate of Mg2Fe grows when the temperature is raised from 230 to 290 °C under 5 MPa.",
    "For Li3AlH6, an increase of the hydrogenation temperature from 60 to 130 °C resulted in a slower uptake.",
])
def test_the_span_a_study_varied_its_temperature_over_is_no_value(text):
    """The ends of the temperature span a study varied ('a rise in the … temperature from T1 to T2 causes …',
    'when the temperature is raised from T1 to T2') are settings, no temperatures of the sample."""
    assert not [p for p in props(text).values() if "temperature" in p]


@pytest.mark.parametrize("text", [
    "The reabsorption of the KAlH4 + 4 mol% CoO sample has also been examined at 165 °C under 8 MPa for 2 h.",
    "The rehydrogenation behaviour of Li3AlH6 doped with TiO2 was further investigated at 135 °C under 9 MPa.",
    "The hydrogen uptake of the Mg2Co alloy was studied at 275 °C under 4 MPa.",
])
def test_the_temperature_a_study_was_run_at_is_no_value(text):
    assert not [p for p in props(text).values() if "temperature" in p]


def test_a_result_that_fell_over_a_span_stays_a_value():
    # (no cause after the span and no 'when': the onset itself changed)
    got = props("The onset temperature of MgH2 decreased from 345 to 265 °C when 4 wt% Fe2O3 was added.")
    assert got[265.0] == "onset_dehydrogenation_temperature"


@pytest.mark.parametrize("text, setting", [
    ("The onset temperature of the Mg(BH4)2–5 wt% TiF3 sample is 160 °C, with roughly 7.7 wt% hydrogen released at "
     "390 °C.", 390.0),
    ("The NaAlH4–3 mol% ZrCl4 composite starts to decompose at 120 °C, with 4.2 wt% H2 desorbed at 210 °C.", 210.0),
    ("The MgH2–7 wt% CeO2 composite starts to decompose at 230 °C, with 5.4 wt% H2 desorbed at 320 °C.", 320.0),
])
def test_the_temperature_an_amount_of_hydrogen_was_given_off_at_is_its_setting(text, setting):
    """'… with 7.7 wt% hydrogen released at 390 °C': the participle right after the gas makes the temperature the
    condition of the amount, no temperature of the sample."""
    assert setting not in props(text)


def test_a_peak_after_an_amount_of_hydrogen_stays_a_value():
    got = props("The NaAlH4–3 mol% ZrCl4 composite releases 4.2 wt% H2, with a desorption peak at 215 °C.")
    assert got[215.0] == "peak_dehydrogenation_temperature"
