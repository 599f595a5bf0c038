"""Spreadsheet import: column mapping, preview, grouping, and errors by row and column."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.entries.tabular import TableError, build_entries, plan_mapping, preview, read_table

LONG = """Sample,Material,Property,Value,Unit,T (°C),Technique
A,MgH2–10 wt% Ni,hydrogen capacity,6.1,wt%,300,PCT
A,MgH2–10 wt% Ni,onset dehydrogenation temperature,483.15,K,,
B,2LiBH4–MgH2,hydrogen_capacity,"10,5",wt%,400,
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_long_table_maps_columns_and_groups_samples(tmp_path):
    t = read_table(write(tmp_path, "lab.csv", LONG))
    mapping = plan_mapping(t)
    fields = {m.column: m.field for m in mapping}
    assert fields == {"Sample": "sample", "Material": "system", "Property": "property", "Value": "value",
                      "Unit": "unit", "T (°C)": "condition:temperature", "Technique": "technique"}
    plan = build_entries(t, mapping, author="me", title="old spreadsheet")
    assert plan.issues == []
    (entry,) = plan.entries
    assert entry.title == "old spreadsheet" and [s.id for s in entry.samples] == ["A", "B"]
    assert entry.system("A").name == "MgH2–10 wt% Ni"
    a = entry.samples[0].measurements
    assert a[0].conditions == {"temperature": {"value": 300.0, "unit": "°C"}}
    assert entry.samples[1].measurements[0].value == 10.5   # decimal comma
    text = preview(plan)
    assert "condition:temperature [°C]" in text and "MgH2–10 wt% Ni" in text


def test_wide_columns_and_explicit_mapping(tmp_path):
    text = ("exp;compound;hydrogen capacity (wt%);peak dehydrogenation temperature (°C);heating (K/min);who\n"
            "e1;MgH2;7,0;350;5;x\n"
            "e2;LiBH4;13;450;10;y\n")
    t = read_table(write(tmp_path, "wide.csv", text))
    with pytest.raises(TableError, match=r"\['exp', 'compound', 'who'\]"):
        plan_mapping(t)
    mapping = plan_mapping(t, {"exp": "entry", "compound": "system", "heating (K/min)": "condition:heating_rate",
                               "who": "author"})
    plan = build_entries(t, mapping)
    assert plan.issues == []
    assert [e.author for e in plan.entries] == ["x", "y"]
    (peak,) = [m for m in plan.entries[0].samples[0].measurements
               if m.property == "peak_dehydrogenation_temperature"]
    assert peak.conditions == {"heating_rate": {"value": 5.0, "unit": "K/min"}}


def test_errors_name_file_row_and_column(tmp_path):
    bad = LONG.replace("6.1,wt%", "6.1,kJ/mol").replace("10,5", "19")
    t = read_table(write(tmp_path, "bad.csv", bad))
    plan = build_entries(t, plan_mapping(t), author="me")
    assert plan.entries == []          # the entry is refused as a whole
    joined = "\n".join(plan.issues)
    assert "bad.csv: row 2, column 'Unit': unit 'kJ/mol' does not fit" in joined
    assert "bad.csv: row 4, column 'Value'" in joined and "theoretical" in joined


def test_unknown_formula_and_bad_mapping(tmp_path):
    t = read_table(write(tmp_path, "f.csv", LONG.replace("2LiBH4–MgH2", "Xx9Qq")))
    plan = build_entries(t, plan_mapping(t), author="me")
    assert any("column 'Material'" in i and "Xx9Qq" in i for i in plan.issues)
    with pytest.raises(TableError, match="not in the table"):
        plan_mapping(t, {"Nope": "system"})
    with pytest.raises(TableError, match="unknown field"):
        plan_mapping(t, {"Technique": "colour"})


def test_excel_is_read(tmp_path):
    import pandas as pd

    path = tmp_path / "lab.xlsx"
    pd.DataFrame({"system": ["MgH2", "MgH2"], "property": ["hydrogen_capacity"] * 2,
                  "value": [6.5, 6.8], "unit": ["wt%", "wt%"], "sample": ["s1", "s2"]}).to_excel(path, index=False)
    t = read_table(path)
    plan = build_entries(t, plan_mapping(t), author="me")
    assert plan.issues == [] and len(plan.entries[0].samples) == 2


