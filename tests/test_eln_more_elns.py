""".eln archives shaped like the exports of many ELNs (RSpace, SciLog, datalab, AI4Green, BenchLineage,
sensolytics, Reformulation Assurance, old and new eLabFTW, Kadi4Mat collections, PASTA) import whole.

The fixtures in tests/fixtures/eln/ are crates written here with hydride values, reproducing each ELN's
structure as its README in TheELNConsortium/TheELNFileFormat shows it (types, nesting, id styles, dates,
where the text lives).  In a fixture ``"sha256": "auto"`` / ``"contentSize": "auto"`` are the member's
real digest and size, ``"sha256": "md5"`` its MD5 (what PASTA wrote), so the JSON stays readable.
"""
from __future__ import annotations

import copy
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from ingest.eln.archive import ElnArchiveError, open_eln
from ingest.eln.crate import CrateError, read_crate
from ingest.eln.to_entry import link_entries, map_record
from ingest.entries.entry import load_entry
from kg.entries import EntryRepository
from kg.notebook import LabNotebook
from ui.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "eln"
ELNS = sorted(p.stem for p in FIXTURES.glob("*.json"))


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def build(tmp_path: Path, name: str, spec: dict | None = None, *, drop: tuple[str, ...] = ()) -> Path:
    """The fixture as an .eln zip (its members under ``folder``, or at the zip's root when '')."""
    spec = copy.deepcopy(spec or fixture(name))
    members = {k: v.encode("utf-8") for k, v in spec["members"].items()}
    for node in spec["metadata"]["@graph"]:
        rel = "/".join(p for p in str(node.get("@id", "")).split("/") if p not in ("", "."))
        data = members.get(rel)
        if node.get("sha256") == "auto":
            node["sha256"] = hashlib.sha256(data).hexdigest()
        elif node.get("sha256") == "md5":
            node["sha256"] = hashlib.md5(data).hexdigest()
        if node.get("contentSize") == "auto":
            node["contentSize"] = str(len(data))
    prefix = f"{spec['folder']}/" if spec["folder"] else ""
    path = tmp_path / f"{name}.eln"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(prefix + "ro-crate-metadata.json", json.dumps(spec["metadata"], indent=1))
        for rel, data in members.items():
            if rel not in drop:
                zf.writestr(prefix + rel, data)
    return path


def mapped(path: Path):
    crate = read_crate(open_eln(path))
    out = [map_record(r, file=str(path), publisher=crate.publisher) for r in crate.records]
    ids = {m.record.id: f"e{k}" for k, m in enumerate(out)}
    for m in out:
        m.document["id"] = ids[m.record.id]
    link_entries(out, ids)
    return crate, {m.record.id: m for m in out}


# What each ELN's crate must give: publisher, the records' titles, and checks on single entries.
EXPECT = {
    "ai4green": ("AI4Green", {"Mg(BH4)2 by metathesis"}),
    "benchlineage": ("BenchLineage", {"Catalysed MgH2 desorption study"}),
    "datalab": ("test", {"LiBH4 ball-milled with MgH2", "MgNi-07"}),
    "elabftw_resources": ("eLabFTW", {"LiBH4 lot 7", "2LiBH4 + MgH2 reactive composite"}),
    "elabftw_single_experiment": ("eLabFTW", {"γ-Mg(BH4)2 desorption"}),
    "elabftw_v0": ("", {"MgH2 milling 10 h"}),
    "generic_oddities": ("", {"NaAlH4 doped with TiCl3", "KBH4 reference"}),
    "kadi4mat_collection": ("Kadi4Mat", {"hydride-collection", "mgh2-tpd"}),
    "linked_data_forms": ("Generic RO-Crate tool", {"Mg2NiH4 run 1", "Mg2NiH4 run 2 (cycled)",
                                                     "Mg2NiH4 run 3 (values in place)"}),
    "openbis_profile": ("", {"Mg2FeH6 batch 7", "Glovebox shelf 2"}),
    "pasta_v2": ("PASTA ELN", {"Hydride project", "Desorption of Mg2FeH6"}),
    "reformulation": ("Reformulation Assurance", {"MgH2 + 5 wt% Nb2O5 cycling dossier v1"}),
    "root_only": ("", {"kbh4-run-3"}),
    "spec_example": ("", {"MgH2 TPD at 5 K/min"}),
    "rspace": ("RSpace", {"doc_MgH2-Ni-41", "doc_LiBH4-SiO2-42"}),
    "scilog": ("Example Beamline Institute",
               {"SciLog ELN export: beamtime-hydrides", "Paragraph 6a01", "Paragraph 6a02", "Paragraph 6a03"}),
    "sensolytics": ("Sensolytics GmbH", {"Mg2NiH4 electrode scan"}),
}


