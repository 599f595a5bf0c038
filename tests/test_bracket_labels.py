"""A system alone in brackets right after a value labels that value ("from 118 kJ/mol (undoped NaAlH4) to
79 kJ/mol"): the bracketed baseline gets the first value, the passage's sample the second. Sentences written
for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_DOPED = "NaAlH4 doped with 2 mol% CeCl3 was milled for 2 h. "


def _adds(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


@pytest.mark.parametrize("sentence", [
    "The activation energy is reduced from 118 kJ/mol (undoped NaAlH4) to 79 kJ/mol.",
    "Its apparent activation energy fell from 118 kJ/mol (bulk NaAlH4) to 79 kJ/mol.",
    "The Kissinger activation energy drops from 118 kJ/mol (NaAlH4 alone) to 79 kJ/mol.",
    "The activation energy decreased from 118 kJ/mol (for the pristine NaAlH4) to 79 kJ/mol (NaAlH4–CeCl3).",
])
def test_a_bracketed_baseline_after_the_first_value_takes_it(sentence):
    rows = contract_measurements(_DOPED + sentence)
    before, after = the_one(rows, 118.0), the_one(rows, 79.0)
    assert before["material"] == after["material"] == "NaAlH4"
    assert _adds(before) == [] and _adds(after) == ["CeCl3"], rows


def test_a_bracket_with_more_than_a_system_is_no_label():
    # a condition in brackets names no sample: both values stay with what the sentence is about
    rows = contract_measurements(_DOPED + "The activation energy is reduced from 118 kJ/mol (Kissinger method "
                                 "on NaAlH4 data) to 79 kJ/mol.")
    assert _adds(the_one(rows, 79.0)) == ["CeCl3"], rows


# ---------------------------------------------------------------- a value of the sample without its additive
@pytest.mark.parametrize("sentence, value", [
    ("MgH2 with 5 wt% Nb2O5 desorbs 6.5 wt% H2 in 10 min at 300 °C, against 1.2 wt% without Nb2O5.", 1.2),
    ("LiBH4 with 20 wt% SiO2 conducts Li+ at 0.1 mS/cm at 35 °C (0.01 mS/cm in the absence of SiO2).", 0.01),
    ("The TiF3-doped NaAlH4 releases 4.0 wt% H2 at 150 °C but only 0.9 wt% free of TiF3.", 0.9),
])
def test_a_value_without_the_additive_is_the_bare_hosts(sentence, value):
    row = the_one(contract_measurements(sentence), value)
    assert row["material"] in ("MgH2", "LiBH4", "NaAlH4") and _adds(row) == [], row


def test_without_a_process_keeps_the_sample():
    row = the_one(contract_measurements("MgH2 with 5 wt% Nb2O5 keeps 6.1 wt% after 50 cycles without degradation."),
                  6.1)
    assert _adds(row) == ["Nb2O5"], row


@pytest.mark.parametrize("sentence", [
    "The LiAlH4–TiCl3 composite starts to decompose at 95 °C (150 °C without TiCl3).",
    "The LiAlH4–TiCl3 composite starts to decompose at 95 °C (150 °C without the catalyst).",
    "LiAlH4 with 4 mol% TiCl3 begins to release hydrogen at 95 °C (150 °C in the absence of any catalyst).",
])
def test_a_temperature_in_brackets_without_the_additive_is_the_bare_hosts(sentence):
    rows = contract_measurements(sentence)
    bare = the_one(rows, 150.0)
    assert bare["property"] == the_one(rows, 95.0)["property"] and _adds(bare) == [], rows


def test_a_temperature_in_brackets_with_no_lacking_word_stays_a_setting():
    # "(150 °C, 2 h)": the milling's setting, not a second value of the property
    rows = contract_measurements("The LiAlH4–TiCl3 composite, milled (150 °C, 2 h), starts to decompose at 95 °C.")
    assert [r["value"] for r in rows] == [95.0], rows