def test_empty_and_unknown_files(tmp_path):
    with pytest.raises(TableError, match="no rows"):
        read_table(write(tmp_path, "e.csv", "system,value\n"))
    with pytest.raises(TableError, match="unknown table type"):
        read_table(write(tmp_path, "x.pdf", "hi"))


def test_cli_preview_writes_nothing_and_reimport_adds_nothing(monkeypatch, tmp_path, capsys):
    from kg.entries import EntryRepository
    from ui.cli import main

    data = tmp_path / "data"
    monkeypatch.setenv("HKG_DATA_DIR", str(data))
    monkeypatch.setenv("HKG_USER", "tester")
    src = write(tmp_path, "lab.csv", LONG)
    assert main(["import", "table", str(src), "--preview", "--author", "me"]) == 0
    assert "condition:temperature" in capsys.readouterr().out
    assert EntryRepository(data).ids() == []
    assert main(["import", "table", str(src), "--author", "me", "--no-graph"]) == 0
    assert main(["import", "table", str(src), "--author", "me", "--no-graph"]) == 0
    assert "1 already imported" in capsys.readouterr().out
    assert len(EntryRepository(data).ids()) == 1
    bad = write(tmp_path, "bad.csv", LONG.replace("6.1,wt%", "6.1,kJ/mol"))
    assert main(["import", "table", str(bad), "--author", "me", "--no-graph"]) == 2
    assert "row 2, column 'Unit'" in capsys.readouterr().err
    assert len(EntryRepository(data).ids()) == 1


@pytest.mark.parametrize("header, field, unit", [
    ("Tonset (°C)", "value:onset_dehydrogenation_temperature", "°C"),
    ("T_onset (K)", "value:onset_dehydrogenation_temperature", "K"),
    ("onset T (°C)", "value:onset_dehydrogenation_temperature", "°C"),
    ("T(onset) [°C]", "value:onset_dehydrogenation_temperature", "°C"),
    ("T_peak (°C)", "value:peak_dehydrogenation_temperature", "°C"),
    ("Tpeak (K)", "value:peak_dehydrogenation_temperature", "K"),
    ("Ea (kJ/mol)", "value:dehydrogenation_activation_energy", "kJ/mol"),
    ("E_a (kJ/mol)", "value:dehydrogenation_activation_energy", "kJ/mol"),
    ("onset temperature (°C)", "value:onset_dehydrogenation_temperature", "°C"),
    # a bare temperature (or its symbol) is still the condition
    ("T (°C)", "condition:temperature", "°C"),
    ("temperature (K)", "condition:temperature", "K"),
    ("p (bar)", "condition:pressure", "bar"),
])
def test_property_symbols_win_over_the_bare_condition(tmp_path, header, field, unit):
    t = read_table(write(tmp_path, "h.csv", f"system,hydrogen capacity (wt%),{header}\nMgH2,6,300\n"))
    (m,) = [m for m in plan_mapping(t) if m.column == header]
    assert (m.field, m.unit) == (field, unit)


def test_tonset_column_is_the_onset_property_with_its_unit(tmp_path):
    t = read_table(write(tmp_path, "onset.csv", "Sample,system,Tonset (°C),T (°C)\nA,MgH2–10 wt% Ni,250,\n"))
    plan = build_entries(t, plan_mapping(t), author="me")
    assert plan.issues == []
    (m,) = plan.entries[0].samples[0].measurements
    assert m.property == "onset_dehydrogenation_temperature"
    assert (m.value, m.unit) == (250.0, "°C") and m.conditions == {}


def test_mapping_errors_and_help_list_the_same_fields(tmp_path, capsys):
    from ingest.entries.tabular import ROW_FIELDS
    from ui.cli import build_parser

    t = read_table(write(tmp_path, "u.csv", "system,value,property,unit,who\nMgH2,6,hydrogen_capacity,wt%,x\n"))
    with pytest.raises(TableError) as exc:
        plan_mapping(t)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "table", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for f in ROW_FIELDS:                         # 'project' and 'qualifier' included
        assert f in str(exc.value), f
        assert f in help_text, f
    for extra in ("condition:<key>", "value:<property>"):
        assert extra in str(exc.value) and extra in help_text