def test_every_fixture_has_expectations():
    assert set(ELNS) == set(EXPECT)


@pytest.mark.parametrize("eln", ELNS)
def test_each_eln_maps_onto_valid_entries(tmp_path, eln):
    path = build(tmp_path, eln)
    crate, by_id = mapped(path)
    publisher, titles = EXPECT[eln]
    assert crate.publisher == publisher
    assert {m.document["title"] for m in by_id.values()} == titles
    spec = fixture(eln)
    for m in by_id.values():
        entry = load_entry(m.document)                         # every document is a valid entry
        assert entry.title and entry.author
        for f in m.document["files"]:                          # every attached file's bytes are there
            assert hashlib.sha256(m.files[f["sha256"]]).hexdigest() == f["sha256"]
        for f in m.record.files:
            if f.data is not None and f.path in spec["members"]:
                assert f.data == spec["members"][f.path].encode()


@pytest.mark.parametrize("eln", ELNS)
def test_each_eln_imports_through_the_cli_and_again_changes_nothing(tmp_path, capsys, eln):
    path = build(tmp_path, eln)
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0, capsys.readouterr().err
    repo = EntryRepository(data)
    assert len(repo.ids()) == len(EXPECT[eln][1])
    for rev in repo.list():
        for f in rev.document["files"]:
            assert repo.read_file(f["sha256"])
    capsys.readouterr()
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    assert "stored 0 revision(s)" in capsys.readouterr().out


def by_title(by_id, title):
    return next(m for m in by_id.values() if m.document["title"] == title)


def files_of(m) -> set[str]:
    return {f["name"] for f in m.document["files"]} - {"eln-record.json"}


def test_rspace(tmp_path):
    crate, by_id = mapped(build(tmp_path, "rspace"))
    doc = by_title(by_id, "doc_MgH2-Ni-41").document
    # RSpace dates only the files, in dd:MM:yy:HH:mm:ss: the entry gets its earliest and latest, explained
    assert doc["created"].startswith("2026-11-02T09:10:05") and doc["updated"].startswith("2026-11-03T14:02:51")
    assert "dates from the record's files" in dict(by_title(by_id, "doc_MgH2-Ni-41").explain)
    assert doc["tags"] == ["MgH2", "ball milling"]                     # quotes around keywords dropped
    assert files_of(by_title(by_id, "doc_MgH2-Ni-41")) == {
        "doc_MgH2-Ni-41.xml", "doc_MgH2-Ni-41_form.xml", "tpd_trace_1701775572474.png"}
    other = by_title(by_id, "doc_LiBH4-SiO2-42")
    # the link dataset './doc_X/doc_Y' (identifier './doc_Y') is a link to the other document, not a record
    assert {"relation": "mentions", "target": other.document["id"]} in doc["links"]
    # a stamp that is no date (day 32, month 13) is kept as written, with a warning that says so
    assert "created" not in other.document
    assert "created (as the ELN wrote it): 32:13:26:99:00:00" in other.document["observations"]
    assert any("32:13:26:99:00:00" in why for what, why in other.explain if "date" in what)


