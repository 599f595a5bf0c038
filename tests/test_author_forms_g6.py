"""Forms other authors (and the services that index them) write values in: a capital X for the times sign
("2.0 X 10(-5) S/cm"), a reference sample named in a bracket between the two ends of a change ("from 376 °C
(for pristine MgH2) to 338 °C"), one unit spelled two ways ("from 376 °C to 338 degC"), a length joined to
its number by a hyphen ("a 30-μm thick film"), and a ratio the ontology names as a property ("a capacity
retention ratio of 93%"). Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import additive_materials as _additives, contract_measurements

from ingest.extraction.text.quantity_text import groups, numbers


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


def _with(rows: list[dict], prop: str, value: float) -> list[dict]:
    return [r for r in rows if r["property"] == prop and abs(r["value"] - value) < 1e-6]


# --------------------------------------------------------------- a capital X as the times sign
@pytest.mark.parametrize("sentence, value", [
    ("The LiBH4–LiI electrolyte conducts Li+ with 3.1 X 10(-4) S/cm at 30 degrees C.", 0.31),
    ("An ionic conductivity of 1.5 X 10(-3) S cm(-1) was measured for LiBH4 at 120 degrees C.", 1.5),
    ("At 25 degrees C, the Li-ion conductivity of the LiBH4–SiO2 composite reached 4.2 X 10(-5) S/cm.", 0.042),
])
def test_a_capital_x_before_a_power_of_ten_is_the_times_sign(sentence, value):
    assert _with(_rows(sentence), "ionic_conductivity", value), _rows(sentence)


def test_a_capital_x_between_two_lengths_is_no_power_of_ten():
    # "10 X 10 mm": a pellet's size, no number times a power of ten
    assert [n.value for n in numbers("LiBH4 pellets of 10 X 10 mm were pressed.")] == [10.0, 10.0]


# --------------------------------------------------------------- the reference named in a bracket of a change
@pytest.mark.parametrize("sentence, prop, before, after, additive", [
    ("The onset temperature of MgH2 is lowered from 376 °C (for pristine MgH2) to 338 °C by adding 5 wt% Ni.",
     "onset_dehydrogenation_temperature", 376.0, 338.0, "Ni"),
    ("Adding TiF3 shifts the peak temperature of LiBH4 from 465 °C (for the as-milled hydride) to 390 °C.",
     "peak_dehydrogenation_temperature", 465.0, 390.0, "TiF3"),
    ("Ball milling LiAlH4 with 5 wt% TiO2 lowered its onset temperature from 150 °C (for pure LiAlH4) to 92 °C.",
     "onset_dehydrogenation_temperature", 150.0, 92.0, "TiO2"),
    ("The desorption peak of NaAlH4 moved from 250 °C (for the undoped alanate) to 165 °C upon adding 4 mol% CeCl3.",
     "peak_dehydrogenation_temperature", 250.0, 165.0, "CeCl3"),
])
def test_a_change_with_its_reference_in_a_bracket_gives_both_samples(sentence, prop, before, after, additive):
    rows = _rows(sentence)
    old, new = _with(rows, prop, before), _with(rows, prop, after)
    assert old and new, rows
    assert not _additives(old[0]) and additive in _additives(new[0])


def test_a_bracket_that_names_no_sample_makes_no_change():
    # "(room temperature)": a gloss of the first setting, not the sample the first value is of
    assert [g.kind for g in groups("The sample was heated from 25 °C (room temperature) to 400 °C.")] \
        == ["single", "single"]


# --------------------------------------------------------------- one unit spelled two ways
@pytest.mark.parametrize("text, kind, values", [
    ("MgH2 desorbs hydrogen between 300 °C and 350 degC.", "range", [300.0, 350.0]),
    ("The onset moves from 376 °C to 338 degC.", "change", [376.0, 338.0]),
    ("Its conductivity rises from 0.1 mS/cm to 1.2 mS cm-1.", "change", [0.1, 1.2]),
])
def test_one_unit_spelled_two_ways_joins_the_values(text, kind, values):
    gs = [g for g in groups(text) if len(g.numbers) > 1]
    assert gs and gs[0].kind == kind and [n.value for n in gs[0].numbers] == values


def test_two_different_units_stay_apart():
    assert [g.kind for g in groups("The sample was heated from 300 °C to 350 K.")] == ["single", "single"]


def test_the_changed_value_spelled_another_way_is_the_modified_samples():
    rows = _rows("Adding Ni lowers the onset temperature of MgH2 from 376 °C to 338 degC.")
    old = _with(rows, "onset_dehydrogenation_temperature", 376.0)
    new = _with(rows, "onset_dehydrogenation_temperature", 338.0)
    assert old and new and not _additives(old[0]) and "Ni" in _additives(new[0])


# --------------------------------------------------------------- a length joined to its number by a hyphen
@pytest.mark.parametrize("sentence, value", [
    ("The 30-μm thick magnesium film absorbs hydrogen at 350 °C.", 30000.0),
    ("A 300-nm-thick Mg film was sputtered on glass.", 300.0),
    ("Mg films 200-nm thick were deposited on Si wafers.", 200.0),
])
def test_a_hyphen_joined_length_is_read_with_its_unit(sentence, value):
    assert _with(_rows(sentence), "film_thickness", value), _rows(sentence)


@pytest.mark.parametrize("text", ["MgH2 was milled for 10-h before use.", "The MgH2-10 wt% Ni composite was milled."])
def test_a_hyphen_before_no_length_unit_joins_nothing(text):
    assert all(n.unit != "nm" and n.unit != "μm" for n in numbers(text))
    assert [n.unit for n in numbers(text) if n.value == 10.0] != ["h"]


# --------------------------------------------------------------- a ratio the ontology names as a property
@pytest.mark.parametrize("sentence, value", [
    ("The MgH2 composite shows a capacity retention ratio of 93% after 20 cycles.", 93.0),
    ("The MgH2 composite keeps 8.3 wt% after 20 cycles, with a retention ratio of 93%.", 93.0),
    ("After 20 cycles the LiBH4–MgH2 composite gives a capacity retention ratio of about 90%.", 90.0),
])
def test_a_retention_ratio_is_the_capacity_retention(sentence, value):
    assert _with(_rows(sentence), "capacity_retention", value), _rows(sentence)


def test_a_ratio_of_a_composition_stays_an_amount():
    rows = _rows("MgH2 was milled with Ni in a ratio of 10 wt%.")
    assert not [r for r in rows if r["property"] == "capacity_retention"]


# --------------------------------------------------------------- a composite's name in brackets
@pytest.mark.parametrize("sentence, prop, value, host, additive", [
    ("The (2LiBH4 + MgH2) composite releases 9.2 wt% of hydrogen at 400 °C.", "hydrogen_capacity", 9.2,
     "LiBH4", "MgH2"),
    ("The (LiBH4 + LiI) solid solution conducts 0.1 mS/cm at 25 °C.", "ionic_conductivity", 0.1, "LiBH4", "LiI"),
    ("A (Mg(BH4)2 + 2LiH) mixture releases 8.1 wt% of hydrogen at 400 °C.", "hydrogen_capacity", 8.1, "Mg(BH4)2", "LiH"),
])
def test_a_composite_named_in_brackets_is_the_values_sample(sentence, prop, value, host, additive):
    rows = _with(_rows(sentence), prop, value)
    assert rows and rows[0]["components"][0]["material"] == host and additive in _additives(rows[0]), _rows(sentence)


@pytest.mark.parametrize("text", [
    "MgH2 (Ni + C) composite releases 6 wt%.",          # a bracket after a formula: an aside, kept
    "The reaction (2LiBH4 + MgH2) proceeds at 400 °C.",  # no sample noun after it
])
def test_other_brackets_around_a_composition_are_kept(text):
    from ingest.extraction.text.nlp import clean_text
    assert clean_text(text).text == text


# --------------------------------------------------------------- a catalyst noun does not act across 'whereas'
# ('catalys…' is also the noun "catalyst": "WS2 catalyst whereas the … of MgH2" read as "WS2 catalyses … of MgH2")
@pytest.mark.parametrize("sentence, prop, value, kept, gone", [
    ("MgH2 releases 5.95 wt% in the presence of WS2 catalyst whereas the onset temperature of MgH2 catalyzed by "
     "MoS2 is 330 °C.", "onset_dehydrogenation_temperature", 330.0, "MoS2", "WS2"),
    ("LiBH4 desorbs 9 wt% with the TiF3 catalyst while the peak temperature of LiBH4 doped with NbF5 is 380 °C.",
     "peak_dehydrogenation_temperature", 380.0, "NbF5", "TiF3"),
    ("NaAlH4 loses 4 wt% over the CeCl3 catalyst but the activation energy of NaAlH4 doped with TiCl3 is 79 kJ/mol.",
     "dehydrogenation_activation_energy", 79.0, "TiCl3", "CeCl3"),
])
def test_a_catalyst_named_before_a_contrast_stays_in_its_clause(sentence, prop, value, kept, gone):
    rows = _with(_rows(sentence), prop, value)
    assert rows and kept in _additives(rows[0]) and gone not in _additives(rows[0]), _rows(sentence)


def test_a_catalyst_that_acts_on_the_host_is_still_its_additive():
    rows = _with(_rows("The Nb2O5 catalyst lowers the desorption temperature of MgH2 to 230 °C."),
                 "dehydrogenation_temperature", 230.0)
    assert rows and "Nb2O5" in _additives(rows[0])
