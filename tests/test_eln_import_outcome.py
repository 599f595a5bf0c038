"""After an .eln import the ELN exchange page says what became of each entry — imported, unchanged,
or kept as edited here — through ``ui.app.eln_exchange.import_outcome`` (the function the page calls),
not 'Imported' for every entry the plan listed.

Fixture: tests/fixtures/eln/elabftw_single_experiment.json (one eLabFTW experiment, made-up values)."""
from __future__ import annotations

import copy

from kg.notebook import LabNotebook
from tests.test_eln_more_elns import build, fixture
from ui.app.eln_exchange import import_outcome


def _import(nb: LabNotebook, path) -> dict:
    plan = nb.plan_eln(path)
    return import_outcome(plan, nb.store_plan(plan, author="tester"))


def test_the_first_import_says_imported_and_the_second_unchanged(tmp_path):
    nb = LabNotebook(tmp_path / "data", graph=False)
    path = build(tmp_path, "elabftw_single_experiment")
    first = _import(nb, path)
    assert first["level"] == "success" and first["summary"].startswith("Imported 1 new entry")
    assert [r["outcome"] for r in first["rows"]] == ["imported (new)"]
    again = _import(nb, path)
    assert again["level"] == "info"
    assert again["summary"] == "Nothing written; 1 unchanged."
    (row,) = again["rows"]
    assert row["outcome"] == "unchanged" and "nothing written" in row["why"]
    assert row["title"] == "γ-Mg(BH4)2 desorption"


def test_an_entry_edited_here_and_changed_in_the_eln_is_said_kept_not_imported(tmp_path):
    nb = LabNotebook(tmp_path / "data", graph=False)
    _import(nb, build(tmp_path, "elabftw_single_experiment"))
    (stored,) = nb.repo.list()
    nb.repo.edit(stored.entry_id, {**stored.document, "title": "γ-Mg(BH4)2 desorption (checked)"},
                 base=stored.revision, author="curator")
    spec = copy.deepcopy(fixture("elabftw_single_experiment"))
    for node in spec["metadata"]["@graph"]:
        if node.get("name") == "γ-Mg(BH4)2 desorption":
            node["text"] += "<p>Repeated with a fresh batch.</p>"
    changed = tmp_path / "changed"
    changed.mkdir()
    out = _import(nb, build(changed, "elabftw_single_experiment", spec))
    assert out["level"] == "warning"
    assert "Nothing written" in out["summary"] and "1 kept as edited here (not overwritten)" in out["summary"]
    (row,) = out["rows"]
    assert row["outcome"] == "kept as edited here" and "not overwritten" in row["why"]
    assert nb.repo.get(stored.entry_id).document["title"] == "γ-Mg(BH4)2 desorption (checked)"


def test_records_left_out_are_rows_not_imported():
    class Plan:
        entries: list = []
        skipped = [{"record": "./data/", "name": "data", "reason": "a folder of files, no record"}]

    class Saved:
        revisions: list = []

    out = import_outcome(Plan(), Saved())
    assert out["rows"] == [{"entry": "./data/", "title": "data", "outcome": "not imported",
                            "why": "a folder of files, no record"}]
    assert out["summary"] == "Nothing written; 1 record(s) not imported."
