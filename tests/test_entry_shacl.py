"""Lab entries are SHACL-validated before a revision is stored, on every path that writes one.

A valid entry is stored and its RDF conforms; an entry whose RDF breaks a shape is refused with the
entry and the field named and nothing written — whether the shape is one the pydantic model does not
check (additives adding up to 100 wt% or more) or the model was bypassed (``model_construct``); and
the shapes file itself catches a hand-written bad graph.
"""
from __future__ import annotations

import json
import math
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import Graph

import kg.entry_shapes
from kg.entries import EntryRepository, InvalidEntryError
from kg.entry_shapes import check_documents
from kg.rdf_export import batch_to_rdf, shacl_check
from ontology.models import Measurement
from ontology.namespaces import HKG, QUDT
from ontology.vocabulary import vocabulary

CREATED, DATE, DATETIME = rns.DCTERMS.created, rns.XSD.date, rns.XSD.dateTime

def entry(system="MgH2–10 wt% Ni", **extra) -> dict:
    return {"title": "Ni-catalysed MgH2, milled 10 h", "author": "A. Researcher", **extra,
            "samples": [{"id": "S1", "system": system, "measurements": [
                {"property": "hydrogen_capacity", "value": 6.1, "unit": "wt%",
                 "conditions": {"temperature": "300 degC"}},
                {"property": "dehydrogenation_activation_energy", "value": 95, "unit": "kJ/mol"},
                {"property": "onset_dehydrogenation_temperature", "value": 520, "unit": "K"}]}]}


# Passes pydantic and the ontology checks of ingest.entries.entry, but leaves nothing for the host: the
# SHACL shape on material systems refuses it.
OVERFULL = "MgH2–60 wt% Ni–50 wt% Fe"


@pytest.fixture
def shapes_only(monkeypatch):
    """The entry model refuses OVERFULL itself since issue 12; these tests are about the SHACL refusal
    reaching each interface, so the model's own sum check is switched off for them."""
    import ingest.entries.entry

    monkeypatch.setattr(ingest.entries.entry, "_amounts_add_up", lambda *a: True)


def stored_files(data_dir: Path) -> list[str]:
    root = data_dir / "entries"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != ".lock")


# ------------------------------------------------------------------------------------ valid
def test_valid_entry_passes_and_is_stored_with_a_conforming_graph(tmp_path):
    from ingest.entries.entry import entry_to_batch, load_entry

    repo = EntryRepository(tmp_path)
    rev = repo.create(entry(), author="alice", entry_id="mg-ni")
    assert (rev.entry_id, rev.revision) == ("mg-ni", 1)
    assert repo.get("mg-ni").document["samples"][0]["system"] == "MgH2–10 wt% Ni"
    rev2 = repo.edit("mg-ni", entry(created="2026-05-01"), base=1, author="bob")
    assert rev2.revision == 2

    # the RDF the check validated: conforms, and the entry has a date (its own, or the revision's)
    e = load_entry(repo.get("mg-ni").document)
    g = batch_to_rdf(entry_to_batch(e, 2))
    conforms, violations, report = shacl_check(g)
    assert conforms, report
    (created,) = g.objects(None, CREATED)
    assert str(created).startswith("2026-05-01") and created.datatype in (DATE, DATETIME)
    undated = load_entry(repo.get("mg-ni", 1).document)
    when = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
    (created,) = batch_to_rdf(entry_to_batch(undated, 1, created=when)).objects(None, CREATED)
    assert created.datatype == DATETIME and str(created).startswith("2026-06-01T09:30")


