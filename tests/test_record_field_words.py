"""A problem on the Record experiment page names its box in the form's words ('Sample 1, measurement 3,
property'), never the entry document's 0-based path ('samples[0].measurements[2].property'), which a
chemist filling in boxes has never seen."""
from __future__ import annotations

from pathlib import Path

import pytest
from app_pages import page_test

from ui.app import record

PAGE = Path(__file__).resolve().parents[1] / "ui" / "app" / "pages" / "1_Record_experiment.py"


@pytest.mark.parametrize("path, words", [
    ("samples[0].measurements[2].property", "Sample 1, measurement 3, property"),
    ("samples[0].measurements[1].conditions.temperature", "Sample 1, measurement 2, at T"),
    ("samples[0].measurements[0].conditions.heating_rate", "Sample 1, measurement 1, heating rate"),
    ("samples[0].measurements[0].value_max", "Sample 1, measurement 1, to (range)"),
    ("samples[1].system", "Sample 2, material system"),
    ("samples[0].host.formula", "Sample 1, material system"),
    ("samples[0].additives[1].amount", "Sample 1, additive 2, amount"),
    ("synthesis[0].milling_time", "Step 1, milling time"),
    ("synthesis[1].ball_to_powder_ratio", "Step 2, ball : powder"),
    ("title", "title"),
])
def test_a_field_path_in_the_forms_words(path, words):
    assert record.field_words(path) == words


def _form(**over) -> dict:
    v = {"title": "Electrolyte of the iodide", "author": "A. Researcher", "n_samples": 1, "s0_system": "LiBH4–LiI",
         "s0_n_meas": 2, "s0_m0_property": "ionic_conductivity", "s0_m0_value": 1.2e-4, "s0_m0_unit": "S/cm",
         "s0_m0_temperature": "30", "s0_m1_property": "onset_dehydrogenation_temperature", "s0_m1_value": 390.0,
         "s0_m1_unit": "K"}
    v.update(over)
    return v


@pytest.mark.parametrize("over, key, said", [
    ({"s0_n_meas": 3, "s0_m2_value": 12.0}, "s0_m2_property", "Sample 1, measurement 3, property: "),
    ({"s0_m1_temperature": "-5 K"}, "s0_m1_temperature", "Sample 1, measurement 2, at T: "),
    ({"s0_m0_unit": "kJ/mol"}, "s0_m0_unit", "Sample 1, measurement 1, unit: "),
])
def test_the_checks_messages_name_the_box(over, key, said):
    checked = record.check(record.build_document(_form(**over)))
    assert checked.entry is None
    (message,) = checked.errors[key]
    assert message.startswith(said) and "samples[" not in message and "measurements[" not in message, message


def test_the_page_shows_the_boxs_words(tmp_path, monkeypatch):
    at = page_test(monkeypatch, tmp_path, PAGE.name, timeout=60).run()
    at.text_input(key="title").set_value("Electrolyte of the iodide")
    at.text_input(key="s0_system").set_value("LiBH4–LiI")
    at.number_input(key="s0_n_meas").set_value(2).run()
    at.selectbox(key="s0_m0_property").set_value("ionic_conductivity").run()
    at.number_input(key="s0_m0_value").set_value(1.2e-4)
    at.number_input(key="s0_m1_value").set_value(12.0)        # a value typed, its property forgotten
    at.button(key="save").click().run()
    assert not at.exception, at.exception
    shown = [e.value.replace("\\", "") for e in at.error]      # as shown: markdown's escapes taken off
    assert any(s.startswith("Sample 1, measurement 2, property:") for s in shown), shown
    assert not any("samples[" in s or "measurements[" in s for s in shown), shown
