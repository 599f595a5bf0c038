"""An analog whose value a source gives twice — a table row and a sentence of its text, same value,
same conditions — shows that value once, with the second place under it, in the API, the CLI and the
Analogs page; and its comparison with the query is one explanation path, not two alike."""
from __future__ import annotations

import pytest

from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system

SOURCE = "doi:10.0/made-up-electrolytes"


def _conductivity(system: str, value: float, *, table: str | None = None, section: str | None = None,
                  refs: tuple[str, ...] = ("12",), temperature: str = "25 degC") -> Measurement:
    return Measurement(property="ionic_conductivity", value=value, unit="mS/cm", system=parse_system(system),
                       source=SourceRef(source_id=SOURCE, table=table, row=4 if table else None,
                                        section=section, refs=list(refs)),
                       conditions={"temperature": temperature})


@pytest.fixture()
def graph(empty_store):
    empty_store.load(GraphBatch(
        sources=[Source(id=SOURCE, kind="publication", title="Invented electrolytes")],
        measurements=[
            _conductivity("LiBH4–LiBr", 0.05, section="2.1"),
            # one result read twice: the table cell and the sentence, different reference numbers
            _conductivity("LiBH4–LiI", 0.2, table="Table 2"),
            _conductivity("LiBH4–LiI", 0.2, section="2.2", refs=("13",)),
            # near misses: another temperature is another value
            _conductivity("LiBH4–LiI", 0.9, section="2.3", temperature="60 degC"),
        ]))
    return empty_store


def _analog(graph, name):
    from kg.analogs import search

    res = search(graph, "LiBH4–LiBr", top=5)
    return next(a for a in res.analogs if a.name == name)


def test_a_value_given_in_a_table_and_in_the_text_is_one_value_line(graph):
    analog = _analog(graph, "LiBH4–LiI")
    shown = sorted((r["value"], r["conditions"]["temperature"]) for r in analog.evidence)
    assert shown == [(0.2, 25.0), (0.9, 60.0)]
    [twice] = [r for r in analog.evidence if r["value"] == 0.2]
    places = {twice.get("place"), *(a.get("place") for a in twice["also_in"])}
    assert places == {"Table 2 row 4", "§2.2"}


def test_the_comparison_with_the_query_is_one_path(graph):
    analog = _analog(graph, "LiBH4–LiI")
    notes = [p.note for p in analog.paths if p.facet == "performance"]
    assert len(notes) == len(set(notes)), notes


def test_the_cli_prints_the_value_once_and_the_second_place_under_it(graph, capsys, monkeypatch):
    import ui.cli.analogs as cli

    class _Opened:
        def __enter__(self):
            return graph

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(cli, "open_store_from_args", lambda args, read_only=True: _Opened())
    args = cli_args(["LiBH4–LiBr"])
    cli.cmd_analogs(args)
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.strip().startswith("value ionic_conductivity = 0.2 ")]
    assert len(lines) == 1, out
    assert "also in: " + SOURCE + " §2.2 [refs 13]" in out


def test_the_page_table_has_one_row_with_both_places(graph):
    from ui.app.analog_views import evidence_rows

    rows = [r for r in evidence_rows(_analog(graph, "LiBH4–LiI")) if r["value"].startswith("0.2 ")]
    assert len(rows) == 1 and "§2.2" in rows[0]["also in"]


def cli_args(query):
    import argparse

    return argparse.Namespace(query=query, weight=[], top=5, filter=[], application=None, property=[], origin="all",
                              confirmed_only=False, json=False, store="ladybug", data_dir=None)
