"""Crate shapes beyond the ELNs' own examples: JSON-LD's other ways of writing a value (language-tagged
titles, DefinedTerm keywords, a text held by a TextObject, typed dates), records reached only by their
``isPartOf``, and what a crate holds that no record takes up (a part the graph does not describe, a file
on the root, a Dataset nothing reaches, an openBIS interoperability-profile entry) — each imported, or
named in the preview with what to do; never dropped without a word.  Measurements from PropertyValues
with UN/CEFACT ``unitCode``s or ``unitText``s, and the errors a bad one gives, name the ELN's field.

Fixtures: tests/fixtures/eln/linked_data_forms.json and openbis_profile.json (crates written here with
made-up hydride values, in the shapes the RO-Crate and openBIS interoperability-profile specs show).
"""
from __future__ import annotations

import copy

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from ingest.eln.to_entry import ElnImportError
from kg.entries import EntryRepository
from tests.test_eln_more_elns import build, by_title, files_of, fixture, mapped
from ui.cli import main


def test_linked_data_forms_of_titles_keywords_text_and_dates(tmp_path):
    _, by_id = mapped(build(tmp_path, "linked_data_forms"))
    doc = by_id["./run-1/"].document
    assert doc["title"] == "Mg2NiH4 run 1"                      # the English of the tagged titles
    assert doc["tags"] == ["ball milling", "TPD", "hydrogen storage"]
    assert doc["body"] == "Desorbed under 1 bar Ar flow."       # the TextObject's text, not '#text-1'
    assert doc["author"] == "Hydride Group"
    assert str(doc["created"]).startswith("2026-10-01")
    assert files_of(by_id["./run-1/"]) == {"tpd.csv"}


def test_values_and_comments_written_in_place(tmp_path):
    """schema.org's other homes and forms: additionalProperty beside variableMeasured, a QuantitativeValue
    as a PropertyValue's value, a PropertyValue named by a bare @id string, a variable named by text alone,
    comments as Comment objects without @id or as plain text."""
    _, by_id = mapped(build(tmp_path, "linked_data_forms"))
    doc = by_id["./run-3/"].document
    assert [(c["text"], c["author"]) for c in doc["comments"]] == [
        ("Re-measured after a leak test.", "R. Tester"), ("Sample turned dark grey.", "")]
    (sample,) = doc["samples"]
    assert sorted((m["property"], m["value"], m["unit"]) for m in sample["measurements"]) == [
        ("dehydrogenation_activation_energy", 87.0, "kJ/mol"), ("hydrogen_capacity", 3.2, "wt%"),
        ("onset_dehydrogenation_temperature", 255.0, "degC")]
    named = [f for f in doc["fields"] if f["name"] == "hydrogen capacity" and f.get("value") is None]
    assert len(named) == 1                                         # named without a value: kept as a field


def test_groups_nested_in_groups_are_fields_that_qualify_no_measurement(tmp_path):
    """Kadi4Mat-style nested extras: every level is a field named by its path; a temperature two groups
    down (the milling's) is not the conditions of the record's measurements."""
    _, by_id = mapped(build(tmp_path, "linked_data_forms"))
    doc = by_id["./run-3/"].document
    fields = {f["name"]: (f.get("value"), f.get("unit")) for f in doc["fields"]}
    assert fields["synthesis → milling → milling time"] == (10.0, "h")
    assert fields["synthesis → milling → temperature"] == (300.0, "degC")
    assert "synthesis → milling" in fields
    assert all(not m.get("conditions") for m in doc["samples"][0]["measurements"])


def test_a_record_reached_only_by_its_is_part_of_is_imported_under_its_parent(tmp_path):
    crate, by_id = mapped(build(tmp_path, "linked_data_forms"))
    nested = by_title(by_id, "Mg2NiH4 run 2 (cycled)").document
    assert {"relation": "isPartOf", "target": by_id["./run-1/"].document["id"]} in nested["links"]
    assert any("'./run-2/' is listed in no hasPart: imported as part of './run-1/'" in w for w in crate.warnings)
    (sample,) = nested["samples"]
    assert [(m["property"], m["value"], m["unit"]) for m in sample["measurements"]] == [
        ("ionic_conductivity", 0.02, "mS cm-1")]


def test_what_no_record_takes_up_is_named_with_what_to_do(tmp_path):
    crate = read_crate(open_eln(build(tmp_path, "linked_data_forms")))
    said = "\n".join(crate.warnings)
    assert "'./run-9/' is listed in the root's hasPart but the graph does not describe it" in said
    assert "the file './notes.txt' is on the crate's root, in no record: not imported" in said
    assert "the Dataset './stray/' is reached by no hasPart from the root" in said
    assert "list it in the root's hasPart" in said


