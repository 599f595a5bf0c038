"""Each shared real export: import, export, import again gives the same entries, files and fields; the
exported crate keeps the .eln conventions, and a reader that ignores our own entry document (as
another ELN does) still finds the titles, authors, tags, fields with units, comments, files and links."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from ingest.eln import to_entry
from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from kg.entries import EntryRepository
from ui.cli import main

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "eln-examples"
NAMES = ["elabftw-export.eln", "kadi4mat-records-example.eln", "SampleDB-sampledb_export.eln", "PASTA-PASTA.eln",
         "OpenSemanticLab-MinimalExample.osl.eln"]


def example(name: str) -> Path:
    path = EXAMPLES / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared real .eln exports sit in ../shared/eln-examples/ "
                    "beside the repository")
    return path


@pytest.fixture(scope="module")
def round_trips(tmp_path_factory):
    """name -> (first store, exported archive, second store), each example imported once per module."""
    done = {}

    def run(name):
        if name not in done:
            tmp = tmp_path_factory.mktemp(name.split(".")[0])
            a, b, out = tmp / "a", tmp / "b", tmp / "back.eln"
            assert main(["eln", "import", str(example(name)), "--data-dir", str(a), "--no-graph", "--user", "t"]) == 0
            assert main(["eln", "export", "--out", str(out), "--data-dir", str(a)]) == 0
            assert main(["eln", "import", str(out), "--data-dir", str(b), "--no-graph", "--user", "t"]) == 0
            done[name] = (EntryRepository(a), out, EntryRepository(b))
        return done[name]
    return run


@pytest.mark.parametrize("name", NAMES)
def test_import_export_import_gives_the_same_entries_files_and_fields(round_trips, name, capsys):
    first, _, second = round_trips(name)
    capsys.readouterr()
    assert first.ids() and second.ids() == first.ids()
    for eid in first.ids():
        a, b = first.get(eid).document, second.get(eid).document
        assert b == a                                                  # every field, exactly
        for f in a["files"]:
            assert second.read_file(f["sha256"]) == first.read_file(f["sha256"])


@pytest.mark.parametrize("name", NAMES)
def test_the_exported_crate_keeps_the_eln_conventions(round_trips, name):
    first, out, _ = round_trips(name)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        (root,) = {n.split("/", 1)[0] for n in names}                   # one root folder
        meta = json.loads(zf.read(f"{root}/ro-crate-metadata.json"))   # the metadata directly in it
        blobs = {n: zf.read(n) for n in names}
    nodes = {n["@id"]: n for n in meta["@graph"]}
    assert len(nodes) == len(meta["@graph"])
    assert nodes["ro-crate-metadata.json"]["about"] == {"@id": "./"}
    datasets = [nodes[p["@id"]] for p in nodes["./"]["hasPart"]]
    assert len(datasets) == len(first.ids())                           # a Dataset per entry
    for ds in datasets:
        assert ds["@type"] == "Dataset" and ds["hasPart"] and ds["dateCreated"]
        assert f"{root}/{ds['@id'][2:]}" in names                        # its folder is in the archive
        authors = ds["author"] if isinstance(ds["author"], list) else [ds["author"]]
        assert all(nodes[a["@id"]]["@type"] == "Person" for a in authors)
        for part in ds["hasPart"]:
            f = nodes[part["@id"]]
            assert f["@type"] == "File" and f["encodingFormat"]
            if f["@id"].startswith("http"):
                continue                                                # a web file: a link, no bytes
            assert hashlib.sha256(blobs[f"{root}/{f['@id'][2:]}"]).hexdigest() == f["sha256"]
        for ref in ds.get("variableMeasured", []) + ds.get("comment", []):
            assert ref["@id"] in nodes                                  # no dangling references
        for relation in ("isPartOf", "mentions", "isBasedOn", "about"):
            for ref in ds.get(relation, []):
                assert ref["@id"] in nodes or ":" in ref["@id"]


@pytest.mark.parametrize("name", NAMES)
def test_another_eln_reading_the_export_finds_the_content(round_trips, name, monkeypatch):
    first, out, _ = round_trips(name)
    monkeypatch.setattr(to_entry, "_own_document", lambda rec, file: None)   # read it as a foreign crate
    crate = read_crate(open_eln(out))
    by_id = {r.id: r for r in crate.records}
    for eid in first.ids():
        doc = first.get(eid).document
        rec = by_id[f"./{eid}/"]
        m = to_entry.map_record(rec, file=str(out), publisher=crate.publisher)
        back = m.document
        assert back["title"] == doc["title"] and back["tags"] == doc["tags"]
        assert back.get("authors") or [back["author"]] == (doc.get("authors") or [doc["author"]])
        def fields(d):
            return sorted(repr((f["name"], f.get("value"), f.get("unit", ""), f.get("file"))) for f in d["fields"])
        assert fields(back) == fields(doc)
        assert [(c["text"], c["author"], c["created"]) for c in back["comments"]] == \
               [(c["text"], c["author"], c["created"]) for c in doc["comments"]]
        kept = {f["sha256"] for f in doc["files"]}
        assert kept <= {f["sha256"] for f in back["files"]}
        ours = set(first.ids())
        inner = {(lk["relation"], lk["target"]) for lk in doc["links"] if lk["target"] in ours}
        assert inner <= {(lk["relation"], lk["target"].strip("./")) for lk in back["links"]}
        if doc["body"]:
            assert doc["body"] in rec.body


# The RO-Crate validator fetches the JSON-LD context from the web, which this machine cannot reach.
# ro-crate-py ships the RO-Crate context (1.3, which extends 1.1 and keeps its term mappings); the
# validator is handed that file for the 1.1 context URL, so every required check runs offline.
CONTEXT_URLS = ("https://w3id.org/ro/crate/1.1/context",)


def _validate(root: Path, monkeypatch, tmp_path):
    validator = pytest.importorskip("rocrate_validator.services",
                                    reason="roc-validator is not installed (pip install roc-validator)")
    rocrate = pytest.importorskip("rocrate", reason="ro-crate-py (its RO-Crate context) is not installed")
    import requests
    from rocrate_validator import models
    from rocrate_validator.utils.http import HttpRequester

    context = (Path(rocrate.__file__).parent / "data" / "ro-crate.jsonld").read_bytes()

    def get(self, url, *args, **kwargs):
        if str(url).rstrip("/") in CONTEXT_URLS:
            response = requests.models.Response()
            response.status_code, response._content, response.url = 200, context, url
            response.headers["Content-Type"] = "application/ld+json"
            return response
        return HttpRequester.__getattr__(self, "get")(url, *args, **kwargs)

    monkeypatch.setattr(HttpRequester, "get", get, raising=False)
    settings = validator.ValidationSettings(
        rocrate_uri=str(root), profile_identifier="ro-crate-1.1", requirement_severity=models.Severity.REQUIRED,
        offline=True, cache_path=str(tmp_path / "cache"))
    return validator.validate(settings)


def _unpacked(archive: Path, into: Path) -> Path:
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(into)
    (root,) = [p for p in into.iterdir() if p.is_dir()]
    return root


@pytest.mark.slow   # the RO-Crate validator over each exported archive
@pytest.mark.parametrize("name", NAMES)
def test_exported_crate_passes_the_ro_crate_validator(round_trips, name, tmp_path, monkeypatch):
    _, out, _ = round_trips(name)
    result = _validate(_unpacked(out, tmp_path / "x"), monkeypatch, tmp_path)
    issues = [f"{i.check.identifier} {i.check.name}: {i.message}" for i in result.get_issues()]
    assert result.passed() and not issues, issues
    assert len(result.executed_checks) > 20 and not result.skipped_checks, (len(result.executed_checks),
                                                                              result.skipped_checks)


@pytest.mark.slow   # the RO-Crate validator over a broken archive
def test_the_validator_check_can_fail(round_trips, tmp_path, monkeypatch):
    _, out, _ = round_trips(NAMES[0])
    root = _unpacked(out, tmp_path / "x")
    meta = root / "ro-crate-metadata.json"
    doc = json.loads(meta.read_text())
    for entity in doc["@graph"]:
        if entity.get("@id") == "./":
            entity.pop("datePublished", None)
            entity["@type"] = "CreativeWork"        # the root must be a Dataset
    meta.write_text(json.dumps(doc))
    assert not _validate(root, monkeypatch, tmp_path).passed()
