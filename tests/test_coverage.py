"""ingest.evaluation.coverage: which table cells count as numeric, and how many of them became measurements.

The fixture (tests/fixtures/table_coverage.md, made-up values) has 25 numeric cells: Table 1 has 12
(amount column and '/' cells not counted), Table 2 has 9 (the reaction-equation column is text),
Table 3 has 4 ('RT' is not numeric; the '25' beside '~10^-4' is a condition cell).
"""
from __future__ import annotations

import copy
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from ingest.documents.document import parse_document
from ingest.evaluation.coverage import coverage, numeric_cells, read_cell
from ingest.extract import extract_text

FIX = Path(__file__).parent / "fixtures" / "table_coverage.md"


@pytest.fixture(scope="module")
def doc():
    return parse_document(FIX.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows():
    from kg.literature import contract_row

    return [contract_row(m) for m in extract_text(FIX.read_text(encoding="utf-8")).measurements]


def _cells(doc):
    return {(c.table, c.row, c.column): c for c in numeric_cells(doc)}


def test_numeric_cells_are_decided_by_header_and_cell(doc):
    cells = _cells(doc)
    per_table = {}
    for t, _, _ in cells:
        per_table[t] = per_table.get(t, 0) + 1
    assert per_table == {"Table 1": 12, "Table 2": 9, "Table 3": 4}
    # not counted: amount ('Doping ratio (wt%)', column 2), refs, names, reaction equations, 'RT', '/'
    assert not any(col == 2 for t, _, col in cells if t in ("Table 1", "Table 2"))
    assert ("Table 3", 1, 2) not in cells and ("Table 3", 2, 2) in cells
    assert cells[("Table 3", 2, 2)].kind == "condition"
    # realigned rows: Table 1 row 3 (host in the catalyst column), Table 2 row 3 (name cells merged)
    assert cells[("Table 1", 3, 3)].text == "300/380"
    assert [v for v, _, _ in cells[("Table 2", 3, 5)].values] == [142.5]


@pytest.mark.parametrize("text,kind,keys,unit,values", [
    ("90/150 300", "value", ["onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature"], "°C",
     [90.0, 150.0, 300.0]),
    ("8 MPa 0 to 450 °C 7.0 wt%", "value", [], None, [7.0]),          # conditions are context
    ("6.0 wt% (20th)", "value", [], None, [6.0]),                      # the cycle ordinal too
    ("T58/40", "value", ["reaction_enthalpy"], "kJ/mol", [58.0, 40.0]),
    ("–35–150", "value", ["dehydrogenation_temperature"], "°C", [(-35.0, 150.0)]),
    ("~10 <sup>-4</sup>", "value", ["ionic_conductivity"], "mS/cm", [1e-4]),
    ("4 × 10 <sup>-4</sup>", "value", ["ionic_conductivity"], "mS/cm", [4e-4]),
    ("-/317.5", "value", ["onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature"], "°C", [317.5]),
    ("RT", "condition", ["temperature"], "°C", None),
    ("-/-", "value", [], None, None),
    ("Mg <sub>2</sub> NiH <sub>4</sub> → Mg <sub>2</sub> Ni + 2H <sub>2</sub>", "value", [], None, None),
])
def test_read_cell(text, kind, keys, unit, values):
    got = read_cell(text, kind, keys, unit)
    if values is None:
        assert got is None
    else:
        flat = [v if isinstance(v, tuple) else (v, None) for v in values]
        assert [(v, vmax) for v, vmax, _ in got] == [(pytest.approx(v), vmax) for v, vmax in flat]


def test_extractor_covers_every_numeric_cell_of_the_fixture(doc, rows):
    cov = coverage(doc, rows)
    assert (cov["cells"], cov["covered"]) == (25, 25) and cov["uncovered"] == []
    assert cov["per_table"]["Table 3"] == {"cells": 4, "covered": 4, "value_cells": 3, "condition_cells": 1,
                                           "coverage": 1.0}


def test_coverage_counts_what_is_missing_or_wrong(doc, rows):
    rows = copy.deepcopy(rows)

    def drop(pred):
        return [r for r in rows if not pred(r)]

    src = lambda r: (r["source"]["table"], r["source"]["row"])  # noqa: E731
    # 1) the second peak of '90/150 300' was not extracted → that cell is not covered
    rows = drop(lambda r: src(r) == ("Table 1", 2) and r["value"] == 300.0)
    # 2) nothing of Table 3 row 2 → its value cell and its condition cell are not covered
    rows = drop(lambda r: src(r) == ("Table 3", 2))
    # 3) a value under the wrong property (header says H2 capacity) does not cover the cell
    for r in rows:
        if src(r) == ("Table 2", 1) and r["value"] == 3.4:
            r["property"] = "reaction_enthalpy"
    # 4) a value whose evidence points at the whole row, not at its cell, does not cover it
    for r in rows:
        if src(r) == ("Table 2", 2) and r["value"] == 8.6:
            r["source"]["start"] -= 40
    cov = coverage(doc, rows)
    assert (cov["cells"], cov["covered"]) == (25, 20)
    assert cov["coverage"] == pytest.approx(0.8)
    missing = {(u["table"], u["row"], u["text"]) for u in cov["uncovered"]}
    assert missing == {("Table 1", 2, "90/150 300"), ("Table 3", 2, "~10^-4"), ("Table 3", 2, "25"),
                       ("Table 2", 1, "3.4"), ("Table 2", 2, "8.6")}
    assert [u["missing"] for u in cov["uncovered"] if u["text"] == "90/150 300"] == [[[300.0, None]]]
    assert cov["per_table"]["Table 1"]["covered"] == 11 and cov["per_table"]["Table 3"]["covered"] == 2


def test_extractor_reads_lists_shifted_rows_and_range_conditions():
    text = FIX.read_text(encoding="utf-8")
    b = extract_text(text)

    def ms(table, row, prop):
        return sorted(m.value for m in b.measurements
                      if m.source.table == table and m.source.row == row and m.property == prop)

    assert ms("Table 1", 2, "peak_dehydrogenation_temperature") == [150.0, 300.0]
    assert ms("Table 1", 2, "dehydrogenation_activation_energy") == [120.0, 150.0]
    assert ms("Table 2", 2, "reaction_enthalpy") == [40.0, 58.0]
    t2r3 = [m for m in b.measurements if m.source.table == "Table 2" and m.source.row == 3]
    assert {m.system.name for m in t2r3} == {"Mg(BH4)2–TiH2"}
    assert sorted((m.property, m.value) for m in t2r3) == [
        ("dehydrogenation_temperature", 142.5), ("hydrogen_capacity", 9.8), ("reaction_enthalpy", 36.0)]
    assert all(m.source.refs == ["6"] for m in t2r3)
    # 'a × 10^-n' is a power of ten, not a product; 'RT' is read as the 25 °C condition
    t3 = {m.source.row: (m.system.name, m.value, dict(m.conditions)) for m in b.measurements
          if m.source.table == "Table 3"}
    assert t3[3] == ("Mg(NH2)2", pytest.approx(6e-4), {"temperature": 25.0})
    assert t3[1][:2] == ("K2B6H6", 2.6)
    # an uptake over a temperature ramp ('0 to 450 °C') is the amount taken up by the ramp's end: its temperature
    # is the upper one alone, never the ramp's 0 °C start (moved to the range-condition decision, README's
    # ``condition_max`` note; this test once asked for no temperature at all)
    cap = [m for m in b.measurements if m.source.table == "Table 1" and m.source.row == 4
           and m.property == "absorbed_hydrogen_capacity"]       # the 'Hydrogen uptake' column
    assert [(dict(m.conditions), dict(m.condition_max)) for m in cap] == [({"pressure": 8.0, "temperature": 450.0}, {})]
    # evidence of realigned rows points at the cell, not at the whole row
    for m in b.measurements:
        if m.source.table == "Table 1" and m.source.row in (3, 4):
            assert "\t" not in text[m.source.start:m.source.end]


def test_bench_prints_the_coverage(tmp_path):
    from ui.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["bench", "extract", "--corpus", str(FIX), "--devset", str(tmp_path), "--repeat", "1",
                     "--json"]) == 0
    result = json.loads(out.getvalue())
    assert result["table_coverage"]["cells"] == 25 and result["table_coverage"]["coverage"] == 1.0
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["bench", "extract", "--corpus", str(FIX), "--devset", str(tmp_path), "--repeat", "1",
                     "--verbose"]) == 0
    assert "25 of 25 numeric cells became measurements, coverage 100.0% (target >= 95%)" in out.getvalue()
