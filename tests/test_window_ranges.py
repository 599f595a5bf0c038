"""An electrochemical stability window given as a range ('stable between 0 and 4.2 V', 'stable from 0 to 5 V',
'a window of 0–3.2 V') is one row whose value is the lower end and value_max the upper, as the dev set
annotates the review's 0–5 V window (a window given by its upper limit alone keeps value = that limit).
Sentences written for these tests."""
import pytest
from extracted import records


def rows(text):
    return [(r["property"], r["value"], r.get("value_max")) for r in records(f"# A test\n\n{text}\n")]


@pytest.mark.parametrize("text,low,high", [
    ("The LiBH4–LiI electrolyte is stable between 0 and 4.2 V vs Li+/Li.", 0.0, 4.2),
    ("LiBH4–LiI is stable from 0 to 5 V.", 0.0, 5.0),
    ("The Li2B12H12–SiO2 composite remains electrochemically stable from 0 V to 4.5 V vs Li+/Li.", 0.0, 4.5),
    ("Linear sweep voltammetry shows that LiBH4–LiNH2 is stable between 0.5 and 3.8 V.", 0.5, 3.8),
])
def test_a_window_said_as_a_range_is_one_row(text, low, high):
    assert rows(text) == [("electrochemical_stability_window", low, high)], rows(text)


def test_a_window_of_a_range_keeps_the_same_convention():
    assert rows("LiBH4–LiI shows an electrochemical stability window of 0–3.2 V.") == [
        ("electrochemical_stability_window", 0.0, 3.2)]


def test_a_voltage_said_to_change_from_one_value_to_another_is_no_window():
    # near miss: 'from … to' after a verb of change is a change, and 'stable' alone names no window
    got = rows("The cell voltage of LiBH4–LiI changed from 2 to 3 V, and it is stable at 0.5 V afterwards.")
    assert not [r for r in got if r[0] == "electrochemical_stability_window"], got