def test_a_crate_whose_root_is_the_experiment(tmp_path):
    crate, by_id = mapped(build(tmp_path, "root_only"))
    (m,) = by_id.values()
    assert m.document["title"] == "kbh4-run-3" and m.document["author"] == "S. Ingle"
    assert files_of(m) == {"xrd_after.xy", "notes.txt"} and "annealed at 500 K" in m.document["body"]
    assert m.document["created"].startswith("2026-10-01")
    assert any("no Dataset under its root" in w for w in crate.warnings)


def test_scilog(tmp_path):
    crate, by_id = mapped(build(tmp_path, "scilog"))
    book = by_title(by_id, "SciLog ELN export: beamtime-hydrides")
    first = by_title(by_id, "Paragraph 6a01").document
    assert "Loaded Mg(BH4)2 capillary" in first["body"] and "<" not in first["body"]
    assert {"relation": "isPartOf", "target": book.document["id"]} in first["links"]
    assert first["created"].startswith("2026-10-30T08:10") and first["tags"] == ["xrd", "loading"]
    ramp = by_title(by_id, "Paragraph 6a02").document
    # a Comment that is also a Dataset is the message's comment, not an entry of its own
    assert ramp["comments"] == [{"text": "ramp rate was 2 K/min, not 5", "author": "k.tester@lab.invalid",
                                 "created": "2026-10-30T10:00:00.000Z"}]
    assert files_of(by_title(by_id, "Paragraph 6a03")) == {"6a03cc.csv"}      # a MediaObject is a file
    assert files_of(by_title(by_id, "Paragraph 6a02")) == {"ramp.png"}        # a comment's file: the message's


def test_datalab(tmp_path):
    crate, by_id = mapped(build(tmp_path, "datalab"))
    m = by_title(by_id, "MgNi-07")                      # an empty name: the identifier is the title
    assert files_of(m) == {"pct_300C.csv"} and m.document["created"].startswith("2026-04-03")


def test_ai4green(tmp_path):
    crate, by_id = mapped(build(tmp_path, "ai4green"))
    doc = by_title(by_id, "Mg(BH4)2 by metathesis").document
    assert doc["author"] == "R. Metathesis" and doc["created"].startswith("2026-07-18")
    assert "LiCl was removed" in doc["body"] and "MgCl2 476" in doc["body"]     # description and text
    assert doc["comments"][0]["text"] == "yield lower than expected"
    assert files_of(by_title(by_id, "Mg(BH4)2 by metathesis")) == {"AI4-014.rxn", "AI4-014.json"}


def test_benchlineage(tmp_path):
    crate, by_id = mapped(build(tmp_path, "benchlineage"))
    m = by_title(by_id, "Catalysed MgH2 desorption study")
    assert files_of(m) == {"tpd-ramp.csv", "run-001.json", "seal.json"}
    assert m.document["author"] == "B. Lineage" and m.document["tags"] == ["tpd", "desorption", "kinetics"]
    assert {"relation": "mentions", "target": "#study-tpd"} in m.document["links"]


def test_sensolytics_without_a_root_folder(tmp_path):
    path = build(tmp_path, "sensolytics")
    assert all("/" not in n or n.startswith("Data/") for n in zipfile.ZipFile(path).namelist())
    crate, by_id = mapped(path)
    m = by_title(by_id, "Mg2NiH4 electrode scan")
    assert files_of(m) == {"0001_16082,5_17494_CV.nox", "0002_15582,5_17994_CV.nox",
                           "26-04-25_045906 Experiment Info.txt"}
    assert any("root folder" in w for w in crate.warnings)


def test_reformulation_assurance_crate_1_2(tmp_path):
    crate, by_id = mapped(build(tmp_path, "reformulation"))
    (m,) = by_id.values()
    fields = {f["name"]: f for f in m.document["fields"]}
    assert fields["Project"]["value"] == "Nb2O5 catalysis" and fields["dossier version"]["value"] == 1
    (sample,) = m.document["samples"]
    assert sample["system"].startswith("MgH2 + 5 wt% Nb2O5")
    # a unit given only as a QUDT code is the unit the ontology pairs with the property
    got = {x["property"]: (x["value"], x["unit"]) for x in sample["measurements"]}
    assert got["hydrogen_capacity"] == (6.1, "wt%")
    assert files_of(m) == {"SHA256SUMS.txt", "results.csv"}


