"""The lab-entry model: validation with field paths, system parsing, and the graph batch."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from ingest.entry import (EntryValidationError, LabEntry, entry_to_batch, load_entry, load_entry_file,
                          source_id, step_parameters)
from ontology.system import parse_system
from ontology.units import canonical_unit
from ontology.vocabulary import vocabulary

FIX = Path(__file__).with_name("fixtures")


def good() -> dict:
    return yaml.safe_load((FIX / "entry_mgh2_ni.yaml").read_text())


def errors_of(data) -> dict[str, str]:
    with pytest.raises(EntryValidationError) as exc:
        load_entry(data)
    return {i.path: i.message for i in exc.value.issues if i.severity == "error"}


def test_valid_fixture_loads_and_converts_units():
    e = load_entry_file(FIX / "entry_mgh2_ni.yaml")
    assert e.flags == []
    e.id = "e-mgh2"
    batch = entry_to_batch(e, 3)
    (src,) = batch.sources
    assert src.kind == "lab_entry" and src.id == source_id("e-mgh2") and src.url.endswith("/r3")
    by = {m.property: m for m in batch.measurements}
    assert by["onset_dehydrogenation_temperature"].value == pytest.approx(220.0)   # 493.15 K
    assert by["onset_dehydrogenation_temperature"].conditions == {"heating_rate": 5.0}
    assert by["hydrogen_capacity"].conditions == {"temperature": 300.0}
    ea = by["dehydrogenation_activation_energy"]
    assert (ea.value, ea.value_max, ea.method) == (85.0, 95.0, "Kissinger")
    assert ea.derived_from == "file:" + e.files[0].sha256
    assert len(batch.reports) == 2


def test_lab_system_is_the_same_node_as_the_literature_notation():
    e = load_entry_file(FIX / "entry_mgh2_ni.yaml")
    assert e.system("S1").id == parse_system("MgH2–10 wt% Ni").id
    assert e.system("S2").id == parse_system("MgH2").id


def test_explicit_host_and_additives_equal_the_notation():
    e = load_entry_file(FIX / "entry_li_electrolyte.json")
    assert e.system("E1").id == parse_system("3LiBH4–LiI").id
    assert e.system("E1").host.formula == "LiBH4"


def test_flags_keep_unusual_but_possible_values():
    e = load_entry_file(FIX / "entry_li_electrolyte.json")
    (flag,) = e.flags
    assert flag.path == "samples[0].measurements[1].value" and "100 %" in flag.message


def test_bad_values_are_refused_with_field_paths():
    with pytest.raises(EntryValidationError) as exc:
        load_entry_file(FIX / "entry_bad_values.yaml")
    errs = {i.path: i.message for i in exc.value.issues}
    assert "entry_bad_values.yaml" in str(exc.value)
    assert "theoretical" in errs["samples[0].measurements[0].value"]
    assert "absolute zero" in errs["samples[0].measurements[1].value"]
    assert "does not fit" in errs["samples[0].measurements[2].unit"]
    assert "Unobtainium12" in errs["samples[1].additives[0].formula"]
    assert "cannot exceed 100" in errs["samples[1].measurements[0].value"]
    assert "unknown property" in errs["samples[1].measurements[1].property"]
    assert len(errs) == 6


def test_capacity_limit_depends_on_composition():
    # 2LiBH4–MgH2 holds 14.4 wt%: 12 wt% is possible there, not on MgH2
    d = good()
    d["samples"] = [{"id": "A", "system": "2LiBH4–MgH2",
                     "measurements": [{"property": "hydrogen_capacity", "value": 12, "unit": "wt%"}]}]
    d["files"] = []
    assert load_entry(d).system("A").name
    d["samples"][0]["system"] = "MgH2"
    assert "samples[0].measurements[0].value" in errors_of(d)


def test_structural_errors_name_their_path():
    d = good()
    d["samples"][0]["measurements"][0]["colour"] = "grey"
    del d["title"]
    d["samples"][1]["measurements"][0]["unit"] = ""
    errs = errors_of(d)
    assert "samples[0].measurements[0].colour" in errs
    assert "title" in errs


def test_missing_unit_and_missing_file_reference():
    d = good()
    d["samples"][1]["measurements"][0]["unit"] = ""
    d["samples"][0]["measurements"][2]["derived_from"] = "nope.csv"
    errs = errors_of(d)
    assert "needs a unit" in errs["samples[1].measurements[0].unit"]
    assert "nope.csv" in errs["samples[0].measurements[2].derived_from"]


def test_sample_needs_system_or_host_and_unique_ids():
    d = good()
    d["samples"][1]["id"] = "S1"
    assert "samples[1].id" in errors_of(d)
    d = good()
    d["samples"][1]["system"] = "MgH2"
    assert "samples[1]" in errors_of(d)


def test_condition_errors_name_the_condition():
    d = good()
    d["samples"][0]["measurements"][0]["conditions"] = {"temperature": "-500 degC"}
    assert "samples[0].measurements[0].conditions.temperature" in errors_of(d)
    d["samples"][0]["measurements"][0]["conditions"] = {"moon_phase": 3}
    assert "unknown condition" in errors_of(d)["samples[0].measurements[0].conditions.moon_phase"]


def _a_method() -> str:
    terms = vocabulary().terms("SynthesisMethod")
    if not terms:
        pytest.skip("the ontology defines no SynthesisMethod terms yet")
    return sorted(terms, key=lambda t: t.id)[0].label


def test_synthesis_steps_are_typed_and_checked_with_pint():
    d = good()
    d["synthesis"] = [{"method": _a_method(), "sample": "S1", "milling_time": "10 h", "speed": "400 rpm",
                       "ball_to_powder_ratio": "40:1", "atmosphere": "Ar", "temperature": "25 degC"}]
    e = load_entry(d)
    params = step_parameters(e.synthesis[0])
    assert params["milling_time"]["value"] == pytest.approx(
        10 * 60 if canonical_unit("time") == "min" else 10 * 3600 if canonical_unit("time") == "s" else 10)
    assert params["ball_to_powder_ratio"] == 40.0
    e.id = "x"
    (report,) = [r for r in entry_to_batch(e).reports if r.source.section == "S1"]
    assert report.methods and all(vocabulary().get(m).kind == "SynthesisMethod" for m in report.methods)
    d["synthesis"][0]["speed"] = 400          # structural: a number without its unit
    assert "no unit" in errors_of(d)["synthesis[0].speed"]
    d["synthesis"][0]["speed"] = "400 rpm"
    d["synthesis"][0]["milling_time"] = "400 rpm"
    d["synthesis"][0]["method"] = "levitation by wishful thinking"
    d["synthesis"][0]["sample"] = "S9"
    errs = errors_of(d)
    assert "does not fit milling time" in errs["synthesis[0].milling_time.unit"]
    assert "not a SynthesisMethod" in errs["synthesis[0].method"]
    assert "S9" in errs["synthesis[0].sample"]


def test_document_round_trips():
    e = load_entry_file(FIX / "entry_mgh2_ni.yaml")
    again = load_entry(copy.deepcopy(e.document()))
    assert again.document() == e.document()
    assert isinstance(again, LabEntry)


def test_non_mapping_and_unreadable_files_are_clear(tmp_path):
    with pytest.raises(EntryValidationError, match="mapping"):
        load_entry(["not", "an", "entry"])
    bad = tmp_path / "broken.yaml"
    bad.write_text("title: [unclosed\n")
    with pytest.raises(EntryValidationError, match="(?s)broken.yaml.*YAML"):
        load_entry_file(bad)
