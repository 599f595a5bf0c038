"""A table shown in the app keeps one type per column: a gap in a number column is NA, not '' (Arrow,
which Streamlit's grid reads, cannot convert '' among numbers and logs an error at the first load)."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest
from app_pages import page_test

from ui.app.display import frame


def test_gaps_are_na_in_number_yes_no_and_list_columns_and_blank_in_text():
    rows = [{"title": "A paper", "year": 2019, "value": 1.5, "baseline": True, "authors": ["Li, X."]},
            {"title": None, "year": None, "value": None, "baseline": None, "authors": None}]
    shown = frame(pd.DataFrame(rows))
    pa.Table.from_pandas(shown)                       # strict: no '' among numbers or booleans
    assert str(shown["year"].dtype) == "Int64" and shown["year"].tolist()[0] == 2019
    assert shown["year"].isna().tolist() == [False, True]
    assert shown["value"].isna().tolist() == [False, True] and shown["value"][0] == 1.5
    assert shown["baseline"].isna().tolist() == [False, True]
    assert shown["title"].tolist() == ["A paper", ""]
    assert shown["authors"].tolist() == [["Li, X."], []]


@pytest.fixture(scope="module")
def lab_entry(data_dir):
    """A lab entry: a source without a year."""
    from kg.notebook import LabNotebook
    from ui.app import record

    checked = record.check(record.build_document({"title": "Milled hydride", "author": "A. Researcher",
                                                  "n_samples": 1, "s0_system": "MgH2", "s0_n_meas": 0}))
    assert checked.entry is not None, checked.errors
    with open_graph(data_dir, read_only=False) as store:
        record.save(checked.entry, author="tester", notebook=LabNotebook(data_dir, store=store))


def test_the_home_page_needs_no_arrow_fix(monkeypatch, data_dir, lab_entry):
    """Streamlit repairs a table Arrow refuses and logs it: here any repair fails the page."""
    import streamlit.dataframe_util as util

    def refuse(df, *args, **kwargs):
        raise AssertionError(f"a table needed an Arrow fix: {df.dtypes.to_dict()}")

    monkeypatch.setattr(util, "fix_arrow_incompatible_column_types", refuse)
    with open_graph(data_dir) as store:
        assert any(s.get("year") is None for s in store.stats()["sources"]), "the graph has a source without year"
    at = page_test(monkeypatch, data_dir, "Home.py").run()
    assert not at.exception, at.exception


def open_graph(data_dir, read_only=True):
    from kg.store import open_store

    return open_store("ladybug", data_dir=data_dir, read_only=read_only)
