"""A query that names what the schema lacks is answered in the schema's words, in one place (the
store's query) for the console, `hkg query` and the Python API; the console shows the schema."""
from __future__ import annotations

import pytest
from app_pages import page_test

from kg.store import StoreError, open_store


@pytest.fixture(scope="module")
def bare_store(tmp_path_factory):
    with open_store("ladybug", data_dir=tmp_path_factory.mktemp("hints") / "g") as st:
        st.ensure_schema()
        yield st


@pytest.mark.parametrize(("cypher", "answer"), [
    ("MATCH (s:Sytem) RETURN s.id LIMIT 1", "no label Sytem — did you mean System?"),
    ("MATCH (s:System)-[:HAS_HOTS]->(m) RETURN m.id", "no relationship type HAS_HOTS — did you mean HAS_HOST?"),
    ("MATCH (s:System) RETURN s.nmae", "no property nmae on s — did you mean s.name?"),
    ("MATCH (:System)-[r:HAS_ADDITIVE]->() RETURN r.amout", "no property amout on r — did you mean r.amount?"),
    ("MATCH (m:Measurement) WHERE m.valeu > 1 RETURN m.id", "no property valeu on m — did you mean m.value?"),
])
def test_a_misspelt_schema_name_gets_the_name_the_schema_has(bare_store, cypher, answer):
    with pytest.raises(StoreError) as err:
        bare_store.query(cypher)
    assert str(err.value) == answer
    assert "Binder exception" not in str(err.value)


def test_other_errors_and_the_guard_are_unchanged(bare_store):
    with pytest.raises(StoreError, match="not in scope"):
        bare_store.query("MATCH (s:System) RETURN s.id AS x ORDER BY y")
    with pytest.raises(StoreError, match="DELETE|write|refused"):
        bare_store.query("MATCH (s:Sytem) DETACH DELETE s")
    assert bare_store.query("MATCH (s:System) RETURN count(s) AS n") == [{"n": 0}]


def test_a_name_far_from_every_schema_name_lists_the_names():
    from kg.query_hints import schema_hint

    hint = schema_hint("Binder exception: Table Qqqqqq does not exist.", "MATCH (q:Qqqqqq) RETURN q")
    assert hint is not None and hint.startswith("no label Qqqqqq; the labels are: ")
    assert "System" in hint and "Measurement" in hint


def test_the_schema_rows_name_every_label_and_relationship():
    from kg.schema import label_rows, labels, rel_types, relationship_rows

    assert [r["label"] for r in label_rows()] == list(labels())
    assert [r["relationship"] for r in relationship_rows()] == list(rel_types())
    system = next(r for r in label_rows() if r["label"] == "System")
    assert "name" in system["properties"].split(", ")
    host = next(r for r in relationship_rows() if r["relationship"] == "HAS_HOST")
    assert host["from → to"] == "System → Material" and "amount" in host["properties"]


def test_hkg_query_and_the_python_api_say_the_same(data_dir, capsys):
    from ui.api import HydrideKG
    from ui.cli import main

    assert main(["query", "--data-dir", str(data_dir), "MATCH (s:Sytem) RETURN s.id LIMIT 1"]) != 0
    assert "did you mean System?" in capsys.readouterr().err
    kg = HydrideKG(data_dir=str(data_dir), read_only=True)
    try:
        with pytest.raises(StoreError, match="did you mean System"):
            kg.query("MATCH (s:Sytem) RETURN s.id LIMIT 1")
    finally:
        kg.close()


def test_the_console_shows_the_schema_and_the_suggestion(monkeypatch, data_dir):
    at = page_test(monkeypatch, data_dir, "9_Query_console.py")
    at.run()
    shown = [df.value for df in at.dataframe]
    assert any("label" in df.columns and "System" in set(df["label"]) for df in shown)
    assert any("relationship" in df.columns and "HAS_HOST" in set(df["relationship"]) for df in shown)
    at.text_area[0].set_value("MATCH (s:Sytem) RETURN s.id LIMIT 1")
    at.button[0].click().run()
    assert not at.exception
    assert any("did you mean System?" in e.value for e in at.error)