def test_cli_add_stores_a_valid_entry(monkeypatch, tmp_path, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_USER", "tester")
    path = tmp_path / "e.json"
    path.write_text(json.dumps(entry()), encoding="utf-8")
    assert main(["entry", "add", str(path), "--id", "ok1", "--data-dir", str(tmp_path / "d"), "--no-graph"]) == 0
    assert EntryRepository(tmp_path / "d").ids() == ["ok1"]


# --------------------------------------------------------------------- a shape pydantic lacks
def test_overfull_composition_is_refused_by_pydantic_and_by_the_shapes(tmp_path, monkeypatch):
    import ingest.entries.entry
    from ingest.entries.entry import EntryValidationError, load_entry

    with pytest.raises(EntryValidationError, match="nothing would be left for the host"):
        load_entry(entry(OVERFULL))                   # the entry model refuses it first (issue 12) …
    # … and the SHACL shape, the second line of defence, still does without that check:
    monkeypatch.setattr(ingest.entries.entry, "_amounts_add_up", lambda *a: True)
    load_entry(entry(OVERFULL))
    repo = EntryRepository(tmp_path)
    repo.create(entry(), author="alice", entry_id="keep")
    before = stored_files(tmp_path)
    with pytest.raises(InvalidEntryError) as info:
        repo.create(entry(OVERFULL), author="alice", entry_id="overfull")
    err = info.value
    (p,) = err.problems
    assert (p.entry_id, p.path) == ("overfull", "samples[0].system")
    assert "add up to 110" in p.message and "host" in p.fix
    assert "entry 'overfull'" in str(err) and "samples[0].system" in str(err) and "nothing was stored" in str(err)
    # an edit is refused the same way; the store is exactly as before
    with pytest.raises(InvalidEntryError, match=r"samples\[0\]\.system"):
        repo.edit("keep", entry(OVERFULL), base=1, author="bob")
    assert stored_files(tmp_path) == before
    assert repo.ids() == ["keep"] and repo.get("keep").revision == 1


def test_explicit_additives_are_named_as_such(tmp_path):
    doc = entry()
    doc["samples"][0].pop("system")
    doc["samples"][0].update(host={"formula": "MgH2"}, additives=[{"formula": "Ni", "amount": "60 wt%"},
                                                                   {"formula": "Fe", "amount": "50 wt%"}])
    with pytest.raises(InvalidEntryError) as info:
        EntryRepository(tmp_path).create(doc, author="alice", entry_id="explicit")
    assert [p.path for p in info.value.problems] == ["samples[0].additives"]
    assert stored_files(tmp_path) == []


def test_cli_add_refuses_with_the_field_and_writes_nothing(shapes_only, monkeypatch, tmp_path, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_USER", "tester")
    path = tmp_path / "bad.yaml"
    path.write_text(json.dumps(entry(OVERFULL)), encoding="utf-8")
    assert main(["entry", "add", str(path), "--id", "bad1", "--data-dir", str(tmp_path / "d"), "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "entry 'bad1'" in err and "samples[0].system" in err and "fix:" in err
    assert stored_files(tmp_path / "d") == []


# -------------------------------------------------------------------- pydantic bypassed
@pytest.mark.parametrize("row, change, path, words", [
    (2, {"unit": "wt%"}, "samples[0].measurements[2].unit", "is not the canonical unit unit:DEG_C"),
    (0, {"value": math.nan}, "samples[0].measurements[0].value", "finite"),
    (1, {"value": 120.0, "value_max": 80.0}, "samples[0].measurements[1].value", "backwards"),
    (1, {"qualifier": "roughly"}, "samples[0].measurements[1].qualifier", "one of ="),
])
def test_measurement_built_past_pydantic_is_refused_at_its_field(monkeypatch, tmp_path, row, change, path, words):
    """``model_construct`` skips every validator (no unit conversion, no finiteness or range check):
    the RDF of such a measurement breaks a shape, and the repository refuses the entry."""
    real = kg.entry_shapes.entry_to_batch

    def bypassing(entry_, revision=1, **kw):
        batch = real(entry_, revision, **kw)
        m = batch.measurements[row]
        batch.measurements[row] = Measurement.model_construct(**{**dict(m), **change})
        return batch

    monkeypatch.setattr(kg.entry_shapes, "entry_to_batch", bypassing)
    repo = EntryRepository(tmp_path)
    with pytest.raises(InvalidEntryError) as info:
        repo.create(entry(), author="alice", entry_id="bypass")
    paths = {p.path: p for p in info.value.problems}
    assert path in paths, str(info.value)
    assert words in paths[path].message and paths[path].fix
    assert all(p.entry_id == "bypass" for p in info.value.problems)
    assert stored_files(tmp_path) == []


def test_documents_that_are_not_lab_entries_are_refused_by_the_repository(tmp_path):
    """Python code writing through the repository gets the model's checks too (field named)."""
    repo = EntryRepository(tmp_path)
    bad = entry()
    bad["samples"][0]["measurements"][0]["value"] = 12.0      # above MgH2's theoretical 7.66 wt%
    with pytest.raises(InvalidEntryError) as info:
        repo.create(bad, author="alice", entry_id="too-much")
    assert info.value.problems[0].path == "samples[0].measurements[0].value"
    assert stored_files(tmp_path) == []


# ---------------------------------------------------------------------------- bulk paths
def test_many_entries_are_checked_in_one_run_and_one_bad_refuses_all(tmp_path):
    calls = []

    def counting(items):
        calls.append(len(items))
        check_documents(items)

    repo = EntryRepository(tmp_path, check=counting)
    docs = [("a", entry()), ("b", entry(OVERFULL)), ("c", entry("MgH2"))]
    with pytest.raises(InvalidEntryError) as info:
        repo.validate(docs)
    assert {p.entry_id for p in info.value.problems} == {"b"}
    assert "entry 'b'" in str(info.value) and "'a'" not in str(info.value)
    assert calls == [3] and stored_files(tmp_path) == []

    good = [docs[0], docs[2]]
    repo.validate(good)
    for eid, doc in good:                                  # validated once: not checked again
        repo.create(doc, author="importer", entry_id=eid)
    assert calls == [3, 2]
    repo.edit("a", entry("MgH2–5 wt% Ni"), base=1, author="x")   # new content: checked
    assert calls == [3, 2, 1] and repo.ids() == ["a", "c"]


def test_table_import_refuses_the_whole_file_naming_the_failing_entry(shapes_only, monkeypatch, tmp_path, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_USER", "tester")
    csv = tmp_path / "lab.csv"
    csv.write_text("Entry,Title,Sample,Material,Property,Value,Unit\n"
                   "E1,good run,A,MgH2–10 wt% Ni,hydrogen capacity,6.1,wt%\n"
                   f"E2,overfull run,A,{OVERFULL},hydrogen capacity,5.0,wt%\n", encoding="utf-8")
    data = tmp_path / "d"
    assert main(["import", "table", str(csv), "--author", "me", "--data-dir", str(data), "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "overfull-run" in err and "samples[0].system" in err and "nothing was stored" in err
    assert "good-run" not in err
    assert not (data / "entries").exists() or EntryRepository(data).ids() == []


def test_eln_import_refuses_the_whole_archive_naming_the_failing_entry(shapes_only, monkeypatch, tmp_path, capsys):
    from test_eln_import import _hydride_eln

    from ui.cli import main

    path = _hydride_eln(tmp_path / "run.eln")
    with zipfile.ZipFile(path) as zf:                    # the same record, with an overfull sample
        files = {n: zf.read(n) for n in zf.namelist()}
    meta = "run7/ro-crate-metadata.json"
    files[meta] = files[meta].replace(b"MgH2 + 5 wt% Nb2O5", b"MgH2 + 60 wt% Ni + 50 wt% Fe")
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in files.items():
            zf.writestr(n, data)
    monkeypatch.setenv("HKG_USER", "tester")
    data_dir = tmp_path / "d"
    assert main(["eln", "import", str(path), "--data-dir", str(data_dir), "--dry-run"]) == 2
    assert main(["eln", "import", str(path), "--data-dir", str(data_dir), "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "samples[0].system" in err and "add up to 110" in err and "nothing was stored" in err
    assert stored_files(data_dir) == []                  # no revision, no attached file either


def test_record_page_save_shows_the_refusal_at_the_system_field(shapes_only, tmp_path):
    from kg.notebook import LabNotebook
    from ui.app import record

    doc = entry(OVERFULL)
    checked = record.check(doc)
    assert checked.entry is not None                     # the page's own check lets it through
    with pytest.raises(record.Refused) as info:
        record.save(checked.entry, author="alice", notebook=LabNotebook(tmp_path, graph=False))
    assert list(info.value.errors) == ["s0_system"]
    assert "add up to 110" in info.value.errors["s0_system"][0]
    assert stored_files(tmp_path) == []


# ------------------------------------------------------------------------- the shapes file
def test_shapes_catch_a_hand_written_bad_graph():
    vocab = vocabulary()
    iri = {f: vocab.by_formula(f).iri for f in ("MgH2", "Ni", "Fe")}
    onset = vocab.property("onset_dehydrogenation_temperature").iri
    d = "https://w3id.org/hydridekg/data/"
    bad = f"""
    @prefix hkg: <{HKG}> . @prefix qudt: <{QUDT}> . @prefix unit: <http://qudt.org/vocab/unit/> .
    @prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

    <{d}source/e1> a hkg:Source, hkg:LabEntry, prov:Entity ; hkg:sourceKind "lab_entry" ;
        dcterms:title "hand-written" ; prov:wasAttributedTo <{d}agent/ada> .
    <{d}agent/ada> a prov:Agent ; rdfs:label "Ada" .
    <{d}system/s1> a hkg:MaterialSystem ; hkg:hasHost <{iri['MgH2']}> ;
        hkg:hasComponent <{d}system/s1/additive/ni>, <{d}system/s1/additive/fe> .
    <{d}system/s1/additive/ni> a hkg:Component ; hkg:material <{iri['Ni']}> ; hkg:componentPart "additive" ;
        hkg:amount "60"^^xsd:double ; hkg:amountUnit "wt%" .
    <{d}system/s1/additive/fe> a hkg:Component ; hkg:material <{iri['Fe']}> ; hkg:componentPart "additive" ;
        hkg:amount "50"^^xsd:double ; hkg:amountUnit "wt%" .
    <{d}measurement/m1> a hkg:Measurement ; hkg:ofProperty <{onset}> ;
        qudt:numericValue "250"^^xsd:double ; hkg:maxValue "200"^^xsd:double ; hkg:qualifier "about" ;
        qudt:unit unit:PERCENT ; hkg:ofSystem <{d}system/s1> ;
        prov:wasDerivedFrom <{d}source/e1> ; prov:hadPrimarySource <{d}source/e1> .
    """
    conforms, violations, report = shacl_check(Graph().parse(data=bad, format="turtle"))
    assert not conforms
    found = {(str(v.focus).rsplit("/", 1)[-1], str(v.path).rsplit("#", 1)[-1].rsplit("/", 1)[-1]): v.message
             for v in violations}
    assert "date" in found[("e1", "created")]                        # a lab entry has a date
    assert "add up to 110" in found[("s1", "hasComponent")]          # nothing left for the host
    assert "canonical unit unit:DEG_C" in found[("m1", "unit")]      # unit is the property's canonical
    assert "backwards" in found[("m1", "numericValue")]
    assert "qualifier" in found[("m1", "qualifier")]
    assert len(violations) == 5, report

    fixed = (bad.replace('hkg:sourceKind "lab_entry" ;', 'hkg:sourceKind "lab_entry" ; dcterms:created "2026-05-01"^^xsd:date ;')
             .replace('"50"^^xsd:double', '"5"^^xsd:double').replace('"200"^^xsd:double', '"270"^^xsd:double')
             .replace('"about"', '"~"').replace("unit:PERCENT", "unit:DEG_C"))
    conforms, violations, report = shacl_check(Graph().parse(data=fixed, format="turtle"))
    assert conforms, report
