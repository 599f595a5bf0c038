"""The lab-entry repository: immutable revisions, history, soft delete, concurrency, crashes."""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.entries import ConflictError, EntryRepository, EntryStoreError, NotFoundError

ROOT = Path(__file__).resolve().parents[1]


def doc(title="LiBH4 run", value=6.0):
    return {"title": title, "author": "A. Researcher",
            # LiBH4: up to 18.5 wt% H2, so every value below is a valid lab entry (the repository checks)
            "samples": [{"id": "S1", "system": "LiBH4", "measurements": [
                {"property": "hydrogen_capacity", "value": value, "unit": "wt%"}]}]}


def test_revisions_are_immutable_and_history_is_kept(tmp_path):
    repo = EntryRepository(tmp_path)
    r1 = repo.create(doc(), author="alice", entry_id="e1")
    first_bytes = (tmp_path / "entries" / "e1" / "r000001.json").read_bytes()
    r2 = repo.edit("e1", doc(value=6.5), base=1, author="bob")
    assert (r1.revision, r2.revision) == (1, 2)
    assert (tmp_path / "entries" / "e1" / "r000001.json").read_bytes() == first_bytes
    hist = repo.history("e1")
    assert [(h.revision, h.action, h.author) for h in hist] == [(1, "create", "alice"), (2, "edit", "bob")]
    assert hist[0].document["samples"][0]["measurements"][0]["value"] == 6.0
    assert repo.get("e1").document["samples"][0]["measurements"][0]["value"] == 6.5
    assert repo.get("e1", 1).document["id"] == "e1"
    assert hist[0].time <= hist[1].time


def test_edit_on_stale_base_is_a_conflict(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc(), author="alice", entry_id="e1")
    repo.edit("e1", doc(value=7), base=1, author="alice")
    with pytest.raises(ConflictError, match="revision 2.*based on revision 1"):
        repo.edit("e1", doc(value=8), base=1, author="bob")
    assert repo.get("e1").revision == 2


def test_create_twice_and_unknown_ids_are_refused(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc(), author="a", entry_id="e1")
    with pytest.raises(ConflictError, match="already exists"):
        repo.create(doc(), author="a", entry_id="e1")
    with pytest.raises(NotFoundError):
        repo.get("nope")
    with pytest.raises(EntryStoreError, match="not an entry id"):
        repo.get("../etc")
    with pytest.raises(EntryStoreError, match="author"):
        repo.create(doc(), author=" ", entry_id="e2")


def test_soft_delete_is_reversible_and_recorded(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc(), author="alice", entry_id="e1")
    repo.create(doc("other"), author="alice", entry_id="e2")
    repo.delete("e1", author="bob")
    assert [r.entry_id for r in repo.list()] == ["e2"]
    assert {r.entry_id for r in repo.list(include_deleted=True)} == {"e1", "e2"}
    with pytest.raises(EntryStoreError, match="already deleted"):
        repo.delete("e1", author="bob")
    repo.restore("e1", author="carol")
    assert [r.action for r in repo.history("e1")] == ["create", "delete", "restore"]
    assert repo.get("e1").document == repo.get("e1", 1).document
    assert not repo.get("e1").deleted


def test_files_are_content_addressed(tmp_path):
    repo = EntryRepository(tmp_path)
    sha, size = repo.put_file(b"T,signal\n1,2\n")
    sha2, _ = repo.put_file(b"T,signal\n1,2\n")
    assert sha == sha2 and size == 13
    assert repo.read_file(sha) == b"T,signal\n1,2\n"
    assert len(list((tmp_path / "entries" / "files").rglob("*"))) == 2  # one folder, one file


def test_pending_lists_revisions_not_loaded_into_the_graph(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc(), author="a", entry_id="e1")
    repo.create(doc(), author="a", entry_id="e2")
    repo.mark_loaded("e1", 1)
    assert [r.entry_id for r in repo.pending()] == ["e2"]
    repo.edit("e1", doc(value=5), base=1, author="a")
    assert [(r.entry_id, r.revision) for r in repo.pending()] == [("e1", 2), ("e2", 1)]
    repo.mark_loaded("e1", 2)
    repo.mark_loaded("e1", 1)  # never moves backwards
    assert repo.loaded_revision("e1") == 2


def _writer(args):
    data_dir, worker, n = args
    repo = EntryRepository(data_dir)
    for i in range(n):
        eid = f"w{worker}-{i}"
        repo.create(doc(f"entry {worker}/{i}"), author=f"user{worker}", entry_id=eid)
        # every worker also edits one shared entry, retrying on conflicts like a UI would
        while True:
            base = repo.get("shared").revision
            try:
                repo.edit("shared", doc(f"shared by {worker}", value=float(i + 1)), base=base,
                          author=f"user{worker}")
                break
            except ConflictError:
                continue
    return worker


@pytest.mark.slow   # load run: four writer processes
def test_concurrent_writers_in_several_processes_lose_nothing(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc("shared"), author="setup", entry_id="shared")
    workers, per_worker = 4, 8
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers) as pool:
        done = pool.map(_writer, [(str(tmp_path), w, per_worker) for w in range(workers)])
    assert sorted(done) == list(range(workers))
    ids = repo.ids()
    assert len(ids) == workers * per_worker + 1
    # one revision per private entry, plus 1 + one edit per (worker, i) on the shared one
    assert repo.count_revisions() == workers * per_worker + 1 + workers * per_worker
    shared = repo.history("shared")
    assert [r.revision for r in shared] == list(range(1, workers * per_worker + 2))
    assert not list((tmp_path / "entries").rglob(".tmp-*"))


def _run_crashing(data_dir: Path, where: str, code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HKG_ENTRIES_CRASH_AT": where, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.mark.slow   # crash run: a write killed before publishing
def test_crash_between_temp_write_and_publish_leaves_previous_state(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc(), author="a", entry_id="e1")
    before = [r.to_json() for r in repo.history("e1")]
    code = ("import json\nfrom kg.entries import EntryRepository\n"
            f"EntryRepository({str(tmp_path)!r}).edit('e1', json.loads({json.dumps(json.dumps(doc(value=7.0)))}),"
            " base=1, author='b')\n")
    proc = _run_crashing(tmp_path, "before_publish", code)
    assert proc.returncode == 70, proc.stderr
    assert list((tmp_path / "entries" / "e1").glob(".tmp-*")), "the crash left its temp file"
    assert [r.to_json() for r in repo.history("e1")] == before
    # the next writer cleans up and continues from the previous state
    repo.edit("e1", doc(value=8.0), base=1, author="c")
    assert [r.revision for r in repo.history("e1")] == [1, 2]
    assert not list((tmp_path / "entries" / "e1").glob(".tmp-*"))


@pytest.mark.slow   # crash run: a killed write, then sync
def test_crash_after_publish_is_a_complete_revision_pending_for_the_graph(tmp_path):
    repo = EntryRepository(tmp_path)
    repo.create(doc(), author="a", entry_id="e1")
    repo.mark_loaded("e1", 1)
    code = ("import json\nfrom kg.entries import EntryRepository\n"
            f"EntryRepository({str(tmp_path)!r}).edit('e1', json.loads({json.dumps(json.dumps(doc(value=7.0)))}),"
            " base=1, author='b')\n")
    proc = _run_crashing(tmp_path, "after_publish", code)
    assert proc.returncode == 70, proc.stderr
    assert repo.get("e1").revision == 2
    assert repo.get("e1").document["samples"][0]["measurements"][0]["value"] == 7.0
    assert [(r.entry_id, r.revision) for r in repo.pending()] == [("e1", 2)]
