"""Which property a value is, in the phrasings abstracts use (sentences written here): completion, initial
and major-release wordings of the dehydrogenation temperatures, a phase kept down to a temperature, an event
clause after the value, efficiencies, capacities whose '-1' a copy lost, and a contrast clause that keeps
the first value's property."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.text.quantity_text import read_unit


@pytest.mark.parametrize(("sentence", "value"), [
    ("The Mg(BH4)2-5 mol% TiF3 sample was fully dehydrogenated at 450 °C.", 450.0),
    ("The 2LiBH4-MgH2-5 mol% VF3 system dehydrided completely below 420 °C with 9.0 wt% hydrogen released.", 420.0),
    ("Hydrogen is fully desorbed from the Mg2NiH4-C sample at 260 °C.", 260.0),
    ("NaAlH4-2 mol% CeCl3 is completely decomposed at 270 °C.", 270.0),
])
def test_a_completed_release_is_the_full_dehydrogenation_temperature(sentence, value):
    assert facts(sentence)[value].property == "full_dehydrogenation_temperature"


def test_a_step_the_sample_was_put_through_stays_a_treatment():
    # no completion said: "was dehydrogenated at" is how the sample was treated before the uptake
    got = facts("The LiBH4-C composite was dehydrogenated at 400 °C and then absorbed 8 wt% H2.")
    assert 400.0 not in got and got[8.0].property == "absorbed_hydrogen_capacity"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The initial desorption temperature of MgH2-5 wt% Ni was reduced from 320 to 190 °C.", 190.0),
    ("For LiAlH4-3 mol% NiO the initial decomposition temperature is lowered to 95 °C.", 95.0),
    ("The starting dehydrogenation temperature of the MgH2-CeO2 sample decreased to 205 °C.", 205.0),
])
def test_initial_release_wordings_are_the_onset(sentence, value):
    assert facts(sentence)[value].property == "onset_dehydrogenation_temperature"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The temperature for major hydrogen desorption of LiBH4-C is decreased to 330 °C.", 330.0),
    ("The major decomposition of Mg(BH4)2-C occurs at 280 °C.", 280.0),
    ("For MgH2-FeB the major hydrogen release is centred at 285 °C.", 285.0),
])
def test_the_major_release_is_the_peak(sentence, value):
    assert facts(sentence)[value].property == "peak_dehydrogenation_temperature"


@pytest.mark.parametrize(("sentence", "value"), [
    ("In LiBH4-KI, the high-temperature phase is stabilised down to 60 °C.", 60.0),
    ("The hexagonal polymorph of LiBH4-LiBr was retained down to 30 °C.", 30.0),
    ("Bulk LiBH4 conducts Li+ well only above 115 °C, at which a transition to the hexagonal structure occurs.", 115.0),
    ("Pure LiBH4 becomes a fast conductor above 113 °C, where the structural transition takes place.", 113.0),
])
def test_a_phase_kept_or_an_event_after_the_value_is_the_transition_temperature(sentence, value):
    assert facts(sentence)[value].property == "phase_transition_temperature"


def test_a_phase_stable_up_to_a_temperature_is_no_transition_lowered():
    got = facts("In LiBH4-SiO2, the confined phase of LiBH4 remains stable up to 100 °C.")
    assert 100.0 not in got or got[100.0].property != "phase_transition_temperature"


def test_an_event_clause_that_names_no_property_adds_none():
    got = facts("The MgH2 film was annealed at 200 °C, at which no change occurs.")
    assert 200.0 not in got


@pytest.mark.parametrize(("sentence", "value"), [
    ("NaAlH4 anodes show a first-cycle coulombic efficiency of 70%.", 70.0),
    ("The bare MgH2 electrode delivered an initial efficiency of only 30%.", 30.0),
    ("In the first cycle, the electrochemical reversibility of the MgH2-C electrode rose from 40 to 75%.", 75.0),
])
def test_efficiency_wordings_are_the_coulombic_efficiency(sentence, value):
    assert facts(sentence)[value].property == "coulombic_efficiency"


@pytest.mark.parametrize(("text", "unit"), [
    (" mA h g after 50 cycles", "mA h g-1"),
    (" mAh g with graphene", "mAh g-1"),
    (" mS cm at 30 °C", "mS cm-1"),
    (" mA g.", "mA g-1"),
])
def test_a_lost_exponent_is_read_as_the_divisor(text, unit):
    assert read_unit(text, 0)[0] == unit


def test_words_that_are_no_unit_stay_none():
    assert read_unit(" g of MgH2", 0) is None and read_unit(" mg cm", 0) is None


@pytest.mark.parametrize(("sentence", "value"), [
    ("The MgH2-C anode delivers 1200 mA h g after 50 cycles.", 1200.0),
    ("MgH2 offers a theoretical lithium storage capacity of over 2000 mAh g for anodes.", 2000.0),
    ("The capacity of the TiH2 electrode stays at 1100 mA h g at a high rate.", 1100.0),
])
def test_a_capacity_with_a_lost_exponent_is_a_capacity(sentence, value):
    got = facts(sentence)[value]
    assert got.property in ("specific_capacity", "discharge_capacity", "charge_capacity") and got.unit == "mAh/g"


@pytest.mark.parametrize(("sentence", "values"), [
    ("After dehydrogenation, MgH2-5 wt% Ni can take up about 4 wt% of hydrogen within 800 s at 125 °C, while for "
     "MgH2-5 wt% Co and MgH2-5 wt% Fe, only 3 wt% and 2.65 wt% hydrogen content can be obtained, respectively.",
     (4.0, 3.0, 2.65)),
    ("After milling, the MgH2-10 wt% TiO2 sample takes up about 5.1 wt% hydrogen within 60 s at 100 °C, whereas "
     "MgH2-10 wt% ZrO2 and MgH2-10 wt% Nb2O5 reach only 3.2 wt% and 2.4 wt%, respectively.", (5.1, 3.2, 2.4)),
    ("MgH2-Ti absorbs 5.6 wt% H2 in 2 min at 200 °C, compared with a hydrogen content of 1.2 wt% for milled MgH2.",
     (5.6, 1.2)),
])
def test_a_contrast_clause_keeps_the_first_values_property(sentence, values):
    got = facts(sentence)
    assert [got[v].property for v in values] == ["absorbed_hydrogen_capacity"] * len(values)


def test_a_contrast_on_another_basis_keeps_its_own_property():
    got = facts("The MgH2-Ni composite reversibly stores 5.5 wt% H2, while its theoretical hydrogen capacity is 7.0 wt%.")
    assert got[5.5].property == "reversible_hydrogen_capacity" and got[7.0].property == "hydrogen_capacity"


@pytest.mark.parametrize(("sentence", "value", "prop"), [
    ("Pure MgH2 requires 300 °C to release hydrogen.", 300.0, "dehydrogenation_temperature"),
    ("Bulk LiBH4 needs about 400 °C in order to desorb hydrogen.", 400.0, "dehydrogenation_temperature"),
    ("MgH2 must be heated above 280 °C to start releasing hydrogen.", 280.0, "onset_dehydrogenation_temperature"),
    ("Magnesium demands 350 °C for absorbing hydrogen at a useful rate.", 350.0, "hydrogenation_temperature"),
    ("Commercial NaAlH4 required 250 °C to fully decompose.", 250.0, "full_dehydrogenation_temperature"),
    # (the requirement said actively: "it had to heat up to …")
    ("Bulk KAlH4 had to heat up to 310 °C to release hydrogen.", 310.0, "dehydrogenation_temperature"),
    ("The undoped Mg2FeH6 has to heat to 380 °C to start releasing hydrogen.", 380.0,
     "onset_dehydrogenation_temperature"),
    ("Pristine Ca(BH4)2 had to heat to 350 °C to fully decompose.", 350.0, "full_dehydrogenation_temperature"),
])
def test_the_temperature_a_process_requires_is_named_by_its_purpose(sentence, value, prop):
    assert facts(sentence)[value].property == prop


def test_an_apparatus_heating_up_is_no_samples_requirement():
    # near miss: no purpose of the sample's after the value
    assert 300.0 not in facts("The furnace had to heat up to 300 °C before the MgH2 run.")


def test_a_purpose_without_a_requirement_stays_a_treatment():
    # "heated to … to release": how the sample was treated, no property of it
    got = facts("The MgH2 sample was heated to 300 °C to release hydrogen before the XRD scan.")
    assert 300.0 not in got or got[300.0].property != "dehydrogenation_temperature"


@pytest.mark.parametrize("sentence", [
    "The catalysed MgH2 desorbs 90% of its hydrogen capacity within 5 min at 300 °C.",
    "Within 2 min, the composite releases about 80% of its full storage capacity at 320 °C.",
    "Ti-doped NaAlH4 absorbs 95% of the capacity in 10 min under 10 MPa.",
])
def test_a_share_of_the_capacity_a_run_released_is_no_capacity(sentence):
    got = facts(sentence)
    assert all(not (f.property.endswith("capacity") and f.unit == "wt%") for f in got.values()), got


def test_a_share_of_the_capacity_kept_is_still_a_retention():
    assert facts("The MgH2–Ni sample retains 92% of its initial capacity after 30 cycles.")[92.0].property == "capacity_retention"


@pytest.mark.parametrize(("sentence", "value", "prop"), [
    ("The doped NaAlH4 releases 5 wt% H2 starting from 65 °C.", 65.0, "onset_dehydrogenation_temperature"),
    ("LiAlH4 with 5 mol% TiF3 desorbs 6.8 wt% hydrogen, beginning at about 90 °C.", 90.0, "onset_dehydrogenation_temperature"),
    ("The MgH2–Ni sample decomposes starting at 220 °C and gives 6.1 wt% H2.", 220.0, "onset_dehydrogenation_temperature"),
])
def test_where_a_release_starts_is_its_onset_not_the_capacity_condition(sentence, value, prop):
    got = facts(sentence)
    assert got[value].property == prop
    assert all(f.conditions.get("temperature") != value for f in got.values() if f.property.endswith("capacity"))


@pytest.mark.parametrize(("sentence", "value"), [
    ("The doped NaAlH4 reabsorbs all released hydrogen at 30 °C under 10 MPa H2.", 30.0),
    ("After dehydrogenation, the MgH2–Ni composite reabsorbs hydrogen at 100 °C.", 100.0),
])
def test_reabsorbing_is_absorbing_again(sentence, value):
    assert facts(sentence)[value].property == "hydrogenation_temperature"
