"""A value said of a class of compounds ('LiBH4 with alkali halides') is the value of no record, but the record is
built while its sentence is read and dropped only at the sentence's end: the sentences after still read what it
said, its setting ('at the same temperature'). Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, key, setting, class_value", [
    ("LiBH4 with alkali halides showed 0.1 mS/cm at 120 °C. Such electrolytes suit all-solid-state batteries, "
     "and LiBH4–LiI gives 1.2 mS/cm at the same temperature.", 1.2, "temperature", 120.0, 0.1),
    ("LiBH4 mixed with several halides conducts 0.05 mS/cm at 110 °C. Among them, LiBH4–LiBr reaches "
     "0.9 mS/cm at the same temperature.", 0.9, "temperature", 110.0, 0.05),
    ("NaBH4 with various chlorides shows 0.02 mS/cm at 100 °C. Such electrolytes are promising, and NaBH4–NaCl "
     "gives 0.4 mS/cm at the same temperature.", 0.4, "temperature", 100.0, 0.02),
])
def test_the_setting_of_a_class_value_reaches_the_next_sentence(text, value, key, setting, class_value):
    rows = contract_measurements(text)
    assert the_one(rows, value)["conditions"].get(key) == pytest.approx(setting)
    # (the class's own value is no record)
    assert all(r["value"] != class_value for r in rows)


def test_no_same_setting_said_carries_none():
    # (near miss: the second sentence gives its own temperature)
    text = ("LiBH4 with alkali halides showed 0.1 mS/cm at 120 °C. Such electrolytes suit all-solid-state "
            "batteries, and LiBH4–LiI gives 1.2 mS/cm at 90 °C.")
    assert the_one(contract_measurements(text), 1.2)["conditions"].get("temperature") == pytest.approx(90.0)
