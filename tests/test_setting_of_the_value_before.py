"""A temperature said right after another value ('… S cm−1 at 90 °C') is that value's setting, whatever the
words after it name ('after melting', 'above the transition'). Sentences written for these tests."""
import pytest
from extracted import records


def rows(text):
    return [(r["property"], r["value"], r["conditions"].get("temperature")) for r in records(f"# A test\n\n{text}\n")]


@pytest.mark.parametrize("text,value,temperature", [
    ("Li3(BH4)(NH2)2 exhibits a conductivity of 1.1 × 10−2 S cm−1 at 90 °C after melting.", 11.0, 90.0),
    ("The LiBH4–LiI solid solution conducts 0.1 mS/cm at 120 °C upon melting.", 0.1, 120.0),
    ("Li2B12H12 reaches 2.5 × 10−4 S cm−1 at 150 °C after transition to the disordered phase.", 0.25, 150.0),
])
def test_a_temperature_after_a_value_is_its_setting(text, value, temperature):
    got = rows(text)
    assert got == [("ionic_conductivity", value, temperature)], got


def test_a_temperature_of_its_own_is_still_named_by_the_words_after_it():
    # (no value before it: the words after the temperature say what it is)
    assert rows("MgH2–Ni shows 230 °C onset of dehydrogenation.") == [("onset_dehydrogenation_temperature", 230.0, None)]
    assert rows("LiBH4 reaches 118 °C phase transition temperature.") == [("phase_transition_temperature", 118.0, None)]


@pytest.mark.parametrize("text,prop", [
    ("Symmetric Li cells with Li2(CB9H10)(CB11H12) cycled stably for 500 h at 0.1 mA cm-2, and the oxidative stability "
     "limit was 4.2 V vs. Li+/Li.", "electrochemical_stability_window"),
    ("Li/LiBH4–LiI/Li cells were cycled for 200 h at 0.2 mA cm-2, and the critical current density reached 2.1 mA cm-2.",
     "critical_current_density"),
    ("The 0.7LiBH4–0.3LiBr pellet was polarized at 0.05 mA cm-2 for 100 h, while its oxidation limit was 5.0 V.",
     "electrochemical_stability_window"),
])
def test_the_settings_of_an_earlier_clause_with_its_own_test_stay_there(text, prop):
    got = [(r["property"], r["conditions"]) for r in records(f"# A test\n\n{text}\n")]
    mine = [c for p, c in got if p == prop]
    assert mine and all(not {"areal_current_density", "time"} & set(c) for c in mine), got


def test_a_value_in_the_clause_of_its_settings_keeps_them():
    got = rows("The MgH2–Ni sample was cycled 10 times at 300 °C, and the reversible capacity was 5.5 wt%.")
    assert got == [("reversible_hydrogen_capacity", 5.5, 300.0)], got


@pytest.mark.parametrize("text", [
    "For x = 0.7, the room-temperature conductivity of xLiBH4-(1-x)Li2B12H12 reaches 1.2 x 10(-5) S cm(-1), whereas "
    "neat LiBH4 shows only 2 x 10(-8) S cm(-1).",
    "At room temperature the LiBH4–LiI solid solution conducts 0.02 mS/cm, while pure LiBH4 gives 1e-5 mS/cm.",
    "The RT conductivity of Li2B12H12–LiI is 0.01 mS/cm versus 1e-6 mS/cm for bare Li2B12H12.",
])
def test_a_value_set_against_a_room_temperature_value_is_at_room_temperature(text):
    got = [(v, t) for _, v, t in rows(text)]
    assert len(got) == 2 and all(t == 25.0 for _, t in got), got


def test_a_contrasted_value_with_its_own_temperature_keeps_it():
    got = [(v, t) for _, v, t in rows("At room temperature LiBH4–LiI conducts 0.02 mS/cm, while pure LiBH4 "
                                      "conducts 1e-5 mS/cm at 120 °C.")]
    assert got == [(0.02, 25.0), (1e-05, 120.0)], got
