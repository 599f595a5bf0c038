"""A condition range ('2–4 MPa', '250 to 300 °C') through the lab inputs and outputs: spreadsheet cells,
notebook (eLabFTW / .eln) fields, plots and the entry form. Rows and fields written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.tabular import build_entries, plan_mapping, preview, read_table
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