def test_elabftw_v0(tmp_path):
    crate, by_id = mapped(build(tmp_path, "elabftw_v0"))
    (m,) = by_id.values()
    assert m.document["author"] == "Bea Milling" and m.document["created"].startswith("2022-05-29")
    assert "Reduce crystallite size." in m.document["body"]
    assert files_of(m) == {"2022-05-30-export.elabftw.csv", "tpd.csv"}


def test_elabftw_single_experiment(tmp_path):
    """2023-style eLabFTW: ids without '/', non-ASCII folder names, an int contentSize, links to records
    of the server that are not in the archive (kept as links), an entity in a comment."""
    crate, by_id = mapped(build(tmp_path, "elabftw_single_experiment"))
    (m,) = by_id.values()
    doc = m.document
    assert files_of(m) == {"export-elabftw.json", "tga.csv"} and doc["author"] == "Gam Borohydride"
    assert doc["comments"][0]["text"] == "It's the γ phase, not α"
    assert "Mass loss to 400 °C." in doc["body"]
    assert {"relation": "mentions", "target": "https://elab.example.invalid/database.php?mode=view&id=51"} \
        in doc["links"]
    assert doc["samples"][0]["system"].endswith("Mg(BH4)2")


def test_elabftw_resources(tmp_path):
    crate, by_id = mapped(build(tmp_path, "elabftw_resources"))
    rhc = by_title(by_id, "2LiBH4 + MgH2 reactive composite").document
    got = {x["property"]: (x["value"], x["unit"]) for x in rhc["samples"][0]["measurements"]}
    assert got == {"hydrogen_capacity": (10.5, "wt%"), "onset_dehydrogenation_temperature": (350.0, "°C")}
    lot = by_title(by_id, "LiBH4 lot 7").document
    assert {"relation": "mentions", "target": lot["id"]} in rhc["links"]
    assert rhc["comments"][0]["text"] == "two-step desorption seen" and rhc["comments"][0]["author"] == "Cara Composite"
    assert lot["tags"] == ["supplier lot", "borohydride"] and lot["samples"][0]["system"] == "LiBH4"


def test_kadi4mat_collection(tmp_path):
    crate, by_id = mapped(build(tmp_path, "kadi4mat_collection"))
    coll, rec = by_title(by_id, "hydride-collection"), by_title(by_id, "mgh2-tpd")
    assert {"relation": "isPartOf", "target": coll.document["id"]} in rec.document["links"]
    assert coll.document["body"] == "All MgH2 desorption records."
    assert "as-milled" in rec.document["body"] and rec.document["author"] == "Kai Mat"
    got = {x["property"]: (x["value"], x["unit"]) for x in rec.document["samples"][0]["measurements"]}
    assert got["peak_dehydrogenation_temperature"] == (345.0, "°C")
    assert files_of(rec) == {"mgh2-tpd.json", "tpd.csv"}
    tpd = next(f for f in rec.document["files"] if f["name"] == "tpd.csv")
    assert tpd["description"] == "desorption rate trace"            # Kadi4Mat's file 'text'
    assert rec.document["tags"] == ["MgH2", "tpd"]


def test_pasta_v2(tmp_path):
    crate, by_id = mapped(build(tmp_path, "pasta_v2"))
    task = by_title(by_id, "Desorption of Mg2FeH6")
    project = by_title(by_id, "Hydride project")
    assert {"relation": "isPartOf", "target": project.document["id"]} in task.document["links"]
    assert task.document["author"] == "Pia Pasta"                          # from the root
    assert project.document["author"] == "G. Standard"                     # 'authors' (gold standard)
    assert files_of(task) == {"run.csv"}
    assert any("MD5" in why for _, why in task.explain)                     # an MD5 under 'sha256', checked
    assert {"relation": "hasPart", "target": "https://example.invalid/remote.dat"} in task.document["links"]
    fields = {f["name"]: f for f in task.document["fields"]}
    assert fields["activation energy"]["unit"] == "kJ/mol"


