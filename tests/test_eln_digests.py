"""Digests as ELNs write them: the length says the algorithm (PASTA wrote an MD5 under 'sha256');
a well-formed digest that does not match drops that file, never the entry, and says so."""
from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from kg.entries import EntryRepository
from ui.cli import main

BODY = b"T,signal\n1,2\n"


def archive(tmp_path, digest: str, size: str | None = None):
    node = {"@id": "./exp/a.csv", "@type": "File", "name": "a.csv", "sha256": digest}
    if size is not None:
        node["contentSize"] = size
    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./exp/"}]},
        {"@id": "./exp/", "@type": "Dataset", "name": "MgH2 milled 2 h",
         "hasPart": [{"@id": "./exp/a.csv"}, {"@id": "./exp/b.csv"}]},
        node, {"@id": "./exp/b.csv", "@type": "File", "name": "b.csv"}]}
    path = tmp_path / "d.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("crate/ro-crate-metadata.json", json.dumps(meta))
        zf.writestr("crate/exp/a.csv", BODY)
        zf.writestr("crate/exp/b.csv", b"other")
    return path


@pytest.mark.parametrize("algorithm,name", [("md5", "MD5"), ("sha1", "SHA-1"), ("sha512", "SHA-512")])
def test_a_digest_of_another_algorithm_is_checked_as_that_one(tmp_path, algorithm, name):
    digest = hashlib.new(algorithm, BODY).hexdigest().upper()          # case does not matter
    (rec,) = read_crate(open_eln(archive(tmp_path, digest))).records
    f = next(f for f in rec.files if f.name == "a.csv")
    assert f.data == BODY and f.sha256 == hashlib.sha256(BODY).hexdigest()   # stored under its SHA-256
    assert f"holds a {name} digest" in f.digest_note and "matches" in f.digest_note
    assert rec.files_refused == []


@pytest.mark.parametrize("algorithm", ["md5", "sha1", "sha256"])
def test_a_digest_that_does_not_match_drops_the_file_not_the_entry(tmp_path, algorithm, capsys):
    wrong = hashlib.new(algorithm, b"something else").hexdigest()
    path = archive(tmp_path, wrong)
    (rec,) = read_crate(open_eln(path)).records
    assert [f.name for f in rec.files] == ["b.csv"] and rec.files_refused[0][0] == "a.csv"
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "1 file(s) not kept (integrity)" in out                                   # the preview
    assert "file 'a.csv' not kept: its bytes do not match" in out
    assert "stored 1 revision(s); 1 file(s) not kept because their bytes do not match" in out   # the summary
    (rev,) = EntryRepository(data).list()
    names = [f["name"] for f in rev.document["files"]]
    assert "a.csv" not in names and "b.csv" in names
    assert any("a.csv" in o and "not imported" in o for o in rev.document["observations"])
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--json", "--dry-run"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["entries"]
    assert entry["files_refused"][0]["name"] == "a.csv"


def test_a_digest_that_is_not_one_is_noted_and_the_file_kept(tmp_path):
    (rec,) = read_crate(open_eln(archive(tmp_path, "not-a-digest"))).records
    f = next(f for f in rec.files if f.name == "a.csv")
    assert f.data == BODY and "is not a digest" in f.digest_note


def test_a_size_that_does_not_match_drops_the_file(tmp_path):
    (rec,) = read_crate(open_eln(archive(tmp_path, "", size="999"))).records
    assert rec.files_refused == [("a.csv", f"{len(BODY)} bytes, the metadata's contentSize says 999")]


def test_pasta_example_imports_whole(tmp_path, capsys):
    from pathlib import Path
    path = Path(__file__).resolve().parents[1].parent / "shared" / "eln-examples" / "PASTA-PASTA.eln"
    if not path.is_file():
        pytest.skip(f"{path} is absent (real ELN exports live in ../shared/eln-examples/)")
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path / "d"), "--no-graph"]) == 0
    assert len(EntryRepository(tmp_path / "d").ids()) == 9
