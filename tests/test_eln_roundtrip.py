"""HydrideKG → .eln → HydrideKG loses nothing, and the archive follows the ELN file format rules."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from ingest.eln.export import ExportItem, write_eln
from ingest.eln.to_entry import map_record
from ingest.entries.entry import load_entry
from kg.entries import EntryRepository
from ui.cli import main

CURVE = b"# heating_rate: 5 K/min\nT_C,signal\n200,0.1\n250,0.9\n300,0.2\n"


def entries(repo: EntryRepository) -> list[str]:
    sha, size = repo.put_file(CURVE)
    a = {"title": "MgH2 with 10 wt% Ni, milled 10 h", "author": "A. Researcher", "created": "2026-01-05T10:00:00Z",
         "project": "Mg storage", "tags": ["MgH2", "catalysis"],
         "samples": [{"id": "S1", "label": "milled", "system": "MgH2–10 wt% Ni", "strategies": [],
                      "measurements": [
                          {"property": "hydrogen_capacity", "value": 6.2, "unit": "wt%",
                           "conditions": {"temperature": "300 degC"}},
                          {"property": "dehydrogenation_activation_energy", "value": 85, "value_max": 95,
                           "unit": "kJ/mol", "method": "Kissinger", "derived_from": "tpd_5K.csv"}]},
                     {"id": "S2", "host": {"formula": "MgH2"}, "label": "reference",
                      "measurements": [{"property": "peak_dehydrogenation_temperature", "value": 410, "unit": "°C"}]}],
         "synthesis": [{"method": "ball milling", "milling_time": "10 h", "speed": "400 rpm",
                        "ball_to_powder_ratio": "40:1", "atmosphere": "Ar"}],
         "files": [{"name": "tpd_5K.csv", "sha256": sha, "size": size, "media_type": "text/csv", "kind": "tpd",
                    "sample": "S1", "description": "TPD at 5 K/min"}],
         "observations": ["Grey powder <not HTML>", "second note"]}
    b = {"title": "3LiBH4–LiI electrolyte", "author": "C. Chemist", "created": "2026-02-01",
         "samples": [{"id": "E1", "system": "3LiBH4–LiI", "measurements": [
             {"property": "ionic_conductivity", "value": 0.1, "unit": "mS/cm",
              "conditions": {"temperature": "30 degC"}}]}]}
    ids = []
    for k, d in enumerate((a, b)):
        doc = load_entry(d).document()
        ids.append(repo.create(doc, author="alice", entry_id=f"e{k + 1}").entry_id)
    repo.edit("e1", {**repo.get("e1").document, "observations": ["Grey powder <not HTML>", "edited"]},
              base=1, author="bob", comment="fix note")
    return ids


def export(repo: EntryRepository, out: Path) -> Path:
    items = [ExportItem(document=r.document, revisions=[{"revision": h.revision, "author": h.author}
                                                         for h in repo.history(r.entry_id)])
             for r in repo.list()]
    return write_eln(items, out, repo.read_file)


def test_round_trip_is_lossless(tmp_path):
    repo = EntryRepository(tmp_path / "a")
    entries(repo)
    path = export(repo, tmp_path / "out.eln")
    crate = read_crate(open_eln(path))
    assert crate.publisher == "HydrideKG" and len(crate.records) == 2
    back = {}
    for rec in crate.records:
        m = map_record(rec, file=str(path), publisher=crate.publisher)
        assert m.own
        back[m.document["id"]] = m
    for r in repo.list():
        assert back[r.entry_id].document == r.document        # the document, exactly
        for f in r.document.get("files", []):
            assert back[r.entry_id].files[f["sha256"]] == repo.read_file(f["sha256"])


def test_round_trip_through_the_cli(tmp_path, capsys):
    src = EntryRepository(tmp_path / "src")
    entries(src)
    out = tmp_path / "x.eln"
    assert main(["eln", "export", "--out", str(out), "--data-dir", str(tmp_path / "src")]) == 0
    assert main(["eln", "import", str(out), "--data-dir", str(tmp_path / "dst"), "--no-graph"]) == 0
    dst = EntryRepository(tmp_path / "dst")
    assert dst.ids() == src.ids()
    for i in src.ids():
        assert dst.get(i).document == src.get(i).document
        for f in src.get(i).document.get("files", []):
            assert dst.read_file(f["sha256"]) == src.read_file(f["sha256"])
    capsys.readouterr()
    assert main(["eln", "export", "nope", "--out", str(out), "--data-dir", str(tmp_path / "src")]) == 2
    assert "no entry 'nope'" in capsys.readouterr().err


def test_archive_follows_the_spec(tmp_path):
    repo = EntryRepository(tmp_path / "a")
    entries(repo)
    path = export(repo, tmp_path / "spec-check.eln")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        tops = {n.split("/", 1)[0] for n in names}
        assert tops == {"spec-check"}                               # one root folder
        meta = json.loads(zf.read("spec-check/ro-crate-metadata.json"))  # metadata file in it
        blobs = {n: zf.read(n) for n in names}
    assert meta["@context"] == "https://w3id.org/ro/crate/1.1/context"
    nodes = {n["@id"]: n for n in meta["@graph"]}
    assert len(nodes) == len(meta["@graph"])                         # ids are unique
    desc = nodes["ro-crate-metadata.json"]
    assert desc["@type"] == "CreativeWork" and desc["about"] == {"@id": "./"}
    assert desc["conformsTo"] == {"@id": "https://w3id.org/ro/crate/1.1"}
    assert nodes[desc["sdPublisher"]["@id"]]["@type"] == "Organization"
    root = nodes["./"]
    assert root["@type"] == "Dataset" and root["datePublished"]
    for part in root["hasPart"]:
        ds = nodes[part["@id"]]
        assert ds["@type"] == "Dataset" and ds["name"] and ds["dateCreated"]
        assert nodes[ds["author"]["@id"]]["@type"] == "Person"
        for fpart in ds["hasPart"]:                                  # every file exists, hash matches
            f = nodes[fpart["@id"]]
            assert f["@type"] == "File"
            data = blobs["spec-check/" + f["@id"].removeprefix("./")]
            assert hashlib.sha256(data).hexdigest() == f["sha256"] and int(f["contentSize"]) == len(data)
    e1 = nodes["./e1/"]
    assert e1["keywords"] == "MgH2,catalysis"
    pvs = [nodes[v["@id"]] for v in e1["variableMeasured"]]
    cap = next(p for p in pvs if p["propertyID"] == "hydrogen_capacity")
    assert cap["value"] == 6.2 and cap["unitText"] == "wt%" and cap["unitCode"].startswith("http")
    ea = next(p for p in pvs if p["propertyID"] == "dehydrogenation_activation_energy")
    assert (ea["minValue"], ea["maxValue"]) == (85, 95)
    assert "edited" in e1["text"]


def test_export_refuses_an_entry_whose_file_is_missing(tmp_path):
    from ingest.eln.export import ElnExportError
    repo = EntryRepository(tmp_path / "a")
    doc = load_entry({"title": "t", "author": "a", "samples": [{"id": "S", "system": "MgH2"}],
                      "files": [{"name": "gone.csv", "sha256": "ab" * 32, "size": 3}]}).document()
    repo.create(doc, author="a", entry_id="lost")
    with pytest.raises(ElnExportError, match="entry 'lost': file 'gone.csv'"):
        export(repo, tmp_path / "o.eln")
    assert not (tmp_path / "o.eln").exists() and not list(tmp_path.glob(".tmp-*"))
