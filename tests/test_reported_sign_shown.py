"""The sign a paper printed travels with the fact: a formation enthalpy written negative is stored as the
decomposition's magnitude, and the store, the facts query and the Review facts page still give the printed
value beside the stored one, so a chemist reading the passage sees the number it holds."""
from __future__ import annotations

import pytest
from app_pages import facts_by_value, graph_of

from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system
from ui.app.display import printed_text

SRC = "doi:10.9999/printed-sign-test"


def _enthalpy(value: float, start: int, sign: str | None, theoretical: bool = False) -> Measurement:
    return Measurement(property="reaction_enthalpy", value=value, unit="kJ/mol", system=parse_system("Li3N"),
                       reported_sign=sign, theoretical=theoretical,
                       source=SourceRef(source_id=SRC, section="2", start=start, end=start + 60))


def _batch() -> GraphBatch:
    return GraphBatch(sources=[Source(id=SRC, kind="publication", title="A paper of signed enthalpies")],
                      measurements=[_enthalpy(148.0, 10, "-", theoretical=True), _enthalpy(66.0, 200, None)])


@pytest.mark.parametrize("value, high, sign, shown", [
    (148.0, None, "-", "−148"),
    (60.0, 70.0, "-", "−60–−70"),
    (66.0, None, None, ""),           # printed as stored: nothing more to show
])
def test_printed_text_gives_the_value_as_the_source_wrote_it(value, high, sign, shown):
    assert printed_text(value, high, sign) == shown


@pytest.fixture()
def signed_graph(ontology_store, tmp_path):
    return graph_of(ontology_store, tmp_path / "d", _batch())


def test_the_store_keeps_the_printed_sign(signed_graph):
    rows, _ = facts_by_value(signed_graph)
    assert rows[148.0]["reported_sign"] == "-"
    assert rows[66.0]["reported_sign"] is None
    assert rows[148.0]["theoretical"] is True and not rows[66.0]["theoretical"]


@pytest.mark.slow   # runs the Review facts page over a small graph
def test_review_page_shows_the_printed_value_beside_the_stored_one(signed_graph, monkeypatch):
    from app_pages import page_test
    from state_reset import reset_store_cache

    reset_store_cache()
    at = page_test(monkeypatch, signed_graph, "6_Review_facts.py").run()
    assert not at.exception, at.exception
    table = at.table[0].value
    if "148" not in table.loc["value", "value"]:          # the queue may open on the other fact first
        next(b for b in at.button if b.label.startswith("Next")).click().run()
        table = at.table[0].value
    assert table.loc["value", "value"].startswith("148") and table.loc["as printed", "value"] == "−148 kJ mol⁻¹"
    assert table.loc["basis", "value"].startswith("theoretical")   # computed by the source, said beside the value
    reset_store_cache()
