"""ingest.extraction.values.said_settings is the one reader of "the settings said before": the phrases that point back
('at the same temperature', 'under identical conditions', 'at this temperature') and what the paragraph said."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.quantity_text import Group, Number
from ingest.extraction.values.said_settings import SaidSettings, same_after_value


def _temperature(value: float, start: int) -> Group:
    return Group("single", [Number(value, start, start + 3)], "degC", start, start + 6)


def test_the_last_temperature_said_is_derived_from_the_paragraph():
    said = SaidSettings()
    assert said.temperature() is None
    said.heard([_temperature(200.0, 0)])
    said.heard([])   # (a sentence without a temperature leaves it)
    assert said.temperature() == {"value": 200.0, "unit": "degC"}
    said.heard([_temperature(250.0, 10)])
    assert said.referred_temperature("It absorbs 5 wt% at this temperature.", []) == {"value": 250.0, "unit": "degC"}
    assert said.referred_temperature("It absorbs 5 wt% at 300 °C.", []) is None


def test_a_phrase_right_after_a_value():
    text = "B releases 3.9 wt% H2 at the same temperature"
    assert same_after_value(text, text.index("wt%") + 3)
    assert same_after_value("4 wt% under similar conditions", 5)
    assert not same_after_value("4 wt% at a similar rate", 5)
    assert not same_after_value("4 wt% and more, at least three words later at the same temperature", 5)


# ------------------------------------------------------------------ the settings a cell was run at, said before
def test_the_settings_a_cell_was_run_at_reach_the_later_values_of_the_cell():
    v = facts("A cell of a CoS2 cathode, a Li3(BH4)2Br electrolyte and a Li anode was cycled at 343 K and 0.05 C.",
                     "Its third discharge capacity was 420 mAh g-1.")
    assert v[420.0].conditions["c_rate"] == 0.05 and round(v[420.0].conditions["temperature"], 2) == 69.85
    v = facts("We ran the solid-state battery with a NiS2 electrode and a NaBH4 electrolyte at 0.5 C and 100 °C.",
                     "The charge capacity of NiS2 stayed at 150 mAh/g after 40 cycles.")
    assert v[150.0].conditions["c_rate"] == 0.5 and v[150.0].conditions["temperature"] == 100.0
    v = facts("The VS4 electrode was tested in a solid-state cell with Li2B12H12 at 0.3 C and 383 K.",
                     "It showed a specific capacity of 260 mAh g−1 and a coulombic efficiency of 97%.")
    assert v[260.0].conditions["c_rate"] == 0.3 and v[97.0].conditions["c_rate"] == 0.3


def test_a_setting_the_value_sentence_gives_wins_over_the_cell_settings():
    v = facts("The cell of a CuS cathode and a LiBH4 electrolyte was cycled at 0.1 C and 373 K.",
                     "At 1 C, the discharge capacity of CuS fell to 90 mAh g-1.",
                     "At 250 mA g−1 the discharge capacity of CuS was 70 mAh g-1.")
    assert v[90.0].conditions["c_rate"] == 1.0 and round(v[90.0].conditions["temperature"], 2) == 99.85
    assert "c_rate" not in v[70.0].conditions


def test_a_conductivity_of_the_electrolyte_takes_no_cell_settings():
    v = facts("The cell of a FeS cathode and a Li2B10H10 electrolyte was cycled at 0.2 C and 363 K.",
                     "Li2B10H10 shows an ionic conductivity of 2 × 10−5 S cm−1.")
    assert "c_rate" not in v[0.02].conditions
