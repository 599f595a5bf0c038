"""Categorical conditions (issue 14, item 6): the conducting ion (Li+ / Mg2+) and the cell type (liquid
electrolyte / all-solid-state) are named by ontology terms, carried by lab entries and extraction,
stored on the graph, shown with the other conditions, and never compared across values."""
from __future__ import annotations

import contextlib
import io
import json

import pytest
from pydantic import ValidationError

from ingest.entries.entry import EntryValidationError, entry_to_batch, load_entry
from kg.rdf_export import batch_to_rdf, shacl_check
from ontology.comparability import compare_conditions
from ontology.models import GraphBatch, Measurement, Source
from ontology.namespaces import HKG
from ontology.vocabulary import vocabulary

SYSTEM = {"text": "LiBH4", "name": "LiBH4", "host": {"formula": "LiBH4"}}


def measurement(**conditions) -> Measurement:
    return Measurement.model_validate({"property": "ionic_conductivity", "value": 0.1, "unit": "mS/cm",
                                       "conditions": conditions, "system": SYSTEM,
                                       "source": {"source_id": "lab:x"}})


def test_the_ontology_declares_both_categorical_conditions_with_their_values():
    vocab = vocabulary()
    # (and, since 5 December, whether an electrolyte's salt was dissolved: test_unmodelled_properties.py)
    assert vocab.categorical_condition_keys() == ["cell_type", "conducting_ion", "electrolyte_medium"]
    assert {t.id for t in vocab.condition_values("electrolyte_medium")} == {"DissolvedInLiquid", "SolventFreeSolid"}
    assert "conducting_ion" not in vocab.condition_keys()           # numeric keys only there
    assert {t.label for t in vocab.condition_values("conducting_ion")} == {"Li+", "Mg2+", "Na+"}
    assert {t.id for t in vocab.condition_values("cell_type")} == {"LiquidElectrolyteCell", "AllSolidStateCell"}
    assert vocab.condition_value("conducting_ion", "magnesium ion").id == "MagnesiumIonConduction"
    assert vocab.condition_value("cell_type", "all-solid-state").id == "AllSolidStateCell"
    assert vocab.condition_value("cell_type", "Li+") is None


def test_a_measurement_keeps_a_categorical_condition_as_its_term():
    m = measurement(temperature="30 degC", conducting_ion="Li⁺")
    assert m.conditions == {"temperature": 30.0}
    assert m.condition_terms == {"conducting_ion": "LithiumIonConduction"}
    # a stated ion is part of what the value is: the id moves with it, and without one it stays
    assert m.id != measurement(temperature="30 degC").id
    assert measurement(temperature="30 degC").condition_terms == {}


@pytest.mark.parametrize("value, needle", [("K+", "is not one of Li+, Mg2+, Na+"), (3, "is named, not measured")])
def test_a_wrong_categorical_value_names_the_condition_and_the_choices(value, needle):
    with pytest.raises(ValidationError, match="conducting_ion") as exc:
        measurement(conducting_ion=value)
    assert needle in str(exc.value)


def _entry(**conditions) -> dict:
    return {"title": "Mg(BH4)2 electrolyte", "author": "A. Researcher", "created": "2026-05-01", "samples": [
        {"id": "S1", "system": "Mg(BH4)2", "measurements": [
            {"property": "ionic_conductivity", "value": 0.01, "unit": "mS/cm",
             "conditions": {"temperature": "25 degC", **conditions}}]}]}


def test_a_lab_entry_carries_the_conducting_ion_into_a_conforming_graph():
    e = load_entry(_entry(conducting_ion="Mg2+", cell_type="all-solid-state cell"))
    e.id = "mg-el"
    batch = entry_to_batch(e, 1)
    (m,) = batch.measurements
    assert m.condition_terms == {"cell_type": "AllSolidStateCell", "conducting_ion": "MagnesiumIonConduction"}
    g = batch_to_rdf(batch)
    conforms, _, report = shacl_check(g)
    assert conforms, report
    assert set(g.objects(None, HKG.underCondition)) == {HKG.AllSolidStateCell, HKG.MagnesiumIonConduction}


def test_a_lab_entry_with_an_unknown_ion_is_refused_on_the_field_with_the_fix():
    with pytest.raises(EntryValidationError) as exc:
        load_entry(_entry(conducting_ion="K+"))
    issues = {i.path: i.message for i in exc.value.issues if i.severity == "error"}
    message = issues["samples[0].measurements[0].conditions.conducting_ion"]
    assert "Li+" in message and "Mg2+" in message


