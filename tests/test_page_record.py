"""The Record experiment page (Streamlit AppTest) and its logic module."""
from __future__ import annotations

from pathlib import Path

import pytest
from app_pages import page_test

from ui.app import record

PAGE = Path(__file__).resolve().parents[1] / "ui" / "app" / "pages" / "1_Record_experiment.py"


def _values(**over):
    v = {"title": "MgH2 + Nb2O5 milled", "author": "A. Researcher", "n_samples": 1,
         "s0_system": "MgH2 + 5 wt% Nb2O5", "s0_n_meas": 2,
         "s0_m0_property": "onset_dehydrogenation_temperature", "s0_m0_value": 480.0, "s0_m0_unit": "K",
         "s0_m1_property": "hydrogen_capacity", "s0_m1_value": 6.5, "s0_m1_unit": "wt%",
         "n_steps": 1, "st0_method": "ball milling", "st0_milling_time": 10, "st0_speed": 400}
    v.update(over)
    return v


# --------------------------------------------------------------------------------- logic
def test_form_values_become_a_valid_entry_with_canonical_preview():
    checked = record.check(record.build_document(_values()))
    assert checked.entry is not None and not checked.errors
    shown = record.preview(checked.entry)
    (m_onset,) = [m for m in shown["measurements"] if m["property"] == "onset_dehydrogenation_temperature"]
    assert m_onset["unit"] == "degC" and m_onset["value"] == pytest.approx(206.85)
    (system,) = shown["systems"]
    assert system["theoretical H₂ (wt %)"] == pytest.approx(0.95 * 7.66, rel=0.01)


@pytest.mark.parametrize("over, key, words", [
    ({"s0_m0_unit": "kJ/mol"}, "s0_m0_unit", "does not fit"),
    ({"s0_m0_value": -20.0}, "s0_m0_value", "absolute zero"),
    ({"s0_m1_value": 12.0}, "s0_m1_value", "theoretical"),
    ({"s0_system": "MgH2 + 5 wt% Qx9"}, "s0_system", "Qx9"),
    ({"title": ""}, "title", "title"),
    ({"st0_milling_time": -3}, "st0_milling_time", ""),
])
def test_bad_input_is_reported_at_its_field(over, key, words):
    checked = record.check(record.build_document(_values(**over)))
    assert checked.entry is None
    assert key in checked.errors, checked.errors
    assert words.lower() in " ".join(checked.errors[key]).lower()


def test_notes_give_suggestions_bound_to_the_sample():
    found = record.suggestions("Grey powder. The sample released 6.1 wt% H2 within 10 min at 300 °C.",
                               "MgH2–5 wt% Nb2O5")
    assert [(s["property"], s["value"]) for s in found] == [("hydrogen_capacity", 6.1)]
    assert found[0]["conditions"] == {"temperature": 300.0, "time": 10.0}


# --------------------------------------------------------------------------------- the page
@pytest.fixture
def app(tmp_path, monkeypatch):
    return page_test(monkeypatch, tmp_path, PAGE.name, timeout=60), tmp_path


def _fill(at, **over):
    at.run()
    vals = _values(**over)
    at.text_input(key="title").set_value(vals["title"])
    at.text_input(key="author").set_value(vals["author"])
    at.text_input(key="s0_system").set_value(vals["s0_system"])
    at.number_input(key="s0_n_meas").set_value(2)
    at.run()
    for j in (0, 1):
        at.selectbox(key=f"s0_m{j}_property").set_value(vals[f"s0_m{j}_property"])
        at.run()
        at.number_input(key=f"s0_m{j}_value").set_value(vals[f"s0_m{j}_value"])
        at.selectbox(key=f"s0_m{j}_unit").set_value(vals[f"s0_m{j}_unit"])
    at.selectbox(key="st0_method").set_value("ball milling")
    at.number_input(key="st0_milling_time").set_value(10)
    at.run()
    return at


def _graph_entries(data_dir):
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        return s.query("MATCH (m:Measurement)-[:OF_SYSTEM]->(x:System) WHERE m.source_id STARTS WITH 'lab:' "
                       "RETURN x.name AS system, m.property AS p, m.value AS v, m.unit AS u")


