"""Every real .eln export in ../shared/eln-examples/ imports; an eLabFTW-style hydride record maps fully."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import plain_text, read_crate
from ingest.eln.to_entry import map_record
from ingest.entries.entry import load_entry
from kg.entries import EntryRepository
from ui.cli import main

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "eln-examples"


def example(name: str) -> Path:
    path = EXAMPLES / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (real ELN exports live in ../shared/eln-examples/)")
    return path


def crate_of(name: str):
    return read_crate(open_eln(example(name)))


def by_name(crate, name):
    return next(r for r in crate.records if r.name == name)


def test_elabftw_export():
    crate = crate_of("elabftw-export.eln")
    assert crate.publisher == "eLabFTW" and len(crate.records) == 12
    gold = by_name(crate, "Gold master experiment")
    assert gold.genre == "experiment" and gold.authors == ["Nicola Mohr"]
    assert [f.name for f in gold.files] == ["example.jpg"] and gold.files[0].size == 85530
    assert "<" not in gold.body                     # HTML became text
    grouped = by_name(crate, "Test the grouped extra fields")
    meta = {m.name: m for m in grouped.metadata}
    assert meta["Another one without group_id property"].value == "Some choice"
    units = [m for r in crate.records for m in r.metadata if m.unit == "mM"]
    assert units and units[0].name == "Number with units"     # typed extra_fields keep their unit
    comment = gold.comments[0]
    assert comment.author == "Nicola Mohr" and comment.created.startswith("2025-09-16") and "DNA" in comment.text
    assert ("mentions", "./Synthesis - Synthesis-of-Aspirin - 076f68c6/") in gold.links
    assert by_name(crate, "Facilis illum sed reprehenderit.").keywords == ["Fly", "Copper", "lab supplies"]


def test_kadi4mat_export():
    crate = crate_of("kadi4mat-records-example.eln")
    (rec,) = crate.records
    assert rec.name == "records-example" and rec.authors == ["Manideep"]
    assert rec.description == "This is a sample record."      # a TextObject description
    assert {f.name for f in rec.files} == {"records-example.json", "records-example.ttl", "example.csv", "example.txt"}
    assert {m.key: m.value for m in rec.metadata}["actor.familyName"] == "Mustermann"


def test_sampledb_export():
    crate = crate_of("SampleDB-sampledb_export.eln")
    assert [r.name for r in crate.records] == ["Measurement", "OMBE-1"]   # versions are not records
    sample = by_name(crate, "OMBE-1")
    thickness = [m for m in sample.metadata if m.key == "multilayer.0.films.0.thickness"][0]
    assert thickness.value == 5.0 and thickness.unit == "Å" and thickness.unit_code == "A11"
    assert len(sample.comments) == 2 and sample.authors == ["Instrument Scientist"]
    assert {f.name for f in sample.files} >= {"example.txt", "demo.png"}
    assert by_name(crate, "Measurement").keywords == ["example_tag", "other_tag", "tag3"]


def test_pasta_export():
    crate = crate_of("PASTA-PASTA.eln")
    assert len(crate.records) == 9
    assert {r.genre for r in crate.records} >= {"folder", "device", "sample"}
    data = by_name(crate, "Data files")
    csv = next(f for f in data.files if f.name == "simple.csv")
    assert csv.size == 187 and csv.sha256.startswith("8e31450c")
    assert {m.key: m.unit for m in csv.metadata}["metaUser.sampleFrequency"] == "Hz"
    remote = [f for f in data.files if f.url]
    assert remote and remote[0].data is None              # remote files stay links
    assert by_name(crate, "This is an example task").authors == ["Steffen Brinckmann"]   # from the root


def test_opensemanticlab_export():
    crate = crate_of("OpenSemanticLab-MinimalExample.osl.eln")
    (rec,) = crate.records
    assert rec.name == "MinimalExample" and rec.authors == ["TestPerson"] and rec.created.startswith("2021")


@pytest.mark.parametrize("name,records", [
    ("elabftw-export.eln", 12), ("kadi4mat-records-example.eln", 1), ("SampleDB-sampledb_export.eln", 2),
    ("PASTA-PASTA.eln", 9), ("OpenSemanticLab-MinimalExample.osl.eln", 1)])
def test_cli_imports_every_example(tmp_path, capsys, name, records):
    path = example(name)
    data = tmp_path / "data"
    # every record becomes a lab entry; those naming no material are entries without sample
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph", "--json", "--dry-run"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["records"] == records and len(out["entries"]) == records
    for e in out["entries"]:
        assert e["kind"] in ("sample", "note") and e["explain"]
        if e["kind"] == "note":
            assert any("without sample" in x["what"] for x in e["explain"])
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    repo = EntryRepository(data)
    assert len(repo.ids()) == records
    for rev in repo.list():
        entry = load_entry(rev.document)
        assert entry.title and entry.author and entry.origin
        for f in rev.document["files"]:
            assert repo.read_file(f["sha256"])                 # stored bytes match their hash
        assert any(f["name"] == "eln-record.json" for f in rev.document["files"])
    # importing again changes nothing (stable ids, identical documents)
    capsys.readouterr()
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    assert "stored 0 revision(s)" in capsys.readouterr().out
    assert repo.count_revisions() == records


def test_sample_option_no_longer_forces_one_system(tmp_path, capsys):
    path = example("PASTA-PASTA.eln")
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path), "--sample", "MgH2"]) == 2
    err = capsys.readouterr().err
    assert "assign-sample" in err and not (tmp_path / "entries").exists()


def test_every_kind_of_content_is_kept():
    """eLabFTW's gold experiment: body, authors, comments with author/date, links between entries,
    typed extra fields with units; SampleDB: PropertyValues with units; PASTA: nested records."""
    crate = crate_of("elabftw-export.eln")
    ids = {r.id: f"id{k}" for k, r in enumerate(crate.records)}
    from ingest.eln.to_entry import link_entries
    mapped = [map_record(r, file="x.eln", publisher=crate.publisher) for r in crate.records]
    for m, r in zip(mapped, crate.records):
        m.document["id"] = ids[r.id]
    link_entries(mapped, ids)
    gold = next(m.document for m in mapped if m.record.name == "Gold master experiment")
    assert gold["samples"] == [] and "DNA" in gold["body"] or gold["body"]
    assert gold["comments"][0]["author"] == "Nicola Mohr" and gold["comments"][0]["created"]
    aspirin = ids[next(r.id for r in crate.records if r.name == "Synthesis of Aspirin")]
    assert {"relation": "mentions", "target": aspirin} in gold["links"]     # a link to the entry it became
    units = [f for m in mapped for f in m.document["fields"] if f.get("unit") == "mM"]
    assert units and units[0]["name"] == "Number with units"
    sample = next(m for m in by_records(crate_of("SampleDB-sampledb_export.eln")) if m.record.name == "OMBE-1")
    thickness = [f for f in sample.document["fields"] if f.get("key") == "multilayer.0.films.0.thickness"]
    assert thickness[0]["value"] == 5.0 and thickness[0]["unit"] == "Å" and thickness[0]["unit_code"] == "A11"
    pasta = by_records(crate_of("PASTA-PASTA.eln"))
    sub = next(m for m in pasta if m.record.name == "This is an example subtask")
    assert {"relation": "isPartOf", "target": "./PastasExampleProject/001_ThisIsAnotherExampleTask/"} \
        in sub.document["links"]                                    # nested under its task, not the root
    csv = [f for m in pasta for f in m.document["fields"] if f.get("file") == "simple.csv"]
    assert {(f["name"], f.get("unit")) for f in csv} >= {("Metauser → Samplefrequency", "Hz")}


def by_records(crate):
    return [map_record(r, file="x.eln", publisher=crate.publisher) for r in crate.records]


def _hydride_eln(path: Path, unit: str = "wt%") -> Path:
    """An eLabFTW-shaped export of a hydride experiment (written here, not taken from anywhere)."""
    extra = {"extra_fields": {
        "Sample": {"type": "text", "value": "MgH2 + 5 wt% Nb2O5"},
        "hydrogen capacity": {"type": "number", "value": "6.1", "unit": unit, "units": ["wt%"]},
        "Onset dehydrogenation temperature": {"type": "number", "value": "205", "unit": "°C"},
        "temperature": {"type": "number", "value": "300", "unit": "°C"},
        "Ball mill": {"type": "select", "value": "Fritsch P7"}}}
    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}, "sdPublisher": {"@id": "#publisher"}},
        {"@id": "#publisher", "@type": "Organization", "name": "eLabFTW"},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./Nb2O5 run - 1a2b/"}]},
        {"@id": "./Nb2O5 run - 1a2b/", "@type": "Dataset", "name": "Nb2O5-catalysed run 7",
         "genre": "experiment", "author": {"@id": "person://x"}, "dateCreated": "2026-03-02T10:00:00+01:00",
         "keywords": "hydrogen storage,catalysis", "text": "<p>Milled <b>2 h</b> &amp; cycled.</p><script>x()</script>",
         "variableMeasured": [{"@id": "pv://m"}], "hasPart": [{"@id": "./Nb2O5 run - 1a2b/tpd.csv"}],
         "comment": [{"@id": "comment://1"}]},
        {"@id": "pv://m", "@type": "PropertyValue", "propertyID": "elabftw_metadata", "value": json.dumps(extra)},
        {"@id": "./Nb2O5 run - 1a2b/tpd.csv", "@type": "File", "name": "tpd.csv", "encodingFormat": "text/csv",
         "contentSize": "12", "sha256": "0f0d6a3ac8a7ba1d3ee2e8b0f1bbd2b67b10bfb0d3dcd3e86cd8d5e36f1f7c3e"},
        {"@id": "comment://1", "@type": "Comment", "text": "check the Nb valence", "author": {"@id": "person://x"}},
        {"@id": "person://x", "@type": "Person", "givenName": "Ada", "familyName": "Hydride"},
    ]}
    import hashlib
    body = b"T,signal\n1,2\n"
    meta["@graph"][5]["contentSize"] = str(len(body))
    meta["@graph"][5]["sha256"] = hashlib.sha256(body).hexdigest()
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("run7/ro-crate-metadata.json", json.dumps(meta))
        zf.writestr("run7/Nb2O5 run - 1a2b/tpd.csv", body)
    return path


def test_hydride_record_maps_onto_an_entry(tmp_path):
    path = _hydride_eln(tmp_path / "run7.eln")
    crate = read_crate(open_eln(path))
    (rec,) = crate.records
    m = map_record(rec, file=str(path), publisher=crate.publisher)
    doc = m.document
    assert doc["author"] == "Ada Hydride" and doc["tags"] == ["hydrogen storage", "catalysis"]
    (sample,) = doc["samples"]
    assert sample["system"] == "MgH2 + 5 wt% Nb2O5"
    got = {x["property"]: (x["value"], x["unit"], x.get("conditions")) for x in sample["measurements"]}
    assert got["hydrogen_capacity"][:2] == (6.1, "wt%")
    assert got["onset_dehydrogenation_temperature"][:2] == (205.0, "°C")
    assert got["hydrogen_capacity"][2] == {"temperature": {"value": 300.0, "unit": "°C"}}
    assert "Milled 2 h & cycled." in doc["body"] and "x()" not in doc["body"]   # text, never HTML or script
    mill = next(f for f in doc["fields"] if f["name"] == "Ball mill")             # unmatched: verbatim
    assert (mill["value"], mill["kind"], mill["unit"]) == ("Fritsch P7", "select", "")
    assert doc["comments"] == [{"text": "check the Nb valence", "author": "Ada Hydride", "created": ""}]
    assert {f["name"] for f in doc["fields"]} >= {"Sample", "hydrogen capacity", "temperature"}   # all kept
    assert m.kind == "sample" and ("sample s1: MgH2 + 5 wt% Nb2O5", "named by the field 'Sample'") in m.explain
    assert {f["name"] for f in doc["files"]} == {"tpd.csv", "eln-record.json"}
    entry = load_entry(doc)
    assert entry.system("s1").host.formula == "MgH2"


def test_property_with_a_unit_that_does_not_fit_stays_a_field(tmp_path):
    path = _hydride_eln(tmp_path / "bad.eln", unit="kJ/mol")
    crate = read_crate(open_eln(path))
    m = map_record(crate.records[0], file=str(path))
    props = {x["property"] for x in m.document["samples"][0]["measurements"]}
    assert "hydrogen_capacity" not in props and "onset_dehydrogenation_temperature" in props
    assert any(f["name"] == "hydrogen capacity" and f["unit"] == "kJ/mol" for f in m.document["fields"])
    why = dict(m.explain)
    assert "kJ/mol" in why["field 'hydrogen capacity'"] and "does not fit" in why["field 'hydrogen capacity'"]


def test_plain_text_never_keeps_markup():
    assert plain_text("<h1>Goal</h1><p>a &lt;b&gt; c</p><style>p{}</style>") == "Goal\n\na <b> c"


def test_odd_dates_and_links_are_kept_not_refused(tmp_path):
    from ingest.eln.crate import ElnRecord
    rec = ElnRecord(id="./r/", name="LiBH4 run", created="2026-05-02T10:00:00", modified="2026-05-01T09:00:00",
                    links=[("mentions", "./objects/1/")])
    doc = map_record(rec, file="x.eln").document
    assert doc["created"].startswith("2026-05-02") and "updated" not in doc      # would run backwards
    assert "modified (as the ELN wrote it): 2026-05-01T09:00:00" in doc["observations"]
    assert {"relation": "mentions", "target": "./objects/1/"} in doc["links"]
    rec = ElnRecord(id="./r/", name="LiBH4 run", created="last Tuesday")
    doc = map_record(rec, file="x.eln").document
    assert "created" not in doc and "created (as the ELN wrote it): last Tuesday" in doc["observations"]


def test_blank_names_and_empty_comments_do_not_refuse_a_record():
    from ingest.eln.crate import ElnComment, ElnRecord, MetaValue
    rec = ElnRecord(id="./r/", name="Buffer", metadata=[MetaValue(name="  ", value=3, key=" ")],
                    comments=[ElnComment(text=""), ElnComment(text="ok", author="A")])
    doc = map_record(rec, file="x.eln").document
    assert doc["fields"][0]["name"] == "field" and doc["comments"] == [{"text": "ok", "author": "A", "created": ""}]