def test_generic_oddities(tmp_path):
    """Descriptor last and named './ro-crate-metadata.json', ids without './', authors as strings,
    a duplicated Person, articleBody, impossible dates, inline PropertyValues, a file the zip lacks."""
    crate, by_id = mapped(build(tmp_path, "generic_oddities"))
    doc = by_title(by_id, "NaAlH4 doped with TiCl3").document
    assert doc["author"] == "J. Doe" and doc["authors"] == ["J. Doe", "A. N. Other"]
    assert "Isotherm at 150 °C." in doc["body"]
    assert "created" not in doc and "updated" not in doc
    assert "created (as the ELN wrote it): 2026-02-30" in doc["observations"]
    fields = {f["name"]: f for f in doc["fields"]}
    assert fields["temperature"]["unit"] == "°C" or fields["temperature"]["unit"] == "degC"
    # UN/CEFACT codes (schema.org's unitCode) are units; a code not understood stays with the field
    assert (fields["pressure"]["unit"], fields["pressure"]["unit_code"]) == ("bar", "BAR")
    assert not fields["milling time"].get("unit") and fields["milling time"]["unit_code"] == "ZZ9"
    (sample,) = doc["samples"]
    got = {x["property"]: (x["value"], x["unit"], x.get("conditions")) for x in sample["measurements"]}
    assert got["hydrogen_capacity"][:2] == (4.2, "wt%")
    assert got["onset_dehydrogenation_temperature"][:2] == (180.0, "degC")
    assert got["hydrogen_capacity"][2]["temperature"]["value"] == 150.0
    assert got["hydrogen_capacity"][2]["pressure"] == {"value": 100.0, "unit": "bar"}
    naalh4 = by_title(by_id, "NaAlH4 doped with TiCl3")
    assert files_of(naalh4) == {"iso.csv", "undescribed.txt"}          # listed, not described, in the zip
    assert naalh4.files_refused == [("ghost.dat", "listed in the metadata as 'exp-1/ghost.dat' but not in the archive")]
    kbh4 = by_title(by_id, "KBH4 reference")
    assert kbh4.document["author"] == "J. Doe"
    # a file the metadata lists but the zip lacks: the entry is kept, the file named with why
    assert kbh4.files_refused == [("gone.csv", "listed in the metadata as 'exp-2/gone.csv' but not in the archive")]
    assert any("gone.csv" in o for o in kbh4.document["observations"])


def test_unit_codes_are_read_from_the_ontology(monkeypatch):
    """The UN/CEFACT codes an .eln's unitCode may hold are the qudt:uneceCommonCode of the ontology's
    QUDT units: the code the import reads is the one the Turtle gives, and a code the graph gains is
    known without a line of code."""
    from rdflib import Graph, Literal

    from ingest.entries.entry_fields import unit_of_code
    from ontology.namespaces import HKG, QUDT, UNIT
    from ontology.units import parse_unit, unit_of_unece
    from ontology.vocabulary import Vocabulary, load_graph

    graph = load_graph()
    (bar,) = graph.subjects(QUDT.uneceCommonCode, Literal("BAR"))
    assert bar == UNIT.BAR and str(graph.value(bar, HKG.unitSymbol)) == unit_of_unece(" bar ") == "bar"
    codes = [str(c) for c in graph.objects(None, QUDT.uneceCommonCode)]
    assert len(codes) == len(set(codes)) >= 20 and "CEL" in codes
    for code in codes:                      # every listed code names a unit pint reads
        parse_unit(unit_of_unece(code))
    extended = Graph()
    for triple in (*graph, (UNIT.TORR, QUDT.uneceCommonCode, Literal("UA")),
                   (UNIT.TORR, HKG.unitSymbol, Literal("torr"))):
        extended.add(triple)
    assert unit_of_unece("UA") is None                  # not in the shipped ontology: not guessed at
    monkeypatch.setattr("ontology.units.vocabulary", lambda: Vocabulary(extended))
    assert unit_of_code("UA") == "torr" and unit_of_code("CEL") == "degC"


