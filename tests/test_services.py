"""The service layer (kg.notebook, kg.literature): validation once per save, sessions isolated under
concurrency, and the Python API's writes behind the pages' sign-in rule."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.notebook import LabNotebook

ROOT = Path(__file__).resolve().parents[1]

DOC = {"title": "MgH2 with Ni, service test", "author": "A. Researcher",
       "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Ni", "measurements": [
           {"property": "onset_dehydrogenation_temperature", "value": 230, "unit": "degC"}]}]}


def test_a_save_validates_the_entry_once(tmp_path, monkeypatch, empty_store):
    import ingest.entries.entry
    import kg.entry_shapes

    calls = {"load_entry": 0, "shacl": 0}
    real_load, real_shacl = ingest.entries.entry.load_entry, kg.entry_shapes.shacl_check

    def counting_load(*a, **kw):
        calls["load_entry"] += 1
        return real_load(*a, **kw)

    def counting_shacl(*a, **kw):
        calls["shacl"] += 1
        return real_shacl(*a, **kw)

    monkeypatch.setattr(ingest.entries.entry, "load_entry", counting_load)
    monkeypatch.setattr(kg.entry_shapes, "load_entry", counting_load)
    monkeypatch.setattr(kg.entry_shapes, "shacl_check", counting_shacl)
    nb = LabNotebook(tmp_path, store=empty_store)
    entry = nb.validate(DOC)
    saved = nb.add(entry, author="tester")
    assert calls == {"load_entry": 1, "shacl": 1}, calls      # the form's check, then the shapes once
    assert saved.ok and saved.loaded and saved.revision == 1
    rows = empty_store.query("MATCH (s:Source) WHERE s.id = $id RETURN count(s) AS n", {"id": f"lab:{saved.entry_id}"})
    assert rows == [{"n": 1}] and nb.repo.loaded_revision(saved.entry_id) == 1


def eln_archive(folder: Path, i: int) -> Path:
    """A small eLabFTW-shaped .eln archive of one hydride run, different for each ``i`` (written here)."""
    import zipfile

    extra = {"extra_fields": {"Sample": {"type": "text", "value": f"MgH2 + {i + 1} wt% Ni"},
             "Onset dehydrogenation temperature": {"type": "number", "value": str(200 + i), "unit": "°C"}}}
    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}, "sdPublisher": {"@id": "#p"}},
        {"@id": "#p", "@type": "Organization", "name": "eLabFTW"},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./r/"}]},
        {"@id": "./r/", "@type": "Dataset", "name": f"run {i}", "genre": "experiment",
         "author": {"@id": "person://x"}, "variableMeasured": [{"@id": "pv://m"}]},
        {"@id": "pv://m", "@type": "PropertyValue", "propertyID": "elabftw_metadata", "value": json.dumps(extra)},
        {"@id": "person://x", "@type": "Person", "givenName": "Ada", "familyName": "Hydride"}]}
    path = folder / f"run{i}.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("crate/ro-crate-metadata.json", json.dumps(meta))
    return path


_CONCURRENT = textwrap.dedent('''
    import json, sys, threading
    from pathlib import Path
    sys.path[:0] = [sys.argv[1], sys.argv[1] + "/tests"]
    from kg.notebook import LabNotebook
    from test_services import eln_archive

    tmp = Path(sys.argv[2])
    paths = [eln_archive(tmp, i) for i in range(32)]
    start, out = threading.Barrier(32), [None] * 32

    def preview(i):
        start.wait()                                # all 32 sessions at once, in a fresh process
        try:
            plan = LabNotebook(tmp / "data").plan_eln(paths[i])
            (e,) = plan.to_dict()["entries"]
            out[i] = [e["title"], e["samples"][0], plan.entries[0].document["samples"][0]["measurements"][0]["value"]]
        except Exception as exc:
            out[i] = ["error", type(exc).__name__ + ": " + str(exc)]

    threads = [threading.Thread(target=preview, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(out))
''')


@pytest.mark.slow   # load run: 32 sessions' SHACL checks at once in a child process
def test_32_concurrent_eln_previews_each_get_their_own_answer(tmp_path):
    """What the ELN page calls for each session (LabNotebook.plan_eln: archive, mapping, SHACL), in 32
    threads of a fresh process at once: each session gets its own archive's plan, none fails."""
    proc = subprocess.run([sys.executable, "-c", _CONCURRENT, str(ROOT), str(tmp_path)], capture_output=True,
                          text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got == [[f"run {i}", f"MgH2 + {i + 1} wt% Ni", 200.0 + i] for i in range(32)], got
    assert not (tmp_path / "data").exists()         # a preview writes nothing


@pytest.mark.slow   # every write of the Python API through the store
def test_the_python_api_writes_behind_the_sign_in_rule(tmp_path, monkeypatch):
    from ui.api import HydrideKG
    from ui.auth import AuthError, hash_password

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HKG_USER", "lab-user")
    monkeypatch.delenv("HKG_AUTH_FILE", raising=False)
    with HydrideKG("ladybug") as hkg:                       # single user: the login name writes
        saved = hkg.add_entry(DOC)
        assert saved.ok and hkg.entry(saved.entry_id)["author"] == "lab-user"
        assert [e["id"] for e in hkg.entries()] == [saved.entry_id]
    users = tmp_path / "users.toml"
    users.write_text(f'[users.alice]\nname = "Alice"\npassword_hash = "{hash_password("alice-secret-1")}"\n')
    monkeypatch.setenv("HKG_AUTH_FILE", str(users))
    with HydrideKG("ladybug") as hkg:
        with pytest.raises(AuthError, match="sign in first"):
            hkg.delete_entry(saved.entry_id)
        with pytest.raises(AuthError, match="wrong password"):
            hkg.sign_in("alice", "nope")
        hkg.sign_in("alice", "alice-secret-1")
        gone = hkg.delete_entry(saved.entry_id)
        assert gone.revisions[0].author == "alice" and gone.revisions[0].deleted
        assert hkg.entries() == []


def test_the_cli_and_the_api_share_the_notebook(tmp_path, monkeypatch, capsys):
    from ui.api import HydrideKG
    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("HKG_AUTH_FILE", raising=False)
    with HydrideKG("ladybug") as hkg:
        saved = hkg.add_entry(DOC, entry_id="shared-1")
    assert main(["entry", "list", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [saved.entry_id] == ["shared-1"]
    assert main(["entry", "delete", "shared-1", "--user", "cli"]) == 0
    with HydrideKG("ladybug", read_only=True) as hkg:
        assert hkg.entries() == [] and hkg.entries(include_deleted=True)[0]["deleted"]


def test_an_eln_import_checks_the_shapes_once(tmp_path, monkeypatch, capsys):
    """The plan checks every entry against the shapes; storing that same plan does not check again."""
    import kg.entry_shapes
    from kg.entries import EntryRepository
    from ui.cli import main

    calls = []
    real = kg.entry_shapes.shacl_check
    monkeypatch.setattr(kg.entry_shapes, "shacl_check", lambda g: calls.append(1) or real(g))
    EntryRepository(tmp_path / "d")
    path = eln_archive(tmp_path, 3)
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path / "d"), "--no-graph", "--user", "t"]) == 0
    assert len(calls) == 1 and "stored 1 revision(s)" in capsys.readouterr().out


def test_eln_page_steps_leave_no_temporary_files(tmp_path, monkeypatch):
    """The ELN page's preview and export (ui/app/eln_exchange.py): each temporary copy is deleted when
    the step is done, and an upload named '..' is a name, not a path."""
    import io
    import tempfile
    import zipfile

    from ui.app.eln_exchange import export_archive, preview_upload

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    nb = LabNotebook(tmp_path / "d", graph=False)
    data = eln_archive(tmp_path, 5).read_bytes()
    for name in ("run5.eln", "..", "../../etc/x.eln", ""):
        plan = preview_upload(nb, data, name)
        assert [p.document["title"] for p in plan.entries] == ["run 5"] and plan.origin not in ("", "..")
        assert list(scratch.iterdir()) == []
    nb.store_plan(plan, author="tester")
    archive = export_archive(nb)
    assert zipfile.ZipFile(io.BytesIO(archive)).namelist() and list(scratch.iterdir()) == []
