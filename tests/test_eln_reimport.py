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


# ------------------------------------------------------------------ HydrideKG's own export brought back
def _own_store(tmp_path):
    from ingest.entries.entry import load_entry

    data = tmp_path / "data"
    repo = EntryRepository(data)
    doc = load_entry({"title": "MgH2 reference batch", "author": "A. Researcher",
                      "samples": [{"id": "s1", "system": "MgH2"}]}).document()
    repo.create(doc, author="alice", entry_id="mgh2-ref")
    return data, repo


def test_an_older_export_imported_again_never_reverts_newer_revisions(tmp_path, capsys):
    data, repo = _own_store(tmp_path)
    old = tmp_path / "old.eln"
    assert main(["eln", "export", "--out", str(old), "--data-dir", str(data)]) == 0
    rev = repo.get("mgh2-ref")
    repo.edit("mgh2-ref", {**rev.document, "body": "re-weighed: 1.02 g"}, base=rev.revision, author="bob")
    capsys.readouterr()
    assert main(["eln", "import", str(old), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "stored 0 revision(s)" in out
    assert "edited here (revision 2 by bob) after what this archive holds (revision 1): kept as it is here" in out
    assert repo.get("mgh2-ref").revision == 2 and repo.get("mgh2-ref").document["body"] == "re-weighed: 1.02 g"


def test_another_stores_newer_export_updates_and_a_diverged_one_is_kept(tmp_path, capsys):
    data, repo = _own_store(tmp_path)
    other = tmp_path / "other"                    # the same entry carried on in another store
    first = tmp_path / "first.eln"
    assert main(["eln", "export", "--out", str(first), "--data-dir", str(data)]) == 0
    assert main(["eln", "import", str(first), "--data-dir", str(other), "--no-graph"]) == 0
    theirs = EntryRepository(other)
    rev = theirs.get("mgh2-ref")
    theirs.edit("mgh2-ref", {**rev.document, "tags": ["checked"]}, base=rev.revision, author="carol")
    newer = tmp_path / "newer.eln"
    assert main(["eln", "export", "--out", str(newer), "--data-dir", str(other)]) == 0
    capsys.readouterr()
    assert main(["eln", "import", str(newer), "--data-dir", str(data), "--no-graph"]) == 0   # ahead of ours
    assert repo.get("mgh2-ref").document["tags"] == ["checked"]
    ours = repo.get("mgh2-ref")                   # both stores move on differently
    repo.edit("mgh2-ref", {**ours.document, "body": "ours"}, base=ours.revision, author="alice")
    rev = theirs.get("mgh2-ref")
    theirs.edit("mgh2-ref", {**rev.document, "body": "theirs"}, base=rev.revision, author="carol")
    theirs.edit("mgh2-ref", {**theirs.get("mgh2-ref").document, "body": "theirs, again"},
                base=theirs.get("mgh2-ref").revision, author="carol")
    diverged = tmp_path / "diverged.eln"
    assert main(["eln", "export", "--out", str(diverged), "--data-dir", str(other)]) == 0
    capsys.readouterr()
    before = repo.get("mgh2-ref")
    assert main(["eln", "import", str(diverged), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "warning: mgh2-ref: edited here (revision 3 by alice)" in out and "not overwritten" in out
    assert repo.get("mgh2-ref") == before                       # ours kept, nothing written


@pytest.mark.parametrize("separators", [(",", ":"), (", ", ": ")], ids=["compact", "spaced"])
def test_an_archives_revision_digest_is_read_in_either_json_form(tmp_path, separators):
    """Exports write each revision's sha256 of the compact canonical JSON (kg.entries.document_digest);
    a digest of the same JSON with json.dumps' default spaced separators matches the revision too."""
    import hashlib
    import json

    from kg.entries import document_digest
    from kg.notebook import _reimport_action

    _, repo = _own_store(tmp_path)
    current = repo.get("mgh2-ref")
    text = json.dumps(current.document, sort_keys=True, ensure_ascii=False, separators=separators, default=str)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    newer = {**current.document, "body": "carried on elsewhere"}
    # another store's history: other numbers, author and time; only the digest ties it to ours
    exported = [{"revision": 4, "author": "carol", "time": "2020-01-01T00:00:00+00:00", "sha256": digest},
                {"revision": 5, "author": "carol", "time": "2020-01-02T00:00:00+00:00", "sha256": "0" * 64}]
    assert _reimport_action(repo, "mgh2-ref", newer, exported) == ("edit", "")
    assert (document_digest(current.document) == digest) == (separators == (",", ":"))   # what exports write
    stranger = [{**exported[0], "sha256": "1" * 64}, exported[1]]      # no revision of ours: kept
    assert _reimport_action(repo, "mgh2-ref", newer, stranger)[0] == "kept"
