"""A value accepted from the lab notes keeps the bound of its condition: '6.2 wt% … within 10 min' was stored as
'time 10 min', another result (a release that took ten minutes). The entry's measurement takes the bounds as the
graph's facts do (``condition_qualifiers``), and the preview, the graph and `hkg entry show` say 'within'.
Sentences written for this test."""
from __future__ import annotations

import pytest

from ingest.entries.entry import EntryValidationError, entry_to_batch, load_entry
from ui.app import record

SYSTEM = "MgH2 + 5 wt% Nb2O5"


def _entry(*measurements):
    return load_entry({"id": "notes", "title": "notes", "author": "A. Researcher", "created": "2026-05-01",
                       "samples": [{"id": "S1", "system": SYSTEM, "measurements": list(measurements)}]})


@pytest.mark.parametrize("note, bound", [
    ("The milled powder gave off 6.2 wt% H2 within 10 min at 300 °C.", "<="),
    ("Our sample desorbed 5.1 wt% hydrogen in less than 20 min at 280 °C.", "<"),
    ("About 4 wt% H2 was taken up within 5 min at 250 °C.", "<="),
    ("It released 5.5 wt% H2 in 30 min at 300 °C.", None)])       # near miss: a time stated exactly
def test_an_accepted_note_keeps_its_bound(note, bound):
    (found,) = record.suggestions(note, SYSTEM)
    accepted = record.accepted_measurement(found)
    (m,) = entry_to_batch(_entry(accepted), 1).measurements
    assert m.condition_qualifiers == ({"time": bound} if bound else {})
    assert m.conditions["time"] in (5.0, 10.0, 20.0, 30.0)


def test_the_bound_is_shown_in_the_preview_and_by_entry_show(tmp_path, capsys):
    from kg.entries import EntryRepository
    from ui.cli import main

    (found,) = record.suggestions("The milled powder gave off 6.2 wt% H2 within 10 min at 300 °C.", SYSTEM)
    entry = _entry(record.accepted_measurement(found))
    (shown,) = record.preview(entry)["measurements"]
    assert "time within 10 min" in shown["conditions"], shown
    data = str(tmp_path / "d")
    EntryRepository(data).create(entry.document(), author="t", entry_id="notes")
    assert main(["entry", "show", "notes", "--data-dir", data]) == 0
    assert "within 10 min" in capsys.readouterr().out


def test_a_bound_without_its_condition_is_refused_with_the_fix():
    with pytest.raises(EntryValidationError) as err:
        _entry({"property": "hydrogen capacity", "value": 6.2, "unit": "wt%", "condition_qualifiers": {"time": "<="}})
    (issue,) = err.value.issues
    assert issue.path == "samples[0].measurements[0].condition_qualifiers.time"
    assert "give its value under 'conditions'" in issue.message


def test_the_gap_report_s_lab_row_says_within(ontology_store, tmp_path):
    from app_pages import graph_of

    from kg.gaps.lab import compare
    from kg.gaps.read import read_rows
    from kg.store import open_store
    from ui.report.render import lab_value_text

    (found,) = record.suggestions("The milled powder gave off 6.2 wt% H2 within 10 min at 300 °C.", SYSTEM)
    data = graph_of(ontology_store, tmp_path / "d", entry_to_batch(_entry(record.accepted_measurement(found)), 1))
    with open_store("ladybug", data_dir=data) as store:
        rows = read_rows(store)
    (lab,) = compare(rows["systems"], rows["measurements"])
    assert "time within 10 min" in lab_value_text(lab), lab_value_text(lab)
