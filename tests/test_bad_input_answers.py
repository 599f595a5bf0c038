"""Every bad input gets one complete answer, the same on the record page, the CLI and the API (the service
layer they share): every field's error at once, a negative amount named as such, a filter bound no value can
reach refused, an id change in the editor refused. Entries and notations written for the test."""
from __future__ import annotations

import json

import pytest

ENTRY = {"title": "MgH2 milled with Ni", "author": "A. Tester",
         "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Ni",
                      "measurements": [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%"}]}]}


def _broken() -> dict:
    """An entry wrong in three layers: an empty title (structure), a notation and a unit (meaning)."""
    doc = json.loads(json.dumps(ENTRY))
    doc["title"] = ""
    doc["samples"][0]["system"] = "MgH2 + Unobtainium7"
    doc["samples"][0]["measurements"][0]["unit"] = "parsec"
    return doc


# ------------------------------------------------------------------------- 1. every error at once
def test_every_fields_error_is_reported_at_once_each_with_its_fix():
    from ingest.entries.entry import EntryValidationError, load_entry

    with pytest.raises(EntryValidationError) as refused:
        load_entry(_broken())
    by_path = {i.path: i.message for i in refused.value.issues if i.severity == "error"}
    assert set(by_path) == {"title", "samples[0].system", "samples[0].measurements[0].unit"}, by_path
    assert "write the title" in by_path["title"]
    assert "Unobtainium7" in by_path["samples[0].system"]
    assert "parsec" in by_path["samples[0].measurements[0].unit"]


def test_a_sample_that_does_not_parse_leaves_the_others_checked_at_their_own_place():
    from ingest.entries.entry import EntryValidationError, load_entry

    doc = json.loads(json.dumps(ENTRY))
    doc["author"] = ""
    doc["samples"] = [{"id": "A", "system": "LiBH4", "measurements": [
                          {"property": "hydrogen_capacity", "value": "lots", "unit": "wt%"}]},
                      {"id": "B", "system": "MgH2 + Unobtainium7"}]
    doc["synthesis"] = [{"method": "ball milling", "sample": "A"}]     # A did not parse, but it is there
    with pytest.raises(EntryValidationError) as refused:
        load_entry(doc)
    by_path = {i.path: i.message for i in refused.value.issues if i.severity == "error"}
    assert set(by_path) == {"author", "samples[0].measurements[0].value", "samples[1].system"}, by_path
    assert "'lots' is not a number" in by_path["samples[0].measurements[0].value"]


def test_the_record_pages_check_and_the_cli_show_every_error_at_once(tmp_path, capsys):
    from ui.app import record
    from ui.cli import main

    checked = record.check(_broken())
    shown = [m for msgs in checked.errors.values() for m in msgs]
    assert checked.entry is None and len(shown) == 3, checked.errors
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_broken()))
    assert main(["entry", "add", str(path), "--data-dir", str(tmp_path / "d"), "--user", "curie"]) != 0
    err = capsys.readouterr().err
    assert "title" in err and "Unobtainium7" in err and "parsec" in err, err


# ------------------------------------------------------------------------- 2. a negative amount
@pytest.mark.parametrize("text, amount", [
    ("MgH2 + -5 wt% Ni", "-5 wt%"),
    ("MgH2+-10wt%Ni", "-10wt%"),
    ("-2 mol% Nb2O5 + MgH2", "-2 mol%"),
    ("LiBH4 + −0.5 mol% TiCl3", "-0.5 mol%"),        # a typographic minus
])
def test_a_negative_amount_is_named_not_called_an_empty_component(text, amount):
    from ontology.system import SystemParseError, parse_system

    with pytest.raises(SystemParseError) as refused:
        parse_system(text)
    message = str(refused.value)
    assert f"'{amount}'" in message and "negative" in message and "empty component" not in message


@pytest.mark.parametrize("text", ["MgH2 + + Ni", "MgH2 + - Ni"])
def test_two_separators_with_no_number_after_are_still_an_empty_component(text):
    from ontology.system import SystemParseError, parse_system

    with pytest.raises(SystemParseError, match="empty component"):
        parse_system(text)


def test_a_dash_between_components_is_no_minus_sign():
    from ontology.system import parse_system

    assert parse_system("MgH2 - 5 wt% Ni").name == parse_system("MgH2 + 5 wt% Ni").name == "MgH2–5 wt% Ni"


def test_a_negative_amount_given_as_a_component_is_named_too():
    from ingest.entries.entry import EntryValidationError, load_entry

    doc = {"title": "t", "author": "a", "samples": [{"id": "S", "host": {"formula": "MgH2"},
                                                       "additives": [{"formula": "Ni", "amount": "-5 wt%"}]}]}
    with pytest.raises(EntryValidationError) as refused:
        load_entry(doc)
    (issue,) = refused.value.issues
    assert issue.path == "samples[0].additives[0].amount" and "negative" in issue.message


