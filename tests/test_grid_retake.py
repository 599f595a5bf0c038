"""Two property phrases of the E2 diagnostic abstracts: the probe grid of ``grid_retake.py`` (every slot value
must pass) and, for each rule, sentences written for the test in several wordings plus ones it must not
fire on. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_rates import failing_slot_values, measurement_rows, titled, value_row
from grid_retake import probes, run


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    assert {p.slots["class"] for p in ps} == {"re_uptake", "onset"}


@pytest.mark.parametrize("slot", ["class", "host", "word", "template"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)



@pytest.mark.parametrize("sentence,value", [
    ("Heated to 500 °C, the NaBH4–MgH2 composite releases H2 above about 320 °C.", 320.0),
    ("Hydrogen was liberated from the milled LiAlH4 upwards of 112 °C.", 112.0),
    ("The Ca(BH4)2 sample decomposes above ~330 °C, giving off 8.4 wt% hydrogen.", 330.0),
    ("Between runs, the Mg(NH2)2–2LiH mixture desorbs hydrogen in excess of 215 °C.", 215.0),
    ("Hydrogen release from the Mg(BH4)2 powder starts above 250 °C.", 250.0),
])
def test_a_release_said_to_happen_above_a_temperature_starts_there(sentence, value):
    row = value_row(titled("Hydrogen release of complex hydrides", sentence), value)
    assert row["property"] == "onset_dehydrogenation_temperature", row


@pytest.mark.parametrize("sentence,capacity,temperature", [
    ("The milled NaBH4–MgH2 composite releases 7.1 wt% H2 above 320 °C.", 7.1, 320.0),
    ("The LiBH4 compound liberates ≥8 wt% H2 above ~280 °C.", 8.0, 280.0),
    ("For the NaAlH4 powder, more than 4.9 wt% is released above 190 °C.", 4.9, 190.0),
    ("Between runs, the Mg(NH2)2–2LiH mixture desorbs 4.4 wt% hydrogen in excess of 215 °C.", 4.4, 215.0),
])
def test_an_amount_released_above_a_temperature_is_measured_there(sentence, capacity, temperature):
    rows = measurement_rows(titled("Hydrogen release of complex hydrides", sentence))
    assert all(r["value"] != temperature for r in rows), rows
    row = value_row(titled("Hydrogen release of complex hydrides", sentence), capacity)
    assert row["conditions"].get("temperature") == temperature, row


@pytest.mark.parametrize("sentence,value", [
    ("The dehydrogenation temperature of LiBH4 is above 400 °C.", 400.0),
    ("MgH2 absorbs 5.5 wt% hydrogen above 250 °C.", 250.0),
])
def test_above_without_a_release_verb_names_no_onset(sentence, value):
    rows = [r for r in measurement_rows(titled("Complex hydrides", sentence)) if r["value"] == value]
    assert all(r["property"] != "onset_dehydrogenation_temperature" for r in rows), rows


@pytest.mark.parametrize("sentence,value", [
    ("After full decomposition at 450 °C, 4.6 wt% hydrogen could be rehydrided by Mg(BH4)2 under 12 MPa.", 4.6),
    ("At 400 °C the dehydrogenated LiBH4–MgH2 composite was re-hydrogenated, and 8.2 wt% H2 was rehydrided.", 8.2),
    ("Under 9 MPa H2, 3.3 wt% of hydrogen was recharged into the decomposed NaAlH4.", 3.3),
    ("Only 2.1 wt% H2 is re-hydrided by the spent Ca(BH4)2.", 2.1),
])
def test_an_amount_taken_up_again_is_an_absorbed_capacity(sentence, value):
    row = value_row(titled("Rehydrogenation of complex hydrides", sentence), value)
    assert row["property"] == "absorbed_hydrogen_capacity", row


def test_a_first_release_stays_a_capacity_not_an_uptake():
    row = value_row(titled("Dehydrogenation of Mg(BH4)2", "Upon heating, Mg(BH4)2 releases 12.1 wt% hydrogen."), 12.1)
    assert row["property"] != "absorbed_hydrogen_capacity", row