def test_page_saves_an_entry_into_the_graph(app):
    at, data_dir = app
    _fill(at)
    assert not at.exception
    at.button(key="save").click().run()
    assert not at.exception, at.exception
    assert any("Saved as entry" in s.value for s in at.success), [e.value for e in at.error]
    rows = _graph_entries(data_dir)
    assert {(r["p"], r["u"]) for r in rows} == {("onset_dehydrogenation_temperature", "degC"),
                                                 ("hydrogen_capacity", "wt%")}
    assert {r["system"] for r in rows} == {"MgH2–5 wt% Nb2O5"}
    from kg.entries import EntryRepository

    (rev,) = EntryRepository(data_dir).list()
    assert rev.author and rev.document["title"] == "MgH2 + Nb2O5 milled"


def test_page_shows_field_error_and_writes_nothing(app):
    at, data_dir = app
    _fill(at, s0_m1_value=12.0)
    at.button(key="save").click().run()
    assert not at.exception
    assert not at.success
    assert any("theoretical" in e.value for e in at.error), [e.value for e in at.error]
    from kg.entries import EntryRepository

    assert EntryRepository(data_dir).list() == []


def test_system_completion_offers_ontology_formulas():
    done = dict(record.complete_system("MgH2 + 5 wt% Nb2"))
    assert done.get("Nb2O5") == "MgH2 + 5 wt% Nb2O5"
    by_name = dict(record.complete_system("MgH2 + 5 wt% niobium pent"))
    assert by_name.get("Nb2O5 (niobium pentoxide)") == "MgH2 + 5 wt% Nb2O5"
    assert dict(record.complete_system("magnesium hyd")).get("MgH2 (magnesium hydride)") == "MgH2"
    assert record.complete_system("MgH2 + ") == [] and record.complete_system("MgH2–Qx9zz") == []


def test_page_completes_the_system_being_typed(app):
    at, _ = app
    at.run()
    at.text_input(key="s0_system").set_value("LiBH4–LiBH")
    at.run()
    pills = at.get("button_group")
    assert pills, "no completion offered"
    opts = list(pills[0].options)
    assert any(o.content == "LiBH4" for o in opts) if hasattr(opts[0], "content") else "LiBH4" in opts
    pills[0].set_value("LiBH4").run()
    assert at.text_input(key="s0_system").value == "LiBH4–LiBH4"
    assert not at.exception


# ------------------------------------------------------------------ safe forms (issue 16)
def test_a_typo_in_a_formula_gets_a_suggestion():
    assert record.unknown_components("MgH2 + 5 wt% Nb205") == ["Nb205"]
    assert record.did_you_mean("Nb205")[0] == "Nb2O5"
    assert record.unknown_components("MgH2 + 5 wt% Nb2O5") == []
    assert record.replace_component("MgH2 + 5 wt% Nb205", "Nb205", "Nb2O5") == "MgH2 + 5 wt% Nb2O5"


def test_page_does_not_save_a_typo_silently(app):
    at, data_dir = app
    _fill(at, s0_system="MgH2 + 5 wt% Nb205")
    (question,) = [r for r in at.radio if r.key == "s0_dym_Nb205"]
    assert "Nb2O5" in question.options
    at.button(key="save").click().run()
    assert not at.exception
    from kg.entries import EntryRepository

    assert EntryRepository(data_dir).list() == []                 # not saved while unanswered
    assert any("Nb205" in e.value for e in at.error), [e.value for e in at.error]
    question = next(r for r in at.radio if r.key == "s0_dym_Nb205")
    question.set_value("Nb2O5").run()
    assert at.text_input(key="s0_system").value == "MgH2 + 5 wt% Nb2O5"
    at.button(key="save").click().run()
    assert not at.exception
    (rev,) = EntryRepository(data_dir).list()
    assert "Nb2O5" in rev.document["samples"][0]["system"]