def test_missing_file_is_reported_by_the_cli(tmp_path, capsys):
    path = build(tmp_path, "elabftw_v0", drop=("2022-05-29 - MgH2-milling/tpd.csv",))
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "tpd.csv" in out and "not in the archive" in out
    (rev,) = EntryRepository(data).list()
    assert {f["name"] for f in rev.document["files"]} == {"2022-05-30-export.elabftw.csv", "eln-record.json"}


# ------------------------------------------------------------------------------ hostile crates
def _graph_variant(tmp_path, name, edit) -> Path:
    spec = fixture("elabftw_resources")
    edit(spec["metadata"]["@graph"])
    return build(tmp_path, name, spec)


def test_cyclic_has_part_terminates(tmp_path):
    def cycle(graph):
        for node in graph:
            if node["@id"] == "./Sample - MgH2-LiBH4 RHC - d4e5f6/":
                node["hasPart"] = [{"@id": "./"}, {"@id": "./Batch - LiBH4-lot-7 - a1b2c3/"},
                                   {"@id": "./Sample - MgH2-LiBH4 RHC - d4e5f6/"}]
            if node["@id"] == "./Batch - LiBH4-lot-7 - a1b2c3/":
                node["hasPart"].append({"@id": "./Sample - MgH2-LiBH4 RHC - d4e5f6/"})
    crate, by_id = mapped(_graph_variant(tmp_path, "cycle", cycle))
    assert len(by_id) == 2


def test_duplicate_id_with_the_same_content_is_one_node(tmp_path):
    crate, by_id = mapped(build(tmp_path, "generic_oddities"))     # '#p2' twice, identical
    assert by_title(by_id, "NaAlH4 doped with TiCl3").document["authors"] == ["J. Doe", "A. N. Other"]


def test_duplicate_id_with_different_content_is_refused(tmp_path):
    def twice(graph):
        graph.append({"@id": "./Batch - LiBH4-lot-7 - a1b2c3/", "@type": "Dataset", "name": "NaBH4 lot 1"})
    path = _graph_variant(tmp_path, "dup", twice)
    with pytest.raises(CrateError) as info:
        read_crate(open_eln(path))
    err = info.value
    assert err.entry == "./Batch - LiBH4-lot-7 - a1b2c3/" and err.rule == "duplicate @id" and "name" in err.detail


@pytest.mark.parametrize("bad_id", ["../../etc/passwd", "/etc/passwd", "./a/../../../x"])
def test_file_ids_leaving_the_crate_are_refused_not_read(tmp_path, bad_id):
    def evil(graph):
        for node in graph:
            if node["@id"] == "./Batch - LiBH4-lot-7 - a1b2c3/":
                node["hasPart"].append({"@id": bad_id})
        graph.append({"@id": bad_id, "@type": "File", "name": "passwd"})
    crate, by_id = mapped(_graph_variant(tmp_path, "evil", evil))
    lot = by_title(by_id, "LiBH4 lot 7")
    assert [n for n, _ in lot.files_refused] == ["passwd"]
    assert "passwd" not in files_of(lot)


def test_invalid_json_names_the_metadata(tmp_path):
    path = tmp_path / "bad.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("bad/ro-crate-metadata.json", '{"@context": "x", "@graph": [')
    with pytest.raises(ElnArchiveError) as info:
        open_eln(path)
    assert info.value.rule == "malformed JSON" and "ro-crate-metadata.json" in str(info.value)


