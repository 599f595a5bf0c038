"""Notebook entries without sample: stored, listed, shown, exported; a sample assigned later (one entry
or many), after which they join analogs; fields naming a property become that sample's measurements."""
from __future__ import annotations

import json

import pytest

from ingest.entries.entry import EntryValidationError, entry_to_batch, load_entry
from ingest.entries.entry_fields import AssignError, assign_sample, measurements_from_fields
from kg.entries import EntryRepository
from ui.cli import main

NOTE = {"title": "Sieverts rig calibration", "author": "A. Researcher", "authors": ["A. Researcher", "B. Tech"],
        "created": "2026-04-01", "body": "Reservoir volume calibrated with He.",
        "fields": [{"name": "reservoir volume", "value": 12.3, "unit": "mL"},
                   {"name": "hydrogen capacity", "value": 6.5, "unit": "wt%"},
                   {"name": "temperature", "value": "300 °C"},
                   {"name": "checked", "value": True}],
        "comments": [{"text": "looks right", "author": "B. Tech", "created": "2026-04-02"}],
        "links": [{"relation": "mentions", "target": "other-entry"}]}


def test_an_entry_may_have_no_sample():
    entry = load_entry(NOTE)
    assert entry.without_sample and entry.samples == []
    doc = entry.document()
    assert doc["fields"][3]["value"] == "true"                 # a checkbox is text, never a number
    batch = entry_to_batch(load_entry({**doc, "id": "cal"}))
    assert batch.reports == [] and batch.measurements == []    # nothing for analogs or gap reports
    assert batch.sources[0].authors == ["A. Researcher", "B. Tech"]


def test_the_author_must_be_among_the_authors():
    with pytest.raises(EntryValidationError) as info:
        load_entry({**NOTE, "authors": ["Someone Else"]})
    assert info.value.issues[0].path == "authors"


def test_fields_become_measurements_with_conditions_only_when_they_fit():
    measurements, uses = measurements_from_fields(NOTE["fields"])
    assert measurements == [{"property": "hydrogen_capacity", "value": 6.5, "unit": "wt%",
                             "note": "from the field 'hydrogen capacity'",
                             "conditions": {"temperature": {"value": 300.0, "unit": "°C"}}}]
    became = {u.name: u.became for u in uses}
    assert became == {"reservoir volume": "field", "hydrogen capacity": "measurement", "temperature": "condition",
                      "checked": "field"}


def test_assign_sample_adds_one_and_takes_the_fields_measurements():
    doc, uses = assign_sample(load_entry(NOTE).document(), "MgH2 + 5 wt% Nb2O5")
    (sample,) = doc["samples"]
    assert sample["system"] == "MgH2 + 5 wt% Nb2O5" and sample["measurements"][0]["property"] == "hydrogen_capacity"
    assert load_entry(doc).system("s1").host.formula == "MgH2"
    with pytest.raises(AssignError) as info:
        assign_sample(doc, "MgH2 + Unobtainium")
    assert str(info.value).startswith("system:")


@pytest.mark.slow   # CLI run over a built graph: assign in bulk, then analogs
def test_cli_lists_shows_assigns_in_bulk_and_then_analogs_find_it(tmp_path, capsys):
    data = str(tmp_path / "d")
    repo = EntryRepository(data)
    for k in range(2):
        repo.create(load_entry(NOTE).document(), author="t", entry_id=f"note{k}")
    repo.create(load_entry({"title": "MgH2 ref", "author": "a", "samples": [{"id": "S", "system": "MgH2"}]}).document(),
                author="t", entry_id="ref")
    assert main(["entry", "list", "--without-sample", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "note0" in out and "note1" in out and "ref" not in out and "[without sample]" in out
    assert main(["entry", "list", "--search", "RESERVOIR", "--data-dir", data]) == 0   # found by a field
    out = capsys.readouterr().out
    assert "note0" in out and "ref" not in out
    assert main(["entry", "list", "--search", "looks right", "--json", "--data-dir", data]) == 0   # a comment
    assert {r["id"] for r in json.loads(capsys.readouterr().out)} == {"note0", "note1"}
    assert main(["entry", "show", "note0", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "without sample" in out and "field reservoir volume: 12.3 mL" in out and "comment (B. Tech 2026-04-02)" in out
    # a bad id anywhere in the list writes nothing
    assert main(["entry", "assign-sample", "note0", "nope", "--system", "MgH2", "--data-dir", data, "--no-graph"]) == 2
    assert repo.get("note0").revision == 1
    # an entry that has a sample is not given another silently
    assert main(["entry", "assign-sample", "ref", "MgH2", "--data-dir", data, "--no-graph"]) == 2
    assert "--add" in capsys.readouterr().err
    assert main(["build", "--data-dir", data]) == 0
    assert main(["entry", "sync", "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["analogs", "note0", "--data-dir", data]) == 2          # not in analogs without a sample
    assert "no material systems" in capsys.readouterr().err
    assert main(["entry", "assign-sample", "note0", "note1", "--system", "MgH2 + 5 wt% Nb2O5",
                 "--data-dir", data, "--user", "t"]) == 0
    out = capsys.readouterr().out
    assert "note0 r2: sample 'MgH2 + 5 wt% Nb2O5', 1 measurement(s)" in out and "note1 r2" in out
    assert repo.get("note1").document["samples"][0]["measurements"][0]["value"] == 6.5
    assert main(["analogs", "note0", "--data-dir", data, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    # the two-argument form: ID SYSTEM
    assert main(["entry", "assign-sample", "note0", "LiBH4", "--add", "--data-dir", data, "--no-graph"]) == 0
    assert [s["system"] for s in repo.get("note0").document["samples"]] == ["MgH2 + 5 wt% Nb2O5", "LiBH4"]


def test_assign_sample_with_one_id_and_no_system_names_the_fix(tmp_path, capsys):
    """One id and no --system: a clear error (exit 2) naming both forms, not a NameError traceback."""
    data = str(tmp_path / "d")
    EntryRepository(data).create(load_entry(NOTE).document(), author="t", entry_id="note0")
    assert main(["entry", "assign-sample", "note0", "--data-dir", data, "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "--system" in err and "assign-sample ID 'MgH2" in err
