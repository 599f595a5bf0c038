"""A table as a spreadsheet on another machine saves it: Excel's 'Unicode text' is UTF-16 with tabs, a
Windows 'CSV' is cp1252 (the degree sign of 'Tonset (°C)' is the byte 0xB0). `hkg import table` read
UTF-8 only and refused both with "'utf-8' codec can't decode byte 0xff in position 0"."""
from __future__ import annotations

import pytest

from ingest.entries.tabular import TableError, build_entries, plan_mapping, read_table

ROWS = [("MgH2 + 5 wt% Nb2O5", "205", "70"), ("MgH2–10 wt% Ni", "231", "88")]


def _text(sep: str) -> str:
    return "\n".join(sep.join(r) for r in [("system", "Tonset (°C)", "Ea (kJ/mol)"), *ROWS]) + "\n"


def _measured(path) -> list[tuple]:
    table = read_table(path)
    plan = build_entries(table, plan_mapping(table), author="T")
    return sorted((str(s.system), m.property, m.value, m.unit)
                  for e in plan.entries for s in e.samples for m in s.measurements)


@pytest.mark.parametrize("name,encoding,sep", [("unicode-text.txt", "utf-16", "\t"),
                                               ("windows.csv", "cp1252", ","),
                                               ("windows-semicolon.csv", "cp1252", ";")])
def test_a_table_in_a_windows_encoding_reads_as_the_utf8_one(tmp_path, name, encoding, sep):
    plain = tmp_path / "plain.csv"
    plain.write_text(_text(","), encoding="utf-8")
    other = tmp_path / name
    other.write_bytes(_text(sep).encode(encoding))
    assert read_table(other).columns == ["system", "Tonset (°C)", "Ea (kJ/mol)"]
    assert _measured(other) == _measured(plain) and len(_measured(plain)) == 4


def test_near_miss_excels_utf8_with_its_bom_still_reads(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _text(",").encode("utf-8"))
    assert read_table(path).columns[0] == "system"


def test_an_empty_file_says_so(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(TableError, match="empty.csv: the file is empty"):
        read_table(path)