def test_zip_root_with_metadata_and_stray_folders_still_needs_the_metadata(tmp_path):
    path = tmp_path / "loose.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("notes.txt", "x")
        zf.writestr("Data/a.csv", "x")
    with pytest.raises(ElnArchiveError) as info:
        open_eln(path)
    assert info.value.rule == "not one root folder"


def test_a_record_that_cannot_be_mapped_writes_nothing(tmp_path):
    """All or nothing per archive: one bad record refuses the import and names it."""
    spec = fixture("elabftw_resources")
    spec["members"]["Batch - LiBH4-lot-7 - a1b2c3/hydridekg-entry.json"] = '{"format": "hydridekg-entry"}'
    for node in spec["metadata"]["@graph"]:
        if node["@id"] == "./Batch - LiBH4-lot-7 - a1b2c3/":
            node["hasPart"].append({"@id": "./Batch - LiBH4-lot-7 - a1b2c3/hydridekg-entry.json"})
    spec["metadata"]["@graph"].append({"@id": "./Batch - LiBH4-lot-7 - a1b2c3/hydridekg-entry.json",
                                       "@type": "File", "name": "hydridekg-entry.json"})
    path = build(tmp_path, "half", spec)
    data = tmp_path / "data"
    with pytest.raises(Exception) as info:
        LabNotebook(data, graph=False).plan_eln(path)
    assert "./Batch - LiBH4-lot-7 - a1b2c3/" in str(info.value) and "nothing was written" in str(info.value)
    assert not (data / "entries").exists()


def test_the_preview_warns_about_a_crate_without_root_folder(tmp_path, capsys):
    path = build(tmp_path, "sensolytics")
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path / "d"), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["warnings"]) == 1 and "top level" in out["warnings"][0]
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path / "d"), "--dry-run"]) == 0
    assert "warning: " in capsys.readouterr().out


@pytest.mark.parametrize("edit,rule", [
    (lambda g: g.remove(next(n for n in g if n["@id"] == "ro-crate-metadata.json")), "metadata descriptor"),
    (lambda g: next(n for n in g if n["@id"] == "ro-crate-metadata.json").update(about={"@id": "#nowhere"}),
     "root dataset"),
    (lambda g: next(n for n in g if n["@id"] == "./").update({"@type": "CreativeWork"}), "root dataset"),
])
def test_a_crate_without_its_root_is_refused_by_name(tmp_path, capsys, edit, rule):
    path = _graph_variant(tmp_path, "rootless", edit)
    with pytest.raises(CrateError) as info:
        read_crate(open_eln(path))
    assert info.value.rule == rule and str(path) in str(info.value)
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 2
    assert rule in capsys.readouterr().err and not (data / "entries").exists()


def test_deeply_nested_metadata_is_refused_before_parsing(tmp_path):
    path = tmp_path / "deep.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("deep/ro-crate-metadata.json",
                    '{"@context": "x", "@graph": [{"@id": "./", "x": ' + "[" * 5000 + "]" * 5000 + "}]}")
    with pytest.raises(ElnArchiveError) as info:
        open_eln(path)
    assert info.value.rule == "metadata too deep"


