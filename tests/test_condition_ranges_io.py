"""A condition range ('2–4 MPa', '250 to 300 °C') through the lab inputs and outputs: spreadsheet cells,
notebook (eLabFTW / .eln) fields, plots and the entry form. Rows and fields written for these tests."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from ingest.eln.export import ExportItem, write_eln
from ingest.eln.to_entry import map_record
from ingest.entries.entry import load_entry
from ingest.entries.tabular import build_entries, plan_mapping, preview, read_table
from kg.entries import EntryRepository
from ontology.models import parse_condition_text

HEADER = "Material,hydrogen capacity (wt%),p (MPa),Temperature\n"


# ------------------------------------------------------------------------------------------- the text form
@pytest.mark.parametrize("text, unit, ends", [
    ("2–4 MPa", None, (2.0, 4.0, "MPa")),
    ("250-300 °C", None, (250.0, 300.0, "°C")),
    ("250 to 300 °C", None, (250.0, 300.0, "°C")),
    ("250 °C to 300 °C", None, (250.0, 300.0, "°C")),
    ("2–4", "MPa", (2.0, 4.0, "MPa")),
    ("-20 °C", None, (-20.0, None, "°C")),             # near miss: a negative value, no range
    ("5 K min-1", None, (5.0, None, "K min-1")),       # near miss: a unit's exponent, no range
])
def test_condition_text_reads_a_value_or_a_range(text, unit, ends):
    v = parse_condition_text(text, unit)
    assert (v.value, v.value_max, v.unit) == ends


@pytest.mark.parametrize("text, says", [
    ("4–2 MPa", "runs backwards; write the lower end first ('2–4 MPa')"),
    ("2 MPa to 30 bar", "two units (MPa and bar); write both ends in one unit"),
    ("2–4", "has no unit; write the unit after it"),
])
def test_a_bad_range_says_what_is_wrong_and_the_fix(text, says):
    with pytest.raises(ValueError, match=says.replace("(", r"\(").replace(")", r"\)")):
        parse_condition_text(text)


# ------------------------------------------------------------------------------------------- spreadsheets
def _plan(tmp_path: Path, rows: str):
    path = tmp_path / "ranges.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    table = read_table(path)
    return build_entries(table, plan_mapping(table, {"Temperature": "condition:temperature"}), author="me")


def test_table_cells_hold_condition_ranges(tmp_path):
    plan = _plan(tmp_path, "MgH2,6.0,2–4,250-300 °C\nMgH2,5.0,3,250 to 300 °C\nMgH2,5.5,1.5,275 K to 290 K\n")
    assert plan.issues == []
    first, second, third = plan.entries[0].samples[0].measurements
    assert first.conditions == {"pressure": {"value": 2.0, "value_max": 4.0, "unit": "MPa"},
                                "temperature": {"value": 250.0, "value_max": 300.0, "unit": "°C"}}
    assert second.conditions["pressure"] == {"value": 3.0, "unit": "MPa"}      # a single value stays one
    assert third.conditions["temperature"] == {"value": 275.0, "value_max": 290.0, "unit": "K"}
    assert "pressure = 2–4 MPa" in preview(plan)


@pytest.mark.parametrize("cell, column, says", [
    ("4–2", "p (MPa)", "runs backwards"),
    ("1 MPa to 20 bar", "p (MPa)", "two units"),
    ("300", "Temperature", "has no unit; put it in the column header"),
    ("250–300", "Temperature", "has no unit"),
])
def test_a_bad_range_cell_is_named_by_row_and_column_and_nothing_is_imported(tmp_path, cell, column, says):
    row = f"MgH2,6.0,{cell},280 °C\n" if column == "p (MPa)" else f"MgH2,6.0,2,{cell}\n"
    plan = _plan(tmp_path, "MgH2,5.0,2,280 °C\n" + row)
    (issue,) = plan.issues
    assert f"row 3, column '{column}'" in issue and says in issue


# ------------------------------------------------------------------------- notebooks: eLabFTW and .eln
def _experiment(**fields) -> dict:
    """An eLabFTW API v2 experiment whose extra fields hold a capacity and the given conditions."""
    extra = {"Sample": {"type": "text", "value": "MgH2 + 4 wt% Fe"},
             "hydrogen capacity": {"type": "number", "value": "5.8", "unit": "wt%"}, **fields}
    return {"id": 9, "title": "Fe-catalysed run", "body": "", "created_at": "2026-05-01 10:00:00",
            "fullname": "Test Person", "metadata": json.dumps({"extra_fields": extra})}


def _mapped(exp: dict):
    from ingest.eln.elabftw import experiment_to_record

    return map_record(experiment_to_record(exp), file="elabftw", publisher="eLabFTW")


@pytest.mark.parametrize("fields, conditions", [
    ({"Pressure": {"type": "text", "value": "2–4", "unit": "MPa"}},
     {"pressure": {"value": 2.0, "value_max": 4.0, "unit": "MPa"}}),
    ({"Temperature": {"type": "text", "value": "250 to 300 °C"}},
     {"temperature": {"value": 250.0, "value_max": 300.0, "unit": "°C"}}),
    ({"Temperature": {"type": "text", "value": "520-570", "unit": "K"}},
     {"temperature": {"value": 520.0, "value_max": 570.0, "unit": "K"}}),
    ({"Pressure": {"type": "number", "value": "3", "unit": "MPa"}},          # near miss: one value
     {"pressure": {"value": 3.0, "unit": "MPa"}}),
])
def test_an_elabftw_field_carries_a_condition_range(fields, conditions):
    doc = _mapped(_experiment(**fields)).document
    (capacity,) = doc["samples"][0]["measurements"]
    assert capacity["conditions"] == conditions
    load_entry(doc)                                   # the entry it gives is valid


def test_a_backwards_range_in_a_field_stays_a_field_and_says_why():
    m = _mapped(_experiment(Pressure={"type": "text", "value": "4–2", "unit": "MPa"}))
    (capacity,) = m.document["samples"][0]["measurements"]
    assert not capacity.get("conditions")
    why = dict(m.explain)["field 'Pressure'"]
    assert "names the condition 'pressure'" in why and "write the lower end first ('2–4 MPa')" in why


def test_an_entry_with_a_range_condition_round_trips_through_eln(tmp_path):
    repo = EntryRepository(tmp_path / "repo")
    doc = load_entry({"title": "Ni run", "author": "Test Person", "samples": [
        {"id": "S1", "system": "MgH2–5 wt% Ni", "measurements": [
            {"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%",
             "conditions": {"pressure": "2–4 MPa", "temperature": {"value": 250, "value_max": 300, "unit": "°C"}}}]}]
    }).document()
    rec = repo.create(doc, author="t", entry_id="r1")
    path = write_eln([ExportItem(document=rec.document, revisions=[])], tmp_path / "out.eln", repo.read_file)
    crate = read_crate(open_eln(path))
    (back,) = [map_record(r, file=str(path), publisher=crate.publisher) for r in crate.records]
    assert back.document == rec.document
    measured = load_entry(back.document).samples[0].measurements[0]
    assert measured.conditions["pressure"] == "2–4 MPa"
    assert measured.conditions["temperature"]["value_max"] == 300


def test_a_foreign_property_value_range_is_read_from_min_and_max(tmp_path):
    graph = [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}, "sdPublisher": {"@id": "#pub"}},
        {"@id": "#pub", "@type": "Organization", "name": "SomeELN"},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./run/"}]},
        {"@id": "./run/", "@type": "Dataset", "name": "MgH2 with 4 wt% Fe, run 2",
         "variableMeasured": [{"@id": "#cap"}, {"@id": "#p"}, {"@id": "#t"}]},
        {"@id": "#cap", "@type": "PropertyValue", "name": "hydrogen capacity", "value": 5.5, "unitText": "wt%"},
        {"@id": "#p", "@type": "PropertyValue", "name": "pressure", "minValue": 1, "maxValue": 3,
         "unitText": "MPa"},
        {"@id": "#t", "@type": "PropertyValue", "name": "temperature", "value": 280, "minValue": 280,
         "maxValue": 280, "unitText": "°C"},                       # near miss: both ends the same
    ]
    path = tmp_path / "foreign.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("x/ro-crate-metadata.json", json.dumps({"@context": "https://w3id.org/ro/crate/1.1/context",
                                                              "@graph": graph}))
    crate = read_crate(open_eln(path))
    (m,) = [map_record(r, file=str(path), publisher=crate.publisher) for r in crate.records]
    (capacity,) = m.document["samples"][0]["measurements"]
    assert capacity["conditions"] == {"pressure": {"value": 1.0, "value_max": 3.0, "unit": "MPa"},
                                      "temperature": {"value": 280.0, "unit": "°C"}}


# ------------------------------------------------------------------------------------------------- plots
def _point_row(system_id, value, low, high=None, prop="hydrogen_capacity", key="temperature"):
    return {"system_id": system_id, "system": system_id, "property": prop, "value": value, "theoretical": False,
            "source": "s", "source_title": "A test source", "source_year": 2025, "section": "", "table": None,
            "conditions": {key: low}, "condition_max": {key: high} if high is not None else {}}


def test_a_ranged_condition_is_plotted_at_its_midpoint_with_its_span():
    from ui.app.plots import PLOTS, RANGE_NOTE, chart, points_frame, svg

    capacity_t = next(p for p in PLOTS if p.y == "hydrogen_capacity")
    rows = [_point_row("a", 5.0, 250.0, 300.0), _point_row("b", 6.0, 320.0),     # b: one value, no span
            _point_row("c", 4.0, 200.0, 240.0)]
    df = points_frame(capacity_t, rows).set_index("system")
    assert (df.loc["a", "x"], df.loc["a", "x_lo"], df.loc["a", "x_hi"]) == (275.0, 250.0, 300.0)
    assert df.loc["a", "range"] == "250–300 °C" and df.loc["b", "range"] == ""
    assert df.loc["b", "x"] == 320.0
    spec = chart(capacity_t, df.reset_index()).to_dict()
    assert spec["title"]["subtitle"] == RANGE_NOTE                       # the legend says how a range is drawn
    rule, points = spec["layer"]
    assert rule["mark"]["type"] == "rule" and rule["encoding"]["x2"]["field"] == "x_hi"
    assert "range" in {t["field"] for t in points["encoding"]["tooltip"]}
    assert "midpoint" in svg(capacity_t, df.reset_index()).decode()


def test_a_temperature_range_on_the_arrhenius_axis_spans_its_ends_in_1000_over_t():
    from ui.app.plots import PLOTS, points_frame

    arrhenius = next(p for p in PLOTS if p.arrhenius)
    (point,) = points_frame(arrhenius, [_point_row("a", 0.5, 26.85, 126.85, prop="ionic_conductivity")]
                            ).to_dict("records")
    assert point["x_lo"] == pytest.approx(2.5) and point["x_hi"] == pytest.approx(1000 / 300)
    assert point["x"] == pytest.approx((2.5 + 1000 / 300) / 2) and point["T"] == pytest.approx(76.85)


def test_a_plot_without_ranges_draws_points_only():
    from ui.app.plots import PLOTS, chart, points_frame

    capacity_t = next(p for p in PLOTS if p.y == "hydrogen_capacity")
    spec = chart(capacity_t, points_frame(capacity_t, [_point_row("b", 6.0, 320.0)])).to_dict()
    assert "layer" not in spec and "subtitle" not in spec["title"]


def test_plot_points_read_a_stored_range(empty_store):
    from kg.plot_points import read_points
    from ontology.models import GraphBatch, Measurement, Source, SourceRef
    from ontology.system import parse_system

    def capacity(value, **conditions):
        return Measurement(property="hydrogen_capacity", value=value, unit="wt%", system=parse_system("MgH2"),
                           source=SourceRef(source_id="t"), conditions=conditions)

    empty_store.load(GraphBatch(sources=[Source(id="t", kind="publication", title="t")],
                                measurements=[capacity(5.0, temperature="250 to 300 °C"),
                                              capacity(6.0, temperature="320 °C")]))
    rows = sorted(read_points(empty_store, ["hydrogen_capacity"]), key=lambda r: r["value"])
    assert [(r["conditions"], r["condition_max"]) for r in rows] == [
        ({"temperature": 250.0}, {"temperature": 300.0}), ({"temperature": 320.0}, {})]


def test_the_eln_export_gives_each_condition_as_a_reference_value_with_its_range(tmp_path):
    repo = EntryRepository(tmp_path / "repo")
    doc = load_entry({"title": "Fe run", "author": "Test Person", "samples": [
        {"id": "S1", "system": "3LiBH4–LiI", "measurements": [
            {"property": "ionic_conductivity", "value": 0.2, "unit": "mS/cm",
             "conditions": {"temperature": "30 to 60 °C", "pressure": "5 MPa", "conducting_ion": "Li+"}}]}]
    }).document()
    rec = repo.create(doc, author="t", entry_id="r2")
    path = write_eln([ExportItem(document=rec.document, revisions=[])], tmp_path / "out.eln", repo.read_file)
    with zipfile.ZipFile(path) as zf:
        (name,) = [n for n in zf.namelist() if n.endswith("ro-crate-metadata.json")]
        nodes = {n["@id"]: n for n in json.loads(zf.read(name))["@graph"]}
    (measured,) = [n for n in nodes.values() if n.get("propertyID") == "ionic_conductivity"]
    refs = {nodes[r["@id"]]["propertyID"]: nodes[r["@id"]] for r in measured["valueReference"]}
    assert (refs["temperature"]["minValue"], refs["temperature"]["maxValue"], refs["temperature"]["unitText"]) \
        == (30.0, 60.0, "°C")
    assert "minValue" not in refs["pressure"] and refs["pressure"]["value"] == 5.0     # one value, no range
    assert isinstance(refs["conducting_ion"]["value"], str)
    crate = read_crate(open_eln(path))
    assert all(f.kind == "" for r in crate.records for f in r.metadata)   # references are no field type
