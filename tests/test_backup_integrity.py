"""Backups that prove themselves (issue 12, item 9): the manifest records counts and the sha256 of
every part, restore checks them before anything is restored, and a cut or edited backup restores
nothing and says why."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kg.store import open_store
from tests.test_store import make_batch
from ui.cli import main


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bk-src")
    with open_store("ladybug", data_dir=d) as st:
        st.ensure_schema()
        st.load_ontology()
        st.load(make_batch())
    return d


@pytest.fixture
def backup(source, tmp_path) -> Path:
    out = tmp_path / "bk"
    assert main(["backup", "--data-dir", str(source), str(out)]) == 0
    return out


def _restore(backup: Path, tmp_path: Path, capsys) -> tuple[int, str, Path]:
    target = tmp_path / "restored"
    capsys.readouterr()
    code = main(["restore", "--data-dir", str(target), str(backup)])
    return code, capsys.readouterr().err, target


def _refused(backup, tmp_path, capsys, *why: str) -> None:
    code, err, target = _restore(backup, tmp_path, capsys)
    assert code == 2, err
    assert "damaged or incomplete" in err and "nothing was restored" in err, err
    for w in why:
        assert w in err, err
    assert not target.exists(), "the store is not even opened for a backup that does not prove itself"


def test_the_manifest_records_counts_and_sha256_of_every_part(backup):
    manifest = json.loads((backup / "manifest.json").read_text())
    data = (backup / "graph.jsonl").read_bytes()
    part = manifest["parts"]["graph.jsonl"]
    assert part == {"bytes": len(data), "lines": data.count(b"\n"), "sha256": hashlib.sha256(data).hexdigest()}
    assert manifest["records"] == part["lines"] == sum(manifest["counts"].values())
    assert manifest["counts"]["Measurement"] >= 1 and manifest["format"] == "hydridekg-backup"


def test_an_intact_backup_restores_the_same_graph(backup, source, tmp_path, capsys):
    code, err, target = _restore(backup, tmp_path, capsys)
    assert code == 0, err
    with open_store("ladybug", data_dir=source, read_only=True) as a, \
            open_store("ladybug", data_dir=target, read_only=True) as b:
        assert list(a.dump()) == list(b.dump())


def test_a_graph_cut_at_a_line_boundary_restores_nothing(backup, tmp_path, capsys):
    lines = (backup / "graph.jsonl").read_bytes().splitlines(keepends=True)
    (backup / "graph.jsonl").write_bytes(b"".join(lines[: len(lines) // 4]))
    _refused(backup, tmp_path, capsys, "graph.jsonl is", "cut short or changed")


def test_a_changed_byte_restores_nothing(backup, tmp_path, capsys):
    data = (backup / "graph.jsonl").read_bytes()
    i = data.index(b'"id": "') + 8
    (backup / "graph.jsonl").write_bytes(data[:i] + bytes([data[i] ^ 1]) + data[i + 1:])
    _refused(backup, tmp_path, capsys, "sha256")


def test_an_edited_manifest_restores_nothing(backup, tmp_path, capsys):
    path = backup / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["counts"]["Measurement"] += 1
    path.write_text(json.dumps(manifest))
    _refused(backup, tmp_path, capsys, "was edited")


def test_a_manifest_edited_with_its_own_hash_redone_is_caught_by_the_counts(backup, tmp_path, capsys):
    from ui.cli.backup import _manifest_digest

    path = backup / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["counts"]["Measurement"] += 1
    manifest["records"] += 1
    manifest["manifest_sha256"] = _manifest_digest(manifest)
    path.write_text(json.dumps(manifest))
    _refused(backup, tmp_path, capsys, "Measurement:")


def test_a_backup_without_its_manifest_restores_nothing(backup, tmp_path, capsys):
    (backup / "manifest.json").unlink()
    _refused(backup, tmp_path, capsys, "manifest.json is missing")


@pytest.mark.slow   # backs up and restores the whole literature graph
def test_an_older_backup_is_checked_by_its_counts(backup, tmp_path, capsys):
    path = backup / "manifest.json"
    manifest = json.loads(path.read_text())
    old = {k: manifest[k] for k in ("store", "created", "records", "counts")}   # what 'hkg backup' wrote before
    path.write_text(json.dumps(old))
    code, err, _ = _restore(backup, tmp_path, capsys)
    assert code == 0, err
    lines = (backup / "graph.jsonl").read_bytes().splitlines(keepends=True)
    (backup / "graph.jsonl").write_bytes(b"".join(lines[:-3]))
    _refused(backup, tmp_path / "again", capsys, "records, the manifest")


def test_a_failed_backup_leaves_no_part_files(source, tmp_path, monkeypatch, capsys):
    from kg.store import GraphStore, StoreError

    def broken(self):
        yield {"type": "node", "label": "Source", "id": "x", "props": {}}
        raise StoreError("the store broke mid-way")

    monkeypatch.setattr(GraphStore, "dump", broken)
    assert main(["backup", "--data-dir", str(source), str(tmp_path / "bk2")]) == 2
    assert "the store broke mid-way" in capsys.readouterr().err
    assert not (tmp_path / "bk2").exists()