def test_a_long_has_part_chain_is_read_without_recursion(tmp_path):
    graph = [{"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
             {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./d0/"}]}]
    graph += [{"@id": f"./d{k}/", "@type": "Dataset", "name": f"MgH2 step {k}",
               "hasPart": [{"@id": f"./d{k + 1}/"}, {"@id": "./"}]} for k in range(3000)]
    spec = {"folder": "chain", "members": {}, "metadata": {"@context": "https://w3id.org/ro/crate/1.1/context",
                                                           "@graph": graph}}
    crate = read_crate(open_eln(build(tmp_path, "chain", spec)))
    assert len(crate.records) == 3000 and crate.records[-1].parent == "./d2998/"


@pytest.mark.slow   # fuzz run: generated values in each ELN's archive
@pytest.mark.parametrize("eln", ELNS)
def test_odd_values_in_each_eln_shape_give_only_named_errors(tmp_path, eln):
    """Any property of any node of each ELN's crate replaced by an odd value (null, a number, a list,
    a reference to nothing, a JSON-looking string): reading and mapping either work or raise an
    ElnArchiveError naming the archive — never a crash."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    spec = fixture(eln)
    graph = spec["metadata"]["@graph"]
    odd = st.one_of(st.none(), st.booleans(), st.integers(-2, 10 ** 12), st.floats(allow_nan=True),
                    st.text(max_size=8), st.just(""), st.just("[{\"@id\": \"./\"}]"), st.just({"@id": "#nothing"}),
                    st.just({"@value": [1, {"x": None}]}), st.lists(st.sampled_from(["./", "#x", 3, None]), max_size=3),
                    st.just([{"@type": "PropertyValue", "value": {"a": 1}, "unitCode": ["x"]}]))

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.integers(0, len(graph) - 1), st.data())
    def check(i, data):
        mutated = copy.deepcopy(spec)
        node = mutated["metadata"]["@graph"][i]
        keys = sorted(node) + ["variableMeasured", "author", "comment", "parentItem", "identifier"]
        key = data.draw(st.sampled_from(keys))
        node[key] = data.draw(odd)
        try:
            path = build(tmp_path, "odd", mutated)
        except (TypeError, AttributeError):      # the fixture builder needs the @ids it reads
            return
        try:
            mapped(path)
        except ElnArchiveError as exc:
            assert str(path) in str(exc) or "x.eln" in str(exc) or exc.file

    check()


def test_the_page_preview_carries_the_warnings_without_temporary_paths(tmp_path):
    from ui.app.eln_exchange import preview_upload

    data = build(tmp_path, "sensolytics").read_bytes()
    plan = preview_upload(LabNotebook(tmp_path / "data", graph=False), data, "scan.eln")
    (warning,) = plan.to_dict()["warnings"]
    assert "top level" in warning and "hkg-eln-" not in warning and plan.origin == "scan.eln"


def test_a_zip_made_by_macos_finder_still_has_one_root_folder(tmp_path):
    path = build(tmp_path, "datalab")
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("__MACOSX/datalab-collection/._ro-crate-metadata.json", b"\x00\x05\x16\x07")
        zf.writestr(".DS_Store", b"\x00\x00\x00\x01Bud1")
    archive = open_eln(path)
    assert archive.root == "datalab-collection" and len(read_crate(archive).records) == 2


def test_file_ids_that_repeat_the_root_folder_are_found(tmp_path):
    spec = fixture("elabftw_v0")
    for node in spec["metadata"]["@graph"]:
        if node["@id"] == "./2022-05-29 - MgH2-milling":
            node["hasPart"] = ["export-2022/2022-05-29 - MgH2-milling/tpd.csv"]
    spec["metadata"]["@graph"].append({"@id": "export-2022/2022-05-29 - MgH2-milling/tpd.csv", "@type": "File",
                                       "name": "tpd.csv"})
    crate, by_id = mapped(build(tmp_path, "prefixed", spec))
    (m,) = by_id.values()
    assert files_of(m) == {"tpd.csv"} and not m.files_refused


def _clear_utf8_flags(path: Path) -> None:
    """The zip as a writer that does not set the UTF-8 flag makes it (names stay UTF-8 bytes)."""
    import struct

    raw = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := raw.find(sig, start)) >= 0:
            flags = struct.unpack_from("<H", raw, start + at)[0]
            struct.pack_into("<H", raw, start + at, flags & ~0x800)
            start += 4
    path.write_bytes(bytes(raw))


def test_utf8_member_names_without_the_zip_flag_are_found(tmp_path):
    path = build(tmp_path, "elabftw_single_experiment")
    _clear_utf8_flags(path)
    assert any("╬ö" in n for n in zipfile.ZipFile(path).namelist())     # what Python reads: CP437 mojibake
    crate, by_id = mapped(path)
    (m,) = by_id.values()
    assert files_of(m) == {"export-elabftw.json", "tga.csv"} and not m.files_refused