def test_page_keeps_a_new_material_only_when_told(app):
    at, data_dir = app
    _fill(at, s0_system="MgH2 + 5 wt% Nb205")
    next(r for r in at.radio if r.key == "s0_dym_Nb205").set_value("keep as written").run()
    assert not [r for r in at.radio if r.key == "s0_dym_Nb205"]
    at.button(key="save").click().run()
    from kg.entries import EntryRepository

    (rev,) = EntryRepository(data_dir).list()
    assert "Nb205" in rev.document["samples"][0]["system"]


@pytest.mark.slow   # page runs with two saves into the graph
def test_double_save_stores_one_entry_and_the_form_resets(app):
    at, data_dir = app
    _fill(at)
    token = at.session_state["record_token"]
    at.button(key="save").click().run()
    assert not at.exception
    from kg.entries import EntryRepository

    (rev,) = EntryRepository(data_dir).list()
    assert any(rev.entry_id in s.value for s in at.success)
    assert at.text_input(key="title").value == "" and at.text_input(key="s0_system").value == ""
    # The second click of a double click arrives with the form as it was, under the same token.
    at.session_state["record_token"] = token
    _fill(at)
    at.button(key="save").click().run()
    assert not at.exception
    assert len(EntryRepository(data_dir).list()) == 1
    assert any(rev.entry_id in s.value for s in at.success)
    # …or after the form was blanked, with the old values under a new token: still one entry.
    _fill(at)
    at.button(key="save").click().run()
    assert not at.exception
    assert len(EntryRepository(data_dir).list()) == 1
    at.text_input(key="title").set_value("Another experiment").run()   # the message goes at the next change
    assert not any(rev.entry_id in s.value for s in at.success)


def test_page_shows_labels_and_typographic_units(app):
    at, _ = app
    _fill(at)
    unit = at.selectbox(key="s0_m0_unit")
    assert "°C" in unit.options and "degC" not in unit.options
    prop = at.selectbox(key="s0_m0_property")
    assert "onset dehydrogenation temperature" in prop.options
    assert not [o for o in prop.options if "_" in o]
    at.button(key="preview").click().run()
    assert not at.exception
    shown = " ".join(df.value.to_string() for df in at.dataframe)
    assert "onset dehydrogenation temperature" in shown and "°C" in shown and "wt %" in shown
    assert "None" not in shown and "degC" not in shown and "nan" not in shown
    assert "onset_dehydrogenation_temperature" not in shown


# --------------------------------------------------------------------------------- a condition range
@pytest.mark.parametrize("typed, expected", [
    ("250–300", {"value": 250.0, "value_max": 300.0, "unit": "degC"}),
    ("250 to 300", {"value": 250.0, "value_max": 300.0, "unit": "degC"}),
    ("520-570 K", {"value": 520.0, "value_max": 570.0, "unit": "K"}),
    ("300", {"value": 300.0, "unit": "degC"}),                 # near miss: one value, no range
])
def test_the_measurement_temperature_takes_a_value_or_a_range(typed, expected):
    doc = record.build_document(_values(s0_m1_temperature=typed))
    assert doc["samples"][0]["measurements"][1]["conditions"] == {"temperature": expected}
    checked = record.check(doc)
    assert checked.entry is not None and not checked.errors, checked.errors


@pytest.mark.parametrize("typed, words", [
    ("300–250", "write the lower end first ('250–300 degC')"),
    ("250 MPa", "temperature"),
    ("warm", "not a number or a range"),
])
def test_a_bad_temperature_range_is_reported_at_its_field(typed, words):
    checked = record.check(record.build_document(_values(s0_m1_temperature=typed)))
    assert checked.entry is None
    assert words in " ".join(checked.errors["s0_m1_temperature"]), checked.errors


def test_page_saves_a_temperature_range(app):
    at, data_dir = app
    _fill(at)
    at.text_input(key="s0_m1_temperature").set_value("250–300").run()
    at.button(key="save").click().run()
    assert not at.exception, at.exception
    assert any("Saved as entry" in s.value for s in at.success), [e.value for e in at.error]
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        (row,) = s.query("MATCH (m:Measurement) WHERE m.property = 'hydrogen_capacity' "
                         "RETURN m.cond_temperature AS low, m.condition_max_json AS high")
    assert row["low"] == 250.0 and row["high"] == '{"temperature": 300.0}'


