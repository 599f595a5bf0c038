"""A calculated (DFT) value is no contradiction of a measured one: a computation that gives 92 kJ/mol where
isotherms gave 74 says how far the calculation is from the experiment, not that two studies disagree on the
sample. Calculated values are set only against calculated ones (and such a contradiction says they all are);
the gap report's reader takes the flag from the graph. Values and sentences written for this test."""
from __future__ import annotations

import pytest
from app_pages import graph_of

from kg.gaps import compute_report
from kg.gaps.contradictions import CALCULATED_CAVEAT
from kg.gaps.facts import MeasurementRow, SystemRow
from ontology.vocabulary import vocabulary

H = "reaction_enthalpy"


def _m(i, prop, value, source, **kw) -> MeasurementRow:
    return MeasurementRow(id=i, system="s", property=prop, value=value, value_max=None,
                          unit=vocabulary().property(prop).unit, source=source, source_kind="publication", **kw)


def _contradictions(*rows: MeasurementRow):
    host = vocabulary().by_formula("Mg2FeH6")
    systems = [SystemRow(id="s", name="Mg2FeH6", host=host.id, host_formula="Mg2FeH6", sources=["p1", "p2", "p3"])]
    return compute_report(systems, list(rows)).contradictions


@pytest.mark.parametrize("calc, measured", [
    (_m("c", H, 92.0, "p1", calculated=True), _m("e", H, 74.0, "p2")),                 # two studies
    (_m("c", H, 92.0, "p1", calculated=True), _m("e", H, 74.0, "p1", table="Table 1", row=2)),  # table vs text
    (_m("c", H, 0.074, "p1", calculated=True), _m("e", H, 74.0, "p2")),                # 10³ apart: no unit slip
])
def test_a_calculated_value_does_not_contradict_a_measured_one(calc, measured):
    assert _contradictions(calc, measured) == []


def test_measured_values_still_contradict_and_calculated_ones_among_themselves_say_so():
    # near misses: the same two numbers, both measured, are a contradiction (without the caveat) …
    (both,) = _contradictions(_m("a", H, 92.0, "p1"), _m("b", H, 74.0, "p2"))
    assert CALCULATED_CAVEAT not in both.caveats
    # … and two calculations that disagree are one too, named as calculated; a measured value beside them joins none
    (calc,) = _contradictions(_m("a", H, 92.0, "p1", calculated=True), _m("b", H, 74.0, "p2", calculated=True),
                              _m("e", H, 80.0, "p3"))
    assert CALCULATED_CAVEAT in calc.caveats and {v["value"] for v in calc.values} == {92.0, 74.0}


def test_the_gap_reader_takes_calculated_from_the_graph(ontology_store, tmp_path):
    from ingest.extract import extract_text
    from kg.gaps.read import read_rows
    from kg.store import open_store

    batch = extract_text("# Enthalpies\n\n## Results\n\n"
                         "Density functional theory calculations give Mg2FeH6 a decomposition enthalpy of 79 kJ/mol H2."
                         "\n\nOur pressure-composition isotherms of MgH2 gave a decomposition enthalpy of 74.5 kJ/mol H2.\n")
    with open_store("ladybug", data_dir=graph_of(ontology_store, tmp_path / "g", batch), read_only=True) as store:
        rows = read_rows(store)["measurements"]
    assert {r.value: r.calculated for r in rows} == {79.0: True, 74.5: False}
