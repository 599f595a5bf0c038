"""Lab versus literature compares a lab value with its nearest analogs (same host, same strategy)
before widening, and says which conditions differ (heating rate, temperature, method)."""
from __future__ import annotations

from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.lab import caveats, compare
from ontology.vocabulary import vocabulary

EA = "dehydrogenation_activation_energy"


def _m(i, system, value, source="p", kind="publication", **kw):
    return MeasurementRow(id=i, system=system, property=EA, value=value, value_max=None,
                          unit=vocabulary().property(EA).unit, source=source, source_kind=kind, **kw)


def _systems():
    mgh = vocabulary().by_formula("MgH2").id
    cat, conf = "Catalysis", "Nanoconfinement"
    return [SystemRow(id=f"c{i}", name=f"MgH2–X{i}", host=mgh, host_formula="MgH2", strategies=[cat],
                      sources=["p"]) for i in range(3)] + [
        SystemRow(id="n1", name="MgH2@C", host=mgh, host_formula="MgH2", strategies=[conf], sources=["p"]),
        SystemRow(id="lab", name="MgH2–Nb2O5 (lab)", host=mgh, host_formula="MgH2", strategies=[cat],
                  lab_sources=["e1"])]


def test_lab_value_is_ranked_among_same_strategy_analogs():
    ms = [_m("a", "c0", 60.0, conditions={"heating_rate": 5.0}, method="Kissinger"),
          _m("b", "c1", 70.0, conditions={"heating_rate": 10.0}, method="Kissinger"),
          _m("c", "c2", 80.0, method="Kissinger"),
          _m("d", "n1", 20.0),     # a nanoconfined MgH2: not a nearest analog of a catalysed sample
          _m("l", "lab", 65.0, source="e1", kind="lab_entry", conditions={"heating_rate": 2.0},
             method="JMA")]
    (c,) = compare(_systems(), ms)
    assert c.comparable == "same host and strategy" and c.n_literature == 3
    assert c.rank == 2 and c.best_value == 60.0
    text = " | ".join(c.caveats)
    assert "heating rate 2 K/min in the lab vs 5–10 K/min in the literature (1 not stated)" in text
    assert "method JMA in the lab vs Kissinger" in text


def test_no_caveat_when_conditions_match_and_one_when_the_lab_omits_them():
    lit = [_m("a", "c0", 60.0, conditions={"heating_rate": 5.0})]
    assert caveats(_m("l", "lab", 65.0, conditions={"heating_rate": 5.0}), lit) == []
    assert caveats(_m("l", "lab", 65.0), lit) == ["heating rate of the lab value not recorded; "
                                                  "literature 5 K/min"]


def test_markdown_lists_the_caveats_under_the_lab_table():
    from kg.gaps import compute_report
    from ui.report.render import to_markdown

    ms = [_m("a", "c0", 60.0, conditions={"heating_rate": 5.0}), _m("b", "c1", 70.0),
          _m("l", "lab", 65.0, source="e1", kind="lab_entry", title="Nb2O5 batch 3",
             conditions={"heating_rate": 2.0})]
    md = to_markdown(compute_report(_systems(), ms))
    lab = md[md.index("Lab versus literature"):]
    assert "Caveats" in lab and "Nb2O5 batch 3, dehydrogenation activation energy: heating rate 2 K min⁻¹" in lab