def test_page_refuses_a_backwards_temperature_range_at_its_field(app):
    at, data_dir = app
    _fill(at)
    at.text_input(key="s0_m1_temperature").set_value("300–250").run()
    at.button(key="save").click().run()
    assert not at.exception and not at.success
    assert any("write the lower end first" in e.value for e in at.error), [e.value for e in at.error]
    from kg.entries import EntryRepository

    assert EntryRepository(data_dir).list() == []


def test_a_saved_form_is_blanked_by_values_not_by_deleting_its_keys():
    # Deleting a widget's key leaves the browser showing the old value; each widget gets its blank one.
    state = {"title": "Milled sample", "n_samples": 2, "s1_n_meas": 3, "n_steps": 0, "s0_m0_value": 71.0,
             "s0_m0_property": "dehydrogenation_activation_energy", "s0_strategies": ["catalysis"],
             "sug_0": True, "s0_complete": None, "s0_kept": {"Qx9"}, "record_token": "abc", "author": "me"}
    blank, drop = record.blank_form(state)
    assert blank == {"title": "", "n_samples": 1, "s1_n_meas": 1, "n_steps": 1, "s0_m0_value": None,
                     "s0_m0_property": "", "s0_strategies": [], "sug_0": False, "s0_complete": None}
    assert drop == ["s0_kept"]          # no widget: it just goes; the token and the author stay


def test_the_unit_box_finds_the_unit_as_it_is_typed(app):
    # The box searches the words it shows: 'S/cm' must find S cm⁻¹, or 1.2e-4 stays in mS/cm unnoticed.
    at, _ = app
    at.run()
    at.text_input(key="s0_system").set_value("LiBH4–LiI")
    at.selectbox(key="s0_m0_property").set_value("ionic_conductivity").run()
    assert not at.exception
    shown = at.selectbox(key="s0_m0_unit").options
    assert "S cm⁻¹ (S/cm)" in shown and "µS cm⁻¹ (µS/cm)" in shown
    at.selectbox(key="s0_m0_property").set_value("onset_dehydrogenation_temperature").run()
    assert "°C" in at.selectbox(key="s0_m0_unit").options          # no 'degC' for anyone to read


def test_a_problem_of_a_field_without_its_own_error_place_is_shown_not_only_counted(data_dir, monkeypatch):
    # A 5,000-character project was refused with 'the entry has 1 problem(s); they are shown next to their
    # fields', and no field showed it: every problem is shown, beside its box or under the banner.
    at = page_test(monkeypatch, data_dir, PAGE.name).run()
    at.text_input(key="title").set_value("MgH2 milled with Nb2O5")
    at.text_input(key="project").set_value("P" * 5000)
    at.text_input(key="s0_system").set_value("MgH2 + 5 wt% Nb2O5").run()
    at.button(key="preview").click().run()
    assert not at.exception, at.exception
    shown = [e.value for e in at.error]
    assert any("1 problem" in s for s in shown), shown
    assert any("project" in s and "at most 500" in s for s in shown), shown


def test_the_notes_are_read_once_not_at_every_rerun_of_the_form(data_dir, monkeypatch):
    # Reading 2,000 sentences of notes took 12 s, and the page read them again at every change of any box.
    import streamlit as st

    calls = []
    real = record.suggestions
    monkeypatch.setattr(record, "suggestions", lambda text, system: calls.append(text) or real(text, system))
    st.cache_data.clear()
    at = page_test(monkeypatch, data_dir, PAGE.name).run()
    at.text_input(key="s0_system").set_value("MgH2 + 5 wt% Nb2O5").run()
    at.text_area(key="observations").set_value("The onset of hydrogen release was 190 °C.").run()
    assert len(calls) == 1 and at.checkbox(key="sug_0")
    at.text_input(key="title").set_value("MgH2 milled with Nb2O5").run()     # another box: not read again
    at.text_input(key="project").set_value("Mg storage").run()
    assert len(calls) == 1
    at.text_area(key="observations").set_value("The onset of hydrogen release was 200 °C.").run()
    assert len(calls) == 2                                                   # new notes: read
    st.cache_data.clear()
