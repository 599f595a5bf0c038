"""A table to import is refused over its size before it is parsed, a workbook by its unpacked size.

A .xlsx is a zip: 2.5 MB on disk held 300,000 rows (49 s, 400 MB to read), and a zip bomb of a
workbook would have taken the memory. The limit is ``ontology.limits.MAX_TABLE_BYTES``.
"""
from __future__ import annotations

import pytest

from ingest.entries import tabular
from ingest.entries.tabular import TableError, read_table


def _workbook(path, rows: int):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["system", "Ea (kJ/mol)"])
    for _ in range(rows):
        ws.append(["MgH2 + 5 wt% Nb2O5", 62.0])
    wb.save(path)
    return path


def test_a_workbook_over_the_limit_unpacked_is_refused_naming_it(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "big.xlsx", 5_000)
    assert path.stat().st_size < 100_000          # under the limit on disk, over it unpacked
    monkeypatch.setattr(tabular, "MAX_TABLE_BYTES", 100_000)
    with pytest.raises(TableError, match=r"big\.xlsx: .* bytes of table \(unpacked\); the limit is 100,000"):
        read_table(path)


def test_a_csv_over_the_limit_is_refused_and_one_under_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_TABLE_BYTES", 10_000)
    big = tmp_path / "big.csv"
    big.write_text("system,Ea (kJ/mol)\n" + "MgH2,62\n" * 2_000)
    with pytest.raises(TableError, match="the limit is 10,000"):
        read_table(big)
    small = tmp_path / "small.csv"
    small.write_text("system,Ea (kJ/mol)\n" + "MgH2,62\n" * 10)
    assert len(read_table(small).rows) == 10
