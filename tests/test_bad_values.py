"""Bad values stored (issue 12, item 8): booleans are not numbers; control characters in titles and
text fields are refused at validation, and text stored before that is shown escaped by
``hkg entry list/show`` and the Markdown report."""
from __future__ import annotations

import json
from datetime import UTC

import pytest

from ingest.entries.entry import EntryValidationError, load_entry
from ontology.safe_text import control_chars, escape_controls
from ui.cli import main

HOSTILE = {"NUL": "\x00", "BEL": "\x07", "ESC[2J": "\x1b[2J", "RLO": "\u202e", "CSI": "\x9b", "DEL": "\x7f"}


def _entry(**over) -> dict:
    doc = {"title": "MgH2 milled 2 h", "author": "A. Researcher",
           "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Ni", "measurements": [
               {"property": "onset_dehydrogenation_temperature", "value": 250, "unit": "degC"}]}]}
    doc.update(over)
    return doc


def _errors(doc: dict) -> list[str]:
    with pytest.raises(EntryValidationError) as info:
        load_entry(doc)
    return [str(i) for i in info.value.issues if i.severity == "error"]


# ------------------------------------------------------------------------------------ booleans
@pytest.mark.parametrize("field", ["value", "value_max"])
def test_value_true_is_refused_naming_the_field(field):
    doc = _entry()
    m = doc["samples"][0]["measurements"][0]
    m[field] = True
    if field == "value_max":
        m["value"] = 0.5
    errors = _errors(doc)
    assert errors == [f"samples[0].measurements[0].{field}: true is true/false, not a number; write the number"]


def test_booleans_elsewhere_are_refused_too():
    doc = _entry()
    doc["samples"][0]["measurements"][0]["conditions"] = {"heating_rate": True}
    assert any(e.startswith("samples[0].measurements[0].conditions.heating_rate:") and "true/false" in e
               for e in _errors(doc))
    doc = _entry(synthesis=[{"method": "ball milling", "ball_to_powder_ratio": True}])
    assert any(e.startswith("synthesis[0].ball_to_powder_ratio:") for e in _errors(doc))
    doc = _entry(samples=[{"id": "S1", "host": {"formula": "MgH2"}, "additives": [
        {"formula": "Ni", "amount": {"value": True, "unit": "wt%"}}]}])
    assert any(e.startswith("samples[0].additives[0].amount:") for e in _errors(doc))
    doc = _entry()
    doc["samples"][0]["measurements"][0]["range"] = [True, 300]
    doc["samples"][0]["measurements"][0].pop("value")
    assert any(e.startswith("samples[0].measurements[0].range:") for e in _errors(doc))


def test_numbers_still_pass():
    e = load_entry(_entry())
    assert e.samples[0].measurements[0].value == 250


# ---------------------------------------------------------------------------- control characters
@pytest.mark.parametrize("name,char", HOSTILE.items())
def test_control_characters_in_the_title_are_refused(name, char):
    errors = _errors(_entry(title=f"MgH2 {char} milled"))
    assert len(errors) == 1 and errors[0].startswith("title: holds control character(s) U+"), errors


@pytest.mark.parametrize("where", ["author", "project", "tags", "observations", "samples.label",
                                   "samples.notes", "measurements.note"])
def test_control_characters_in_text_fields_are_refused_with_the_field(where):
    doc = _entry()
    bad = "look \x1b[2J here"
    if where == "tags":
        doc["tags"] = ["ok", bad]
    elif where == "observations":
        doc["observations"] = ["fine", bad]
    elif where.startswith("samples."):
        doc["samples"][0][where.split(".")[1]] = bad
    elif where == "measurements.note":
        doc["samples"][0]["measurements"][0]["note"] = bad
    else:
        doc[where] = bad
    errors = _errors(doc)
    expected = {"tags": "tags: item [1]:", "observations": "observations: item [1]:",
                "samples.label": "samples[0].label:", "samples.notes": "samples[0].notes:",
                "measurements.note": "samples[0].measurements[0].note:"}.get(where, f"{where}:")
    assert len(errors) == 1 and errors[0].startswith(expected) and "U+001B" in errors[0], errors