def test_shacl_refuses_a_categorical_condition_that_is_no_condition_value():
    batch = GraphBatch(sources=[Source(id="lab:x", kind="lab_entry", title="t")],
                       measurements=[measurement(conducting_ion="Li+")])
    g = batch_to_rdf(batch)
    (s,) = g.subjects(HKG.underCondition, None)
    g.remove((s, HKG.underCondition, None))
    g.add((s, HKG.underCondition, HKG.MgH2))                        # a material, not an ion
    conforms, violations, _ = shacl_check(g)
    assert not conforms and any("categorical condition" in v.message for v in violations)


def test_both_stores_keep_the_condition_on_the_measurement(empty_store):
    batch = GraphBatch(sources=[Source(id="lab:x", kind="lab_entry", title="t")],
                       measurements=[measurement(temperature="25 degC", conducting_ion="Mg2+")])
    empty_store.load(batch)
    (row,) = empty_store.query("MATCH (m:Measurement) RETURN m.cond_conducting_ion AS ion, "
                               "m.cond_cell_type AS cell, m.conditions_json AS js")
    assert row["ion"] == "MagnesiumIonConduction" and row["cell"] is None
    assert '"conducting_ion": "MagnesiumIonConduction"' in row["js"]


def test_a_li_and_a_mg_conductivity_are_not_comparable():
    li = {"temperature": 25.0, "conducting_ion": "LithiumIonConduction"}
    mg = {"temperature": 25.0, "conducting_ion": "MagnesiumIonConduction"}
    check = compare_conditions("ionic_conductivity", li, mg)
    assert not check.comparable and check.caveats == ["conducting ion Li+ vs Mg2+"]
    assert compare_conditions("ionic_conductivity", li, dict(li)).comparable
    # stated on one side only: no evidence either way
    assert compare_conditions("ionic_conductivity", li, {"temperature": 25.0}).comparable
    cells = compare_conditions("specific_capacity", {"cell_type": "LiquidElectrolyteCell"},
                               {"cell_type": "AllSolidStateCell"})
    assert cells.caveats == ["cell type liquid-electrolyte cell vs all-solid-state cell"]


def test_conditions_are_shown_with_the_term_label():
    from ui.app.display import conditions_text

    text = conditions_text({"temperature": 25.0, "conducting_ion": "MagnesiumIonConduction"})
    assert text == "temperature 25 °C, conducting ion Mg2+"


# ------------------------------------------------------------------------- extraction
PAPER = """# Halide-stabilised borohydride electrolytes

DOI: 10.9999/gaps-units

## 1 Introduction

Borohydrides conduct lithium ions once their high-temperature phase is kept at room temperature.

## 2 Electrolytes

The iodide-substituted 3LiBH4–LiI reaches a Li+ conductivity of 1 × 10⁻⁴ S cm⁻¹ at 25 °C.
A Mg2+ conductor, Mg(BH4)(NH2), reaches 0.001 mS/cm at 150 °C.
Its stability window is 3 V vs. Li+/Li, for LiBH4 at 25 °C.

**Table 1.** Electrolytes and their conductivity.

Electrolyte\tConductivity [mS cm <sup>-1</sup> ]\tTemperature [°C]\tRef.
3LiBH <sub>4</sub> -LiI\t~10 <sup>-4</sup>\t25\t[8]
LiB <sub>11</sub> H <sub>14</sub>\t2.4\tRT\t[7]

## 3 Anodes

In an all-solid-state cell, the MgH2 anode delivers a specific capacity of 1200 mAh/g.
Cycled in a liquid-electrolyte half cell, MgH2 keeps 600 mAh/g.
Unlike the liquid electrolyte, the all-solid-state cell lets MgH2 keep 900 mAh/g.
"""