# ------------------------------------------------------------------------- 3. impossible filter bounds
@pytest.mark.parametrize("text, named, limit", [
    ("T onset < -300 °C", "T onset < -300 °C", "-273.15 °C"),
    ("onset temperature <= -10 K", "onset temperature <= -10 K", "-273.15 °C"),
    ("hydrogen capacity > -2 wt%", "hydrogen capacity > -2 wt%", "0 wt %"),
    ("ionic conductivity > -1e-4 S/cm", "ionic conductivity > -1e-4 S/cm", "0 mS cm⁻¹"),
    ("specific capacity >= -100 mAh/g", "specific capacity >= -100 mAh/g", "0 mAh g⁻¹"),
    ("ionic conductivity > 1e-4 S/cm at temperature < -300 °C", "temperature < -300 °C", "-273.15 °C"),
])
def test_a_filter_bound_no_value_can_reach_is_refused_naming_the_filter_and_the_limit(text, named, limit):
    from kg.analogs.filters import parse_filter
    from kg.analogs.model import AnalogQueryError

    with pytest.raises(AnalogQueryError) as refused:
        parse_filter(text)
    assert f"'{named}'" in str(refused.value) and f"at least {limit}" in str(refused.value)


@pytest.mark.parametrize("text", [
    "reaction enthalpy < -50 kJ/mol",          # an enthalpy may be negative
    "capacity fade < -5 %",                    # so may a fade (a capacity that grew)
    "T onset < -200 °C",                       # cold, but above absolute zero
    "ionic conductivity > 0 S/cm",             # the least a conductivity can be, not below it
])
def test_a_bound_a_value_can_reach_stays_a_filter(text):
    from kg.analogs.filters import parse_filter

    assert parse_filter(text).prop.key


# ------------------------------------------------------------------------- 5. an id is fixed
def _notebook(tmp_path):
    from kg.notebook import LabNotebook

    nb = LabNotebook(tmp_path, graph=False)
    nb.add(nb.validate(ENTRY), author="tester", entry_id="mg1")
    return nb


def test_changing_the_id_in_an_edit_is_refused_and_nothing_is_written(tmp_path):
    from kg.entries import InvalidEntryError

    nb = _notebook(tmp_path)
    renamed = nb.validate(dict(nb.get("mg1").document, id="mg2", title="renamed"))
    with pytest.raises(InvalidEntryError) as refused:
        nb.edit("mg1", renamed, base=1, author="tester")
    (problem,) = refused.value.problems
    assert problem.path == "id" and "'mg2'" in problem.message and "entry add" in problem.fix
    assert [r.revision for r in nb.history("mg1")] == [1] and not nb.repo.exists("mg2")
    same = nb.validate(dict(nb.get("mg1").document, title="kept id"))
    assert nb.edit("mg1", same, base=1, author="tester")            # the same id (or none) is an edit


def test_the_yaml_editor_refuses_an_id_change_under_the_id(tmp_path):
    from ui.app import lab_entry as le

    nb = _notebook(tmp_path)
    text = le.entry_text(nb.get("mg1").document).replace("id: mg1", "id: mg2")
    with pytest.raises(le.FieldErrors) as refused:
        le.save_edit(nb, "mg1", le.check_edit(nb, text), base=1, author="tester")
    assert list(refused.value.errors) == ["id"] and "entry add" in refused.value.errors["id"][0]


# ------------------------------------------------------------------------- the page

def _editor(monkeypatch, folder):
    from app_pages import page_test

    at = page_test(monkeypatch, folder, "4_Sources.py")
    at.query_params["source"] = "lab:li1"
    at.run()
    (load,) = [b for b in at.button if b.label == "Load revision 1 into the editor"]
    load.click().run()
    (editor,) = [t for t in at.text_area if t.label.startswith("Entry (YAML")]
    return at, editor


def _save(at):
    (save,) = [b for b in at.button if b.label == "Save as a new revision"]
    save.click().run()
    assert not at.exception, at.exception
    return [e.value.replace("\\", "") for e in at.error]   # (markdown escapes)


def test_the_editor_page_shows_every_error_and_refuses_an_id_change(saved_entry, monkeypatch):
    folder, repo = saved_entry
    at, editor = _editor(monkeypatch, folder)
    text = editor.value.replace("title: LiBH4-LiI electrolyte conductivity", "title: ''")
    editor.set_value(text.replace("unit: mS/cm", "unit: parsec").replace("formula: LiI", "formula: Qq9")).run()
    shown = " ".join(_save(at))
    assert "title" in shown and "Qq9" in shown and "parsec" in shown, shown
    editor.set_value(editor.value.replace("id: li1", "id: li2")
                     .replace("title: ''", "title: renamed").replace("parsec", "mS/cm").replace("Qq9", "LiI")).run()
    shown = " ".join(_save(at))
    assert "id:" in shown and "'li2'" in shown and "entry add" in shown, shown
    assert [r.revision for r in repo.history("li1")] == [1] and not repo.exists("li2")
