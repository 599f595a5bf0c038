"""How abstracts name the property of a value: the direction of a capacity from its verb, the event of a
temperature from its notation, a second from–to pair that leaves its name out, the settings of a test,
differences said by a verb of change, and the capacity a retention keeps. Sentences written for these tests."""
import pytest
from extracted import property_values
from prose_sentences import contract_measurements, the_one as _one


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


def _props(text: str) -> list[tuple[str, float]]:
    return [(r["property"], r["value"]) for r in _rows(text)]


# 1. uptake verbs (ontology labels of the absorbed capacity)
@pytest.mark.parametrize("sentence, value", [
    ("Once dehydrogenated, the MgH2–7 wt% MoS2 composite picks up 5.4 wt% hydrogen within 3 min at 200 °C.", 5.4),
    ("At 100 °C the MgH2–5 wt% TiO2 composite still took in 4.1 wt% H2 in 30 min.", 4.1),
    ("The LiBH4–MgH2 composite was rehydrogenated to 8.3 wt% under 5 MPa H2 at 350 °C.", 8.3),
    ("Under 3 MPa the MgH2–5 wt% NbN composite recovers hydrogen quickly, 5.6 wt% in 90 s at 250 °C.", 5.6),
    ("Mg48Ni48B4 alloys reach a hydrogen absorption content of 1.7 wt% at 373 K.", 1.7),
])
def test_an_uptake_verb_makes_the_capacity_an_absorbed_one(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "absorbed_hydrogen_capacity"


def test_a_release_verb_keeps_the_capacity_a_released_one():
    rows = _rows("The MgH2–7 wt% MoS2 composite gives off 6.0 wt% H2 within 10 min at 300 °C.")
    assert _one(rows, 6.0)["property"] == "hydrogen_capacity"


# 2. the event a temperature is of, from the notation of its T
@pytest.mark.parametrize("sentence, value, prop", [
    ("The MgH2–5 wt% NbN composite liberates hydrogen with T_onset = 192 °C.", 192, "onset_dehydrogenation_temperature"),
    ("For LiAlH4–5 mol% NiCl2, the maximum desorption temperature was 160 °C.", 160, "peak_dehydrogenation_temperature"),
    ("The desorption maximum of the MgH2–10 wt% VCl3 sample lies at 268 °C.", 268, "peak_dehydrogenation_temperature"),
    ("For the Mg(BH4)2–5 mol% TiF3 mixture, Tdec = 220 °C.", 220, "dehydrogenation_temperature"),
    ("In LiBH4–Ca(BH4)2, decomposition was finished below 390 °C.", 390, "full_dehydrogenation_temperature"),
])
def test_the_event_of_a_temperature_is_read_from_its_name(sentence, value, prop):
    assert _one(_rows(sentence), value)["property"] == prop


def test_coulombic_yield_is_a_coulombic_efficiency():
    rows = _rows("The Mg2FeH6 electrode delivered an overall coulombic yield of 21 % in the first cycle.")
    assert _one(rows, 21)["property"] == "coulombic_efficiency"


# 3. a second from–to pair without a name of its own
@pytest.mark.parametrize("sentence", [
    "Adding 5 mol% ZrCl4 lowered the onset temperature of LiAlH4 from 160 to 105 °C in the first step and "
    "from 200 to 150 °C in the second step.",
    "With 3 mol% TiCl3, the onset temperature of LiAlH4 shifted from 152 °C to 98 °C for stage one, and for "
    "stage two from 205 °C to 151 °C.",
    "The onset decomposition temperature of the 5 wt% NbF5-doped LiAlH4 sample decreased from 150 °C to 95 °C in "
    "the first dehydrogenation step and from 185 °C to 130 °C in the second dehydrogenation step.",
])
def test_a_second_change_takes_the_first_ones_property(sentence):
    props = {p for p, _ in _props(sentence)}
    assert props == {"onset_dehydrogenation_temperature"}
    assert len(_props(sentence)) == 4


def test_a_change_named_afresh_keeps_its_own_property():
    rows = _rows("For LiAlH4–5 mol% ZrCl4 the onset temperature fell from 160 to 105 °C, and the peak temperature "
                 "from 210 to 170 °C.")
    assert _one(rows, 170)["property"] == "peak_dehydrogenation_temperature"


@pytest.mark.parametrize("sentence, first, second", [
    ("The MgH2–5 wt% FeF3 composite absorbed 5.5 wt% in 2 min at 300 °C and 4.2 wt% in 10 min at 150 °C.",
     (5.5, 300), (4.2, 150)),
    ("Mg–10 wt% Ni takes up 5.9 wt% H2 within 60 s at 275 °C, while only 3.1 wt% H2 within 20 min at 100 °C.",
     (5.9, 275), (3.1, 100)),
    ("The MgH2–5 wt% NbN composite recovers hydrogen, 5.6 wt% in 90 s at 250 °C and 4.3 wt% in 20 min at 100 °C.",
     (5.6, 250), (4.3, 100)),
])
def test_settings_written_after_a_value_are_its_own(sentence, first, second):
    rows = _rows(sentence)
    for value, temperature in (first, second):
        assert _one(rows, value)["conditions"]["temperature"] == pytest.approx(temperature)


@pytest.mark.parametrize("sentence, first, second", [
    ("The LiCB11H12 cells retain 94% of their capacity after 60 cycles at C/10 and 67% after 700 cycles at C/2.",
     (94, 60, 0.1), (67, 700, 0.5)),
    ("Cells using Na2B12H12 kept 89 % of the initial discharge capacity after 25 cycles at C/20 and 72 % after "
     "400 cycles at C/5.", (89, 25, 0.05), (72, 400, 0.2)),
    ("The Na3(B12H12)(CB11H12) cells ran with more than 92% capacity retention after 30 cycles at C/10 and 81% "
     "after 300 cycles at C/2.", (92, 30, 0.1), (81, 300, 0.5)),
])
def test_a_retention_s_settings_after_the_capacity_it_is_a_share_of_are_its_own(sentence, first, second):
    """'94% of their capacity after 60 cycles at C/10 and 67% after 700 cycles at C/2': the words naming what the
    share is of (or the value's own noun, 'capacity retention') stand between the value and its settings; each
    value keeps the settings written right after it, not those of the value before."""
    rows = _rows(sentence)
    for value, cycles, rate in (first, second):
        assert _one(rows, value)["conditions"] == pytest.approx({"cycles": cycles, "c_rate": rate})


def test_a_rate_written_only_after_the_second_retention_stays_the_second_s():
    # (near miss: the first share has a cycle number of its own and no rate: the rate written after the second
    # value is the second's, and the cycle numbers are not swapped)
    rows = _rows("The LiCB11H12 cells retain 94% of their capacity after 60 cycles and 67% after 700 cycles at C/2.")
    assert _one(rows, 94)["conditions"] == pytest.approx({"cycles": 60})
    assert _one(rows, 67)["conditions"] == pytest.approx({"cycles": 700, "c_rate": 0.5})


@pytest.mark.parametrize("sentence, prop", [
    ("With the LiCB11H12 electrolyte, the TiS2 cell reaches a charge capacity at 0.2 C of 180 mAh/g.",
     "charge_capacity"),
    ("The Na/Na2B10H10/TiS2 cells deliver a discharge capacity at C/20 of 137 mAh g−1.", "discharge_capacity"),
    ("The KCB11H12 cell delivers a first discharge capacity at C/10 of about 112 mAh/g.", "discharge_capacity"),
])
def test_a_capacity_named_before_its_rate_keeps_its_name(sentence, prop):
    """'a discharge capacity at C/20 of 137 mAh/g': the rate said inside the property's name stands between the
    name and the value; the value is still the one named, not a capacity read by its unit alone."""
    rows = _rows(sentence)
    assert len(rows) == 1 and rows[0]["property"] == prop


def test_a_capacity_after_a_rate_of_no_named_property_is_read_by_its_unit():
    # (near miss: no property named before the rate: the value is the unit's usual capacity)
    assert [r["property"] for r in _rows("The Li2B12H12 cell was cycled at C/10 and gave 130 mAh/g.")] == \
        ["specific_capacity"]


@pytest.mark.parametrize("sentence, first, second", [
    ("The Na2B12H12 cells give a discharge capacity at C/20 of ~95 mAh/g at 30 °C and ~118 mAh/g at 70 °C.",
     (95, 30, 0.05), (118, 70, 0.05)),
    ("The LiCB9H10 cells show a first discharge capacity at 0.1 C of 201 mAh/g at 25 °C and 236 mAh/g at 60 °C.",
     (201, 25, 0.1), (236, 60, 0.1)),
    ("The KCB11H12 cell delivers a discharge capacity of 140 mAh/g at C/10 and 101 mAh/g at C/2 at 80 °C.",
     (140, None, 0.1), (101, 80, 0.5)),
])
def test_values_after_a_rate_said_in_the_property_s_name_keep_the_property_and_the_rate(sentence, first, second):
    """'a discharge capacity at C/20 of ~95 mAh/g at 30 °C and ~118 mAh/g at 70 °C': both values are discharge
    capacities at C/20, each at its own temperature; a value written after a rate of its own ('at C/10 and
    101 mAh/g') is still a value of the property named before the first."""
    rows = _rows(sentence)
    for value, temperature, rate in (first, second):
        row = _one(rows, value)
        assert row["property"] == "discharge_capacity" and row["conditions"]["c_rate"] == pytest.approx(rate)
        assert row["conditions"].get("temperature") == (pytest.approx(temperature) if temperature else None)

@pytest.mark.parametrize("sentence, values", [
    ("The NaCB9H10 salt undergoes a reversible order–disorder transformation with an onset temperature of 320 K "
     "upon heating and 305 K upon cooling.", (46.85, 31.85)),
    ("An order–disorder transition of LiCB11H12 sets in at 395 K on heating and 368 K on cooling.", (121.85, 94.85)),
    ("The KB3H8 salt shows a polymorphic transformation at 305 K during heating and 290 K during cooling.",
     (31.85, 16.85)),
])
def test_an_order_disorder_transformation_s_onset_on_heating_and_cooling_is_a_transition_temperature(sentence, values):
    """'an order–disorder transformation with an onset temperature of 320 K upon heating and 305 K upon cooling': the
    temperatures of a polymorphic transition (the dash between the two words is no break of the name), one on each
    run — no onset of hydrogen release, and the value of the cooling run is not lost."""
    rows = _rows(sentence)
    assert sorted(r["value"] for r in rows) == pytest.approx(sorted(values))
    assert {r["property"] for r in rows} == {"phase_transition_temperature"}


def test_an_onset_temperature_of_hydrogen_release_stays_a_dehydrogenation_onset():
    # (near miss: an onset said of hydrogen release, with no transformation named)
    rows = _rows("The NaBH4–TiF3 sample shows an onset temperature of 480 K for hydrogen release upon heating.")
    assert [r["property"] for r in rows] == ["onset_dehydrogenation_temperature"]

def test_a_setting_before_both_values_is_still_shared_out_by_distance():
    rows = _rows("At 300 °C the MgH2–5 wt% FeF3 composite absorbed 5.5 wt% in 2 min, and at 150 °C 4.2 wt% in 10 min.")
    assert _one(rows, 5.5)["conditions"]["temperature"] == pytest.approx(300)


# 4. the temperatures a test was held at are conditions
@pytest.mark.parametrize("sentence", [
    "Of all samples, LiAlH4–5 mol% CeF3 dehydrogenated fastest at both 110 and 130 °C.",
    "The LiAlH4–3 mol% TiCl3 sample released hydrogen at 110 °C and 130 °C in isothermal runs.",
    "The MgH2–5 wt% TiO2 composite showed the highest rate at 250 °C during the isothermal desorption.",
    "The hydrogen content of Ca(BH4)2 with 5 mol% NbF5 reaches 4.8 wt% after hydrogen absorption at 673 K for 20 h.",
])
def test_the_temperature_of_a_test_is_no_property(sentence):
    assert not [p for p, _ in _props(sentence) if p.endswith("temperature")]


def test_a_temperature_named_as_the_event_stays_a_property():
    rows = _rows("The LiAlH4–3 mol% TiCl3 sample starts to release hydrogen at 98 °C.")
    assert _one(rows, 98)["property"] == "onset_dehydrogenation_temperature"


# 5. differences said by a verb of change
@pytest.mark.parametrize("sentence, kept", [
    ("The activation energies of LiAlH4–5 mol% CeF3 were 41 and 77 kJ/mol for the two steps, which decreased about "
     "40 and 60 kJ/mol compared with those of pure LiAlH4.", {41, 77}),
    ("The enthalpy of MgH2–10 wt% Ni, 72.8 kJ/mol H2, was lowered by only 2 kJ/mol H2 relative to undoped MgH2.",
     {72.8}),
    ("The apparent activation energy of LiAlH4–3 mol% TiCl3 declined roughly 33 kJ/mol.", set()),
    ("The onset temperature of MgH2–10 wt% CoFe2O4 dropped nearly 95 °C.", set()),
])
def test_a_difference_is_no_value(sentence, kept):
    assert {v for _, v in _props(sentence)} == kept


def test_a_value_reached_by_a_change_stays_a_value():
    rows = _rows("The activation energy of LiAlH4–3 mol% TiCl3 decreased to about 62 kJ/mol.")
    assert _one(rows, 62)["property"] == "dehydrogenation_activation_energy"


# 6. the share a retention keeps and the capacity it keeps
@pytest.mark.parametrize("sentence, share, capacity", [
    ("For the MgH2–10 wt% Ni composite, more than 91% of the capacity (5.4 wt%) remains after 40 cycles.", 91, 5.4),
    ("After 50 cycles at 300 °C, 95% of the hydrogen capacity (5.8 wt%) of MgH2–5 wt% NbN was still retained.",
     95, 5.8),
    ("Over 150 sorption cycles, about 92 % of the storage capacity (6.0 wt%) of MgH2–10 wt% Ni is kept.", 92, 6.0),
])
def test_a_kept_capacity_in_brackets_is_a_cycling_capacity(sentence, share, capacity):
    rows = _rows(sentence)
    assert _one(rows, share)["property"] == "capacity_retention"
    kept = _one(rows, capacity)
    assert (kept["property"], kept["unit"]) == ("reversible_hydrogen_capacity", "wt%")


@pytest.mark.parametrize("sentence", [
    "The MgH2–5 wt% NiCoFe composite shows stable cycling with 97% capacity retention after 20 cycles.",
    "The LiBH4–LiI electrolyte cycled with 99 % coulombic efficiency in a TiS2 cell.",
    "The MgH2–10 wt% Ni composite keeps its capacity with 96 % retention over 100 cycles.",
])
def test_a_share_named_after_with_is_the_property_it_names(sentence):
    assert [p for p, _ in _props(sentence)] and all(v > 90 for _, v in _props(sentence))


def test_with_a_share_of_an_additive_stays_an_amount():
    rows = _rows("MgH2 milled with 7 wt% MoS2 desorbed 6.0 wt% H2 within 10 min at 300 °C.")
    assert [r["value"] for r in rows] == [6.0]


# 4b. an amount said to be processed at a temperature: the temperature is the amount's condition
@pytest.mark.parametrize("sentence, value, temperature", [
    ("For the 2LiBH4–MgH2–10 wt% Ni composite, about 5.1 wt% of hydrogen can be rehydrogenated under 390 °C and 50 bar.",
     5.1, 390),
    ("In the MgH2–5 wt% TiF3 composite, 6.0 wt% H2 was desorbed at 300 °C within 8 min.", 6.0, 300),
    ("For MgH2–5 wt% Nb2O5, 5.2 wt% of H2 could then be absorbed at 150 °C in 1 min.", 5.2, 150),
    ("In total 9.8 wt% hydrogen was liberated from LiBH4–MgH2–5 mol% TiCl3 at around 400 °C.", 9.8, 400),
])
def test_the_temperature_an_amount_was_processed_at_is_its_condition(sentence, value, temperature):
    rows = _rows(sentence)
    assert [r["value"] for r in rows] == [value]
    assert rows[0]["conditions"]["temperature"] == pytest.approx(temperature)


def test_a_process_temperature_without_an_amount_stays_a_property():
    rows = _rows("The MgH2–5 wt% Nb2O5 composite can be hydrogenated at 150 °C.")
    assert _one(rows, 150)["property"] == "hydrogenation_temperature"


def test_an_absorbed_amount_is_read_past_the_formula_of_its_gas():
    rows = _rows("For MgH2–5 wt% Nb2O5, 5.2 wt% of H2 could be absorbed within 1 min.")
    assert _one(rows, 5.2)["property"] == "absorbed_hydrogen_capacity"


@pytest.mark.parametrize(("sentence", "onset", "peaks"), [
    ("At 240 °C, hydrogen desorption from K2Mg3FeH8 commences, with maximum desorption rates at 295 and 380 °C.",
     240.0, (295.0, 380.0)),
    ("At about 180 °C, NaAlH4–2 mol% CeCl3 starts to release hydrogen, and the main peaks appear at 230 and 262 °C.",
     180.0, (230.0, 262.0)),
    ("At 95 °C, the hydrogen release from LiAlH4–5 wt% NbF5 begins, with DSC peaks at 142 and 171 °C.", 95.0,
     (142.0, 171.0)),
])
def test_the_clause_told_of_a_fronted_value_names_it_not_the_values_after(sentence, onset, peaks):
    got = dict((v, p) for p, v in property_values(sentence))
    assert got[onset] == "onset_dehydrogenation_temperature", sentence
    assert all(got[v] == "peak_dehydrogenation_temperature" for v in peaks), sentence


def test_onset_and_peak_named_before_a_list_still_pair_one_by_one():
    # near miss: no fronted value; the list's own words name its two properties in order
    got = dict((v, p) for p, v in property_values("The onset and peak temperatures of K2Mg3FeH8 are 240 and 295 °C."))
    assert got == {240.0: "onset_dehydrogenation_temperature", 295.0: "peak_dehydrogenation_temperature"}


@pytest.mark.parametrize("sentence", [
    "Optimum hydrogen loading conditions of the Pd/Mg films were reached just above 180 °C at 0.5 MPa.",
    "The hydrogen loading temperature of the Pd-capped Mg–Ti film is 125 °C.",
    "For the Mg2Ni–Pd film the hydrogen loading conditions were 150 °C and 1 MPa.",
])
def test_hydrogen_loading_conditions_are_an_uptake_temperature(sentence):
    assert "hydrogenation_temperature" in [p for p, _ in property_values(sentence)], sentence


def test_an_additive_loaded_is_no_hydrogen_loading():
    # near miss: 'loading' of an additive names no uptake
    assert [p for p, _ in property_values("The loading of 10 wt% Ni onto MgH2 lowers the onset to 250 °C.")] == [
        "onset_dehydrogenation_temperature"]


@pytest.mark.parametrize(("sentence", "onset"), [
    ("The study of Na2Mg2FeH6 reveals that at 232 °C, hydrogen desorption commences with two steps, with maximum "
     "H2 desorption rates at 281 and 344 °C.", 232.0),
    ("DSC shows that at 118 °C, hydrogen release from LiAlH4–3 mol% TiC begins with a small endotherm.", 118.0),
    ("It was found that at 95 °C, hydrogen desorption from the NH3BH3–5 wt% Pt composite commences, with an "
     "induction period.", 95.0),
])
def test_a_value_fronted_after_that_is_named_by_the_clause_it_opens(sentence, onset):
    # 'that at T, X commences with …': the clause's verb names the onset; the 'with' phrase only says how it goes on
    got = dict((v, p) for p, v in property_values(sentence))
    assert got[onset] == "onset_dehydrogenation_temperature", sentence


def test_a_value_after_that_in_another_clause_keeps_its_setting_reading():
    # near miss: 'that at 300 °C the composite releases 6.1 wt%': the clause names no stage, 300 °C is a setting
    assert [p for p, _ in property_values(
        "The results show that at 300 °C the MgH2–Nb2O5 composite releases 6.1 wt% within 10 min.")] == [
        "hydrogen_capacity"]


@pytest.mark.parametrize("sentence, pairs", [
    ("The onset temperatures were 210 °C in the case of MgH2–TiF3 and 245 °C in the case of MgH2–NbF5.",
     ((210, "MgH2–TiF3"), (245, "MgH2–NbF5"))),
    ("Ionic conductivities of 4.2×10−7 S/cm in the case of KAlH4 and 1.9×10−5 S/cm in the case of K3AlH6 were "
     "measured.", ((0.00042, "KAlH4"), (0.019, "K3AlH6"))),
    ("At 310 K the conductivity reached 2.6×10−6 S/cm in the case of NaBH4 and 7.7×10−5 S/cm in the case of "
     "Na2B12H12.", ((0.0026, "NaBH4"), (0.077, "Na2B12H12"))),
])
def test_each_value_is_of_the_sample_named_in_the_case_of_after_it(sentence, pairs):
    """'A in the case of X and B in the case of Y' says what 'A for X and B for Y' says: each value is the sample's
    named right after it, not both the first sample's."""
    rows = _rows(sentence)
    for value, system in pairs:
        assert _one(rows, value)["system"] == system


def test_in_the_case_of_a_treatment_names_no_sample():
    # (near miss: 'in the case of' followed by how the sample was made, no sample: the value stays the sentence's)
    rows = _rows("The MgH2–TiF3 sample released 5.1 wt%, in the case of ball milling for 2 h.")
    assert _one(rows, 5.1)["system"] == "MgH2–TiF3"
