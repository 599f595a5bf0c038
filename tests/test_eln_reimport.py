"""Importing an archive again never reverts what was done here since, and what one ELN's crate gave
survives HydrideKG's own export and re-import.

An entry imported from an .eln (or eLabFTW) is the import's to update only while its latest revision is
the import's own.  Once a curator edited it (a sample assigned, a value corrected) or deleted it, the
same archive imported again writes nothing for it — the record unchanged: 'unchanged', the edit kept;
the record changed in the ELN too: 'kept', with a warning naming the entry and how to merge.
"""
from __future__ import annotations

import copy

import pytest

from kg.entries import EntryRepository
from tests.test_eln_more_elns import ELNS, EXPECT, build, fixture
from ui.cli import main


def imported(tmp_path, capsys, spec=None, name="linked_data_forms"):
    path = build(tmp_path, name, spec)
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return path, data, EntryRepository(data)


def entry_of(repo: EntryRepository, title: str):
    return next(r for r in repo.list(include_deleted=True) if r.document["title"] == title)


def test_a_curators_edit_survives_importing_the_same_archive_again(tmp_path, capsys):
    path, data, repo = imported(tmp_path, capsys)
    rev = entry_of(repo, "Mg2NiH4 run 2 (cycled)")
    repo.edit(rev.entry_id, {**rev.document, "body": "checked against the lab book"}, base=rev.revision,
              author="curator", comment="local note")
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "stored 0 revision(s)" in out
    assert "kept as edited here: edited here since its import (revision 2 by curator" in out
    now = repo.get(rev.entry_id)
    assert now.revision == 2 and now.document["body"] == "checked against the lab book"


def test_a_record_changed_in_the_eln_and_edited_here_is_not_overwritten(tmp_path, capsys):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    path, data, repo = imported(tmp_path, capsys, spec)
    edited = entry_of(repo, "Mg2NiH4 run 2 (cycled)")
    repo.edit(edited.entry_id, {**edited.document, "tags": ["curated"]}, base=1, author="curator")
    untouched = entry_of(repo, "Mg2NiH4 run 1")
    for node in spec["metadata"]["@graph"]:          # the ELN changed both records since
        if node["@id"] in ("./run-1/", "./run-2/"):
            node["variableMeasured"] = [*node.get("variableMeasured", []), {
                "@type": "PropertyValue", "name": "hydrogen capacity", "value": 3.1, "unitText": "wt%"}]
    path = build(tmp_path, "linked_data_forms", spec)
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert f"warning: {edited.entry_id}: edited here since its import" in out
    assert f"hkg entry history {edited.entry_id}" in out and "not overwritten" in out
    assert f"kept      {edited.entry_id}" in out and f"edit      {untouched.entry_id}" in out
    assert repo.get(edited.entry_id).revision == 2 and repo.get(edited.entry_id).document["tags"] == ["curated"]
    assert repo.get(untouched.entry_id).revision == 2                  # the import's own: updated


def test_an_entry_deleted_here_is_not_brought_back(tmp_path, capsys):
    path, data, repo = imported(tmp_path, capsys)
    gone = entry_of(repo, "Mg2NiH4 run 1")
    repo.delete(gone.entry_id, author="curator")
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    assert "deleted here since its import" in capsys.readouterr().out
    assert repo.get(gone.entry_id).deleted


@pytest.mark.parametrize("eln", [e for e in ELNS if EXPECT[e][1]])
def test_what_each_eln_gave_survives_export_and_import(tmp_path, capsys, eln):
    _, data, repo = imported(tmp_path, capsys, name=eln)
    out = tmp_path / "again.eln"
    assert main(["eln", "export", "--out", str(out), "--data-dir", str(data)]) == 0
    assert main(["eln", "import", str(out), "--data-dir", str(tmp_path / "back"), "--no-graph"]) == 0
    back = EntryRepository(tmp_path / "back")
    assert back.ids() == repo.ids()
    for eid in repo.ids():
        assert back.get(eid).document == repo.get(eid).document
        for f in repo.get(eid).document["files"]:
            assert back.read_file(f["sha256"]) == repo.read_file(f["sha256"])