def test_the_preview_and_the_import_say_what_was_left_out(tmp_path, capsys):
    path = build(tmp_path, "linked_data_forms")
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "notes.txt" in out and "./stray/" in out and "./run-9/" in out


def test_openbis_profile_entries_are_records_with_labelled_fields(tmp_path):
    """Entries typed by a class the crate defines: the title from the property equivalent to schema.org's
    name, the other values as fields under their rdfs:label, a reference to another entry as a link."""
    crate, by_id = mapped(build(tmp_path, "openbis_profile"))
    powder = by_id["/HYD/STORE/P7"]
    assert powder.document["title"] == "Mg2FeH6 batch 7" and powder.record.genre == "POWDER"
    assert [s["system"] for s in powder.document["samples"]] == ["Mg2FeH6"]
    (field,) = powder.document["fields"]
    assert (field["name"], field["value"], field["key"]) == ("Hydrogen capacity", 5.2, "openBIS:hasCAPACITY")
    assert "has no unit" in dict(powder.explain)["field 'Hydrogen capacity'"]
    box = by_id["/HYD/STORE/BOX1"]
    assert box.record.genre == "Storage box"
    assert {"relation": "mentions", "target": box.document["id"]} in powder.document["links"]
    (said,) = crate.warnings            # typed by a class the crate never defines: named, not guessed at
    assert said.startswith("'/HYD/STORE/P8' (of type SPECIMEN) is neither a Dataset, a File nor an entry")


def test_a_profile_crate_with_a_schema_and_no_entry_says_so(tmp_path, capsys):
    spec = fixture("openbis_profile")
    graph = spec["metadata"]["@graph"]
    spec["metadata"]["@graph"] = [n for n in graph if not str(n["@id"]).startswith("/HYD/")]
    path = build(tmp_path, "schema-only", spec)
    crate = read_crate(open_eln(path))
    assert crate.records == []
    assert any("6 schema definition(s)" in w and "nothing to import" in w for w in crate.warnings)
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path / "d"), "--no-graph", "--dry-run"]) == 0
    assert "nothing to import" in capsys.readouterr().out


def test_the_left_out_list_is_capped(tmp_path):
    spec = fixture("linked_data_forms")
    graph = spec["metadata"]["@graph"]
    root = next(n for n in graph if n["@id"] == "./")
    root["hasPart"] += [{"@id": f"./gone-{k}/"} for k in range(14)]
    warnings = read_crate(open_eln(build(tmp_path, "many", spec))).warnings
    assert warnings[-1] == "… and 7 more not imported" and len(warnings) == 1 + 10 + 1   # 1: run-2 adopted


def test_a_crate_the_elns_fill_fully_warns_of_nothing(tmp_path):
    """A record's parts, comments, links to other records' resources and versions are all taken up."""
    for eln in ("elabftw_single_experiment", "scilog", "pasta_v2", "kadi4mat_collection", "datalab"):
        assert read_crate(open_eln(build(tmp_path, eln))).warnings == [], eln


# ---------------------------------------------------------------------------------- measurements
def test_unit_codes_and_unit_texts_become_pint_measurements(tmp_path):
    from ontology.units import parse_unit

    _, by_id = mapped(build(tmp_path, "linked_data_forms"))
    m = by_id["./run-1/"]
    (sample,) = m.document["samples"]
    got = {x["property"]: (x["value"], x["unit"]) for x in sample["measurements"]}
    assert got == {"onset_dehydrogenation_temperature": (533.0, "K"), "hydrogen_capacity": (3.4, "wt.%"),
                   "dehydrogenation_activation_energy": (98.0, "kJ mol-1"), "particle_size": (4e-7, "m")}
    for _, unit in got.values():
        parse_unit(unit)                                         # every unit is one pint reads
    why = dict(m.explain)["field 'peak desorption temperature'"]
    assert "unitCode 'ZZQ' is no unit the ontology knows" in why and "'degC'" in why


@pytest.mark.parametrize(("value", "unit", "said"), [
    (-400, {"unitCode": "CEL"}, "field 'peak desorption temperature' (-400 °C): -400 °C is below absolute zero"),
    (-2, {"unitText": "wt%"}, "field 'hydrogen capacity' (-2 wt %): hydrogen capacity cannot be negative"),
])
def test_an_impossible_value_names_the_eln_field_and_writes_nothing(tmp_path, capsys, value, unit, said):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    name = said.split("'")[1]
    run["variableMeasured"] = [{"@type": "PropertyValue", "name": name, "value": value, **unit}]
    path = build(tmp_path, "bad", spec)
    with pytest.raises(ElnImportError) as err:
        mapped(path)
    assert said in str(err.value) and "correct these fields in the ELN" in str(err.value)
    assert err.value.entry == "./run-1/" and err.value.rule == "fields"
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) != 0
    assert said in capsys.readouterr().err
    assert not data.exists() or EntryRepository(data).ids() == []