def _extracted(tmp_path) -> list[dict]:
    from ui.cli import main

    path = tmp_path / "paper.md"
    path.write_text(PAPER, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["extract", str(path), "--jsonl", "--no-progress"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_extraction_reads_the_conducting_ion_and_the_cell_type_the_sentence_names(tmp_path):
    rows = {(r["property"], r["value"], r["source"]["table"]): r for r in _extracted(tmp_path)}
    li = rows[("ionic_conductivity", 0.1, None)]
    assert li["conditions"] == {"temperature": 25.0, "conducting_ion": "LithiumIonConduction"}
    assert rows[("ionic_conductivity", 0.001, None)]["conditions"]["conducting_ion"] == "MagnesiumIonConduction"
    # "vs. Li+/Li" names a reference electrode, not what conducts
    assert "conducting_ion" not in rows[("electrochemical_stability_window", 3.0, None)]["conditions"]
    assert rows[("specific_capacity", 1200.0, None)]["conditions"] == {"cell_type": "AllSolidStateCell"}
    assert rows[("specific_capacity", 600.0, None)]["conditions"] == {"cell_type": "LiquidElectrolyteCell"}
    assert rows[("specific_capacity", 900.0, None)]["conditions"] == {}     # both named: no certain reading


def test_extraction_gives_a_table_cell_at_its_texts_unit_with_the_note(tmp_path):
    """The unit check of table cells against the text runs in extraction (it ran at load time): the
    JSON lines give the corrected value and why."""
    rows = [r for r in _extracted(tmp_path) if r["source"]["table"] == "Table 1"]
    by_system = {r["system"]: r for r in rows}
    cell = by_system["3LiBH4–LiI"]
    assert cell["value"] == pytest.approx(0.1)                     # written ~10⁻⁴ under mS/cm
    assert "10³× off the text's 0.1 mS/cm" in cell["note"]
    assert by_system["LiB11H14"]["value"] == 2.4 and by_system["LiB11H14"]["note"] is None


def test_a_snapshot_written_before_the_move_still_loads_corrected(tmp_path):
    """Reading a batch extracted before the check moved gives the same values as extracting now, and
    reading a batch extracted now changes nothing (the check is idempotent)."""
    from ingest.extract import extract_text
    from ingest.extraction.tables.table_units import KIND
    from ingest.snapshot import read_batch, write_batch

    now = extract_text(PAPER)
    old = now.model_copy(update={"conflicts": [c for c in now.conflicts if c.kind != KIND], "measurements": [
        m.model_copy(update={"value": 0.0001}) if m.source.table and m.value == pytest.approx(0.1) else m
        for m in now.measurements]})
    for name, batch in (("old", old), ("now", now)):
        write_batch(batch, tmp_path / f"{name}.batch.json")
        read = read_batch(tmp_path / f"{name}.batch.json")
        assert sorted(m.id for m in read.measurements) == sorted(m.id for m in now.measurements), name
        assert [c.description for c in read.conflicts if c.kind == KIND] == \
            [c.description for c in now.conflicts if c.kind == KIND], name


def test_a_curator_sets_or_clears_the_conducting_ion_with_the_conditions():
    from kg.curation import corrected, evidence_of

    m = measurement(temperature="25 degC", conducting_ion="Li+")
    assert evidence_of(m)["conditions"] == {"temperature": 25.0, "conducting_ion": "LithiumIonConduction"}
    to_mg = corrected(m, {"conditions": {"temperature": "25 degC", "conducting_ion": "Mg2+"}})
    assert to_mg.condition_terms == {"conducting_ion": "MagnesiumIonConduction"}
    cleared = corrected(m, {"conditions": {"temperature": "25 degC"}})
    assert cleared.condition_terms == {} and cleared.conditions == {"temperature": 25.0}


def test_an_eln_field_naming_the_conducting_ion_becomes_the_condition_of_every_value():
    from ingest.entries.entry_fields import measurements_from_fields

    fields = [{"name": "Ionic conductivity", "value": "0.02", "unit": "mS/cm"},
              {"name": "temperature", "value": "30", "unit": "degC"},
              {"name": "conducting ion", "value": "Mg2+"},
              {"name": "cell type", "value": "a beaker"}]
    ms, uses = measurements_from_fields(fields)
    assert ms[0]["conditions"]["conducting_ion"] == "MagnesiumIonConduction"
    assert "cell_type" not in ms[0]["conditions"]
    why = {u.name: u.why for u in uses}
    assert "'a beaker' is not one of all-solid-state cell, liquid-electrolyte cell" in why["cell type"]
    e = load_entry({"title": "t", "author": "A. Researcher", "samples": [
        {"id": "S1", "system": "Mg(BH4)2", "measurements": [{**ms[0], "value": float(ms[0]["value"])}]}]})
    e.id = "eln-mg"
    assert entry_to_batch(e, 1).measurements[0].condition_terms == {"conducting_ion": "MagnesiumIonConduction"}


def test_the_record_page_suggests_the_ion_its_notes_name():
    from ui.app.record import suggestions

    (s,) = suggestions("The Mg2+ conductivity reached 0.01 mS/cm at 25 °C.", "Mg(BH4)2")
    assert s["conditions"] == {"temperature": 25.0, "conducting_ion": "MagnesiumIonConduction"}


def test_an_analog_gives_no_ratio_between_a_li_and_a_mg_conductivity():
    from kg.analogs.explain import _compared

    mg = {"property": "ionic_conductivity", "value": 0.01, "temperature": 25.0,
          "conditions_json": '{"conducting_ion": "MagnesiumIonConduction", "temperature": 25.0}'}
    li = {"property": "ionic_conductivity", "value": 0.1, "temperature": 25.0,
          "conditions_json": '{"conducting_ion": "LithiumIonConduction", "temperature": 25.0}'}
    text = _compared("ionic_conductivity", mg, 0.1, [li], "mS/cm")
    assert "no ratio" in text and "conducting ion Li+ vs Mg2+" in text
    same = _compared("ionic_conductivity", {**mg, "value": 0.05}, 0.01, [mg], "mS/cm")
    assert "ratio 5" in same


def test_the_record_form_carries_the_conducting_ion_and_points_an_error_at_its_widget():
    from ui.app.record import build_document, widget_key

    vocab = vocabulary()
    assert vocab.categorical_conditions_for("ionic_conductivity") == ["conducting_ion", "electrolyte_medium"]
    assert vocab.categorical_conditions_for("specific_capacity") == ["cell_type"]
    assert vocab.categorical_conditions_for("hydrogen_capacity") == []
    values = {"title": "t", "author": "a", "n_samples": 1, "s0_system": "Mg(BH4)2", "s0_n_meas": 1,
              "s0_m0_property": "ionic_conductivity", "s0_m0_value": 0.01, "s0_m0_unit": "mS/cm",
              "s0_m0_temperature": 25.0, "s0_m0_conducting_ion": "Mg2+"}
    (m,) = build_document(values)["samples"][0]["measurements"]
    assert m["conditions"]["conducting_ion"] == "Mg2+"
    assert widget_key("samples[0].measurements[0].conditions.conducting_ion") == "s0_m0_conducting_ion"
    assert widget_key("samples[0].measurements[0].conditions.temperature") == "s0_m0_temperature"


def test_a_cell_given_at_its_texts_unit_still_covers_its_table_cell(tmp_path):
    """Table-cell coverage: the corrected record (with its note) stands for the cell it was read from."""
    from ingest.documents.document import parse_document
    from ingest.evaluation.coverage import coverage

    rows = _extracted(tmp_path)
    got = coverage(parse_document(PAPER), rows)
    assert got["covered"] == got["cells"], got.get("uncovered")
    without_note = [{**r, "note": None} for r in rows]
    assert coverage(parse_document(PAPER), without_note)["covered"] == got["cells"] - 1


# ------------------------------------------------- the paragraph's cell type, read where values are
def _sentences(*paragraphs):
    from types import SimpleNamespace
    out, pos = [], 0
    for p, texts in enumerate(paragraphs):
        for text in texts:
            out.append(SimpleNamespace(text=text, start=pos, end=pos + len(text), section="1", passage=0,
                                       paragraph=p))
            pos += len(text) + 1
    return out


def test_the_carried_cell_type_is_the_same_when_only_the_sentences_with_values_are_asked_about():
    from ingest.extraction.values.condition_terms import _carried

    sents = _sentences(["The anode was tested in an all-solid-state cell.", "Its capacity was 900 mAh/g.",
                        "A liquid electrolyte half cell was used later.", "It kept 500 mAh/g."],
                       ["An all-solid-state battery was built.", "Nothing was measured."],
                       ["A liquid-electrolyte cell held the film.", "It delivered 700 mAh/g."])
    places = [(s.start, s.end) for s in sents]
    wanted = {places[1], places[3], places[7]}
    full, narrowed = _carried(sents), _carried(sents, wanted)
    assert {p: narrowed[p] for p in wanted} == {p: full[p] for p in wanted}
    assert narrowed[places[1]] == {"cell_type": "AllSolidStateCell"}
    assert narrowed[places[3]] == {"cell_type": "LiquidElectrolyteCell"}
    assert narrowed[places[7]] == {"cell_type": "LiquidElectrolyteCell"}
    assert places[4] not in narrowed and places[5] not in narrowed   # a paragraph without values is not read
