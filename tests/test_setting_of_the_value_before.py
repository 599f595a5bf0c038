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