def _with_elabftw_metadata(value) -> dict:
    spec = copy.deepcopy(fixture("elabftw_resources"))
    node = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "pv://rhc")
    node["value"] = value
    return spec


def test_elabftw_metadata_written_as_an_object_is_read(tmp_path):
    extra = {"extra_fields": {"hydrogen capacity": {"type": "number", "value": "9.8", "unit": "wt%"}}}
    _, by_id = mapped(build(tmp_path, "elabftw_resources", _with_elabftw_metadata(extra)))
    rhc = by_title(by_id, "2LiBH4 + MgH2 reactive composite").document
    assert [(m["property"], m["value"]) for m in rhc["samples"][0]["measurements"]] == [("hydrogen_capacity", 9.8)]


@pytest.mark.parametrize("value", ['{"extra_fields": {', "[" * 100_000 + "]" * 100_000])
def test_unreadable_elabftw_metadata_refuses_the_archive_naming_the_record(tmp_path, capsys, value):
    """eLabFTW's metadata holds the record's values: one that is not JSON (or nests past the limit) is refused
    as the API's is (ingest.eln.crate.elabftw_metadata reads both), naming the record and the fix; nothing
    is stored (it was kept as a note field, its values silently not imported)."""
    from ingest.eln.crate import CrateError

    path = build(tmp_path, "elabftw_resources", _with_elabftw_metadata(value))
    with pytest.raises(CrateError) as err:
        mapped(path)
    assert err.value.rule == "elabftw_metadata" and "its extra fields cannot be read" in str(err.value)
    assert "not JSON" in str(err.value) or "levels deep" in str(err.value)
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) != 0
    assert "elabftw_metadata" in capsys.readouterr().err
    assert not data.exists() or EntryRepository(data).ids() == []


def test_the_specifications_own_shape_with_a_sub_folder_of_data(tmp_path):
    """SPECIFICATION.md's example: bare-string hasPart on the root listing records and their files, an
    inline Person, dates with a space, contentType; a record's sub-folder (and a folder in it) holding
    only files is the record's data, not entries of its own."""
    crate, by_id = mapped(build(tmp_path, "spec_example"))
    (m,) = by_id.values()
    doc = m.document
    assert doc["author"] == "Hydra Store" and str(doc["created"]).startswith("2026-05-29")
    assert files_of(m) == {"tpd.csv", "run-1.bin", "run-2.bin", "log.txt"}
    assert {f["name"]: f["media_type"] for f in doc["files"]}["tpd.csv"].startswith("text/csv")
    assert crate.warnings == []


def test_a_dataset_of_the_archive_only_mentioned_is_named_not_skipped(tmp_path):
    """A record's link to a Dataset on the ELN's server (an http @id) is a link; a Dataset of the archive
    itself that only a 'mentions' reaches is content left out, and said so."""
    spec = copy.deepcopy(fixture("linked_data_forms"))
    graph = spec["metadata"]["@graph"]
    run = next(n for n in graph if n["@id"] == "./run-1/")
    run["mentions"] = [{"@id": "./precursor/"}, {"@id": "https://eln.example.invalid/items/9"}]
    graph += [{"@id": "./precursor/", "@type": "Dataset", "name": "MgH2 as received"},
              {"@id": "https://eln.example.invalid/items/9", "@type": "Dataset", "name": "a server item"}]
    said = "\n".join(read_crate(open_eln(build(tmp_path, "mentioned", spec))).warnings)
    assert "the Dataset './precursor/' is reached by no hasPart" in said
    assert "items/9" not in said


@pytest.mark.parametrize(("unit_text", "unit_code", "measured"), [
    ("degC", "KEL", False), ("kPa", "PAL", False), ("h", "MIN", False),       # which was meant cannot be told
    ("degC", "CEL", True), ("wt%", "P1", True)])                               # the same unit twice
def test_a_value_whose_unit_text_and_code_disagree_is_no_measurement(tmp_path, unit_text, unit_code, measured):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    name = {"degC": "peak desorption temperature", "kPa": "plateau pressure", "h": "activation time",
            "wt%": "hydrogen capacity"}[unit_text]
    run["variableMeasured"] = [{"@type": "PropertyValue", "name": name, "value": 3.5, "unitText": unit_text,
                                "unitCode": unit_code}]
    m = mapped(build(tmp_path, "clash", spec))[1]["./run-1/"]
    why = dict(m.explain).get(f"field '{name}'", "")
    if measured:
        assert "name different units" not in why
        assert [x["value"] for x in m.document["samples"][0]["measurements"]] == [3.5]
    else:
        assert f"its unitText '{unit_text}' and unitCode '{unit_code}'" in why and "name different units" in why
        assert not m.document["samples"][0]["measurements"]
