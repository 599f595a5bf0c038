"""A value a source calculated (DFT, first principles) says so in the graph, not only in the batch: the store keeps
`calculated` beside `theoretical`, and the facts query, the API, `hkg facts list` and the Review facts page give
'calculated' where they gave 'theoretical' for a value worked out from the composition. A store made before the
graph kept the flag gains the column (empty) and loses nothing. Sentences written for this test."""
from __future__ import annotations

import json

import pytest
from app_pages import facts_by_value, graph_of

DOC = ("# Computed and measured enthalpies of Mg2FeH6\n\n## Results\n\n"
       "Density functional theory calculations give Mg2FeH6 a decomposition enthalpy of 79 kJ/mol H2.\n\n"
       "## Experiments\n\n"
       "Our pressure-composition isotherms of MgH2 gave a decomposition enthalpy of 74.5 kJ/mol H2.\n\n"
       "Mg2FeH6 holds 5.5 wt% hydrogen in theory.\n")
BASIS = {79.0: "calculated", 74.5: "measured", 5.5: "theoretical"}


def _batch():
    from ingest.extract import extract_text

    batch = extract_text(DOC)
    assert {m.value: m.basis for m in batch.measurements} == BASIS      # the extraction's reading, stored below
    return batch


@pytest.fixture()
def dft_graph(ontology_store, tmp_path):
    return graph_of(ontology_store, tmp_path / "d", _batch())


def test_the_store_and_the_api_keep_calculated_apart_from_theoretical(dft_graph):
    for got in facts_by_value(dft_graph):
        assert {v: (r["calculated"], r["theoretical"]) for v, r in got.items()} == {
            79.0: (True, False), 74.5: (False, False), 5.5: (False, True)}


def test_hkg_facts_list_says_calculated(dft_graph, monkeypatch, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(dft_graph))
    assert main(["facts", "list"]) == 0
    lines = {line.split(" = ")[1].split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["79"].endswith("kJ/mol (calculated)") and lines["5.5"].endswith("wt% (theoretical)")
    assert lines["74.5"].endswith("kJ/mol")


def test_basis_words():
    from ui.app.display import basis_text, basis_word

    assert basis_text({"calculated": True, "theoretical": False}) == "calculated (DFT, first principles)"
    assert basis_text({"theoretical": True}) == "theoretical (from the composition)"
    assert basis_word({"calculated": None, "theoretical": False}) == "" == basis_text({})


@pytest.mark.slow   # runs the Review facts page over a small graph
def test_review_page_says_a_dft_value_is_calculated(dft_graph, monkeypatch):
    from app_pages import review_queue_tables

    shown = {t.loc["value", "value"].split()[0]: t.loc["basis", "value"] if "basis" in t.index else ""
             for t in review_queue_tables(monkeypatch, dft_graph, len(BASIS))}
    assert shown == {"79": "calculated (DFT, first principles)", "74.5": "",
                     "5.5": "theoretical (from the composition)"}


def test_a_store_made_before_the_flag_gains_the_column_and_keeps_its_facts(dft_graph, monkeypatch, capsys):
    """As the start code made it: no `calculated` column, another schema stamp. The first `hkg facts` adds the
    column (null: read as not calculated) and every fact keeps its fields."""
    from kg.store import open_store
    from ui.cli import main

    with open_store("ladybug", data_dir=dft_graph) as store:
        store._write([("ALTER TABLE Measurement DROP calculated", {}),
                      ("MATCH (m:HkgMeta) SET m.schema_version = 'older'", {})])
        assert store.missing_columns() == ["ALTER TABLE Measurement ADD `calculated` BOOLEAN"]
        before = store.query("MATCH (m:Measurement) RETURN m.id AS id, m.value AS value, m.theoretical AS theoretical,"
                             " m.reported_sign AS reported_sign, m.fact_id AS fact_id ORDER BY id")
    monkeypatch.setenv("HKG_DATA_DIR", str(dft_graph))
    assert main(["facts", "list", "--json"]) == 0
    out = capsys.readouterr()
    assert "made by an older HydrideKG" in out.err
    rows = {r["value"]: r for r in json.loads(out.out)}
    assert {v: (r["calculated"], r["theoretical"]) for v, r in rows.items()} == {
        79.0: (None, False), 74.5: (None, False), 5.5: (None, True)}
    with open_store("ladybug", data_dir=dft_graph, read_only=True) as store:
        assert store.missing_columns() == [] and store.schema_is_current()
        after = store.query("MATCH (m:Measurement) RETURN m.id AS id, m.value AS value, m.theoretical AS theoretical,"
                            " m.reported_sign AS reported_sign, m.fact_id AS fact_id ORDER BY id")
    assert after == before and len(after) == 3