def test_newlines_and_tabs_are_text_in_observations_but_not_in_a_title():
    assert load_entry(_entry(observations=["line one\nline two\tcol"])).observations
    assert _errors(_entry(title="two\nlines"))[0].startswith("title: holds control character(s) U+000A")


def test_escape_controls_shows_every_character_visibly():
    text = "a" + "".join(HOSTILE.values()) + "\u2066b"
    shown = escape_controls(text)
    assert not control_chars(shown) and shown.startswith("a\\x00\\x07\\x1b[2J\\u202e\\x9b\\x7f\\u2066")


# ------------------------------------------------------------------------ older data on screen
def _old_entry(data_dir, title: str) -> None:
    """An entry stored before control characters were refused (the repository's check bypassed)."""
    from kg.entries import EntryRepository

    repo = EntryRepository(data_dir, check=lambda items: None)
    doc = _entry(title=title, observations=[f"seen {HOSTILE['ESC[2J']} and bell {HOSTILE['BEL']}"])
    doc["samples"][0]["label"] = "x"
    repo.create(doc, author="old\u202euser", entry_id="old-one", comment="imported \x1b]0;pwned\x07")


def test_entry_list_show_and_history_escape_old_titles(tmp_path, capsys):
    _old_entry(tmp_path, "MgH2 \x1b[2J\x07\u202eevil")
    for argv in (["entry", "list"], ["entry", "show", "old-one"], ["entry", "history", "old-one"]):
        assert main([*argv, "--data-dir", str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert not control_chars(out), (argv, out)
    assert main(["entry", "list", "--data-dir", str(tmp_path)]) == 0
    assert "MgH2 \\x1b[2J\\x07\\u202eevil" in capsys.readouterr().out
    # JSON output stays exact (escaped by JSON itself)
    assert main(["entry", "show", "old-one", "--json", "--data-dir", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["title"] == "MgH2 \x1b[2J\x07\u202eevil"


def test_cli_errors_quoting_input_are_escaped(tmp_path, capsys):
    f = tmp_path / "e.json"
    f.write_text(json.dumps(_entry(title="t\x1b[2J", tags=["\u202e"])))
    assert main(["entry", "add", str(f), "--data-dir", str(tmp_path / "d"), "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "title: holds control character(s) U+001B" in err and not control_chars(err, one_line=False)


def test_markdown_report_escapes_old_titles():
    from datetime import datetime

    from kg.gaps.model import GapReport, GraphVersion, LabComparison, ReportFilters
    from ui.report.render import to_html, to_markdown

    version = GraphVersion(backend="ladybug", content_hash="x", counts={}, ontology_version="1",
                           app_version="0", generated=datetime.now(UTC))
    lab = LabComparison(entry="lab:old", entry_title="MgH2 \x1b[2J\u202eevil", system="MgH2\x07",
                        property="onset_dehydrogenation_temperature", value=250, unit="degC", n_literature=0)
    report = GapReport(title="Gaps", filters=ReportFilters(), version=version, lab=[lab])
    md = to_markdown(report)
    assert "MgH2 \\x1b\\[2J\\u202eevil" in md and not control_chars(md, one_line=False)
    assert not control_chars(to_html(report), one_line=False)


def test_stats_escapes_old_source_titles(tmp_path, capsys):
    from kg.store import open_store
    from ontology.models import GraphBatch, Source

    with open_store("ladybug", data_dir=tmp_path) as st:
        st.ensure_schema()
        st.load(GraphBatch(sources=[Source(id="lab:old", kind="lab_entry", title="old \x1b[2J\u202etitle")]))
    capsys.readouterr()
    assert main(["stats", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "old \\x1b[2J\\u202etitle" in out and not control_chars(out, one_line=False)


def test_eln_record_text_with_control_characters_is_kept_escaped():
    from ingest.eln.crate import plain_text

    text = plain_text("<p>milled \x1b[2J 2 h\x07</p><p>\u202eevil</p>")
    assert text.split() == ["milled", "\\x1b[2J", "2", "h\\x07", "\\u202eevil"]
    assert not control_chars(text, one_line=False)
