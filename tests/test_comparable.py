"""Comparable conditions (ontology/comparability.py): values conflict, are ratioed between analogs or
ranked against a lab value only when measured at comparable temperatures and by the same method
family; a heating rate that differs or is not stated is a caveat."""
from __future__ import annotations

import pytest

from kg.gaps.contradictions import find_contradictions
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.lab import compare, strategy_class
from ontology.comparability import (
    caveat_conditions,
    compare_conditions,
    condition_window,
    method_family,
    required_conditions,
)
from ontology.vocabulary import vocabulary


def test_the_rules_come_from_the_ontology():
    assert condition_window("temperature") == 10.0 and condition_window("heating_rate") == 0.5
    assert "temperature" in required_conditions("ionic_conductivity")
    assert "heating_rate" in caveat_conditions("dehydrogenation_activation_energy")
    assert "heating_rate" in caveat_conditions("onset_dehydrogenation_temperature")
    assert method_family("Kissinger") == method_family("Kissinger plot") == "NonIsothermalKineticAnalysis"
    assert method_family("JMAK") == method_family("Arrhenius plot") == "IsothermalKineticAnalysis"
    assert method_family("by eye") is None and method_family(None) is None


@pytest.mark.parametrize("a, b, comparable, caveat", [
    ({"temperature": 25.0}, {"temperature": 32.0}, True, None),
    ({"temperature": 25.0}, {"temperature": 60.0}, False, "temperature 25 vs 60 °C"),
    ({"temperature": 25.0}, {}, False, "temperature of one value not stated"),
    ({}, {}, False, "temperature of one value not stated"),
])
def test_conductivities_compare_within_the_temperature_window(a, b, comparable, caveat):
    c = compare_conditions("ionic_conductivity", a, b)
    assert c.comparable is comparable
    assert (caveat in c.caveats) if caveat else c.caveats == []


def test_activation_energies_by_method_family_and_heating_rate():
    same = compare_conditions("dehydrogenation_activation_energy", {"heating_rate": 5.0}, {"heating_rate": 10.0},
                              method_a="Kissinger", method_b="Kissinger method")
    assert same.comparable and same.caveats == ["heating rate 5 vs 10 K/min"]
    other = compare_conditions("dehydrogenation_activation_energy", {}, {}, method_a="Kissinger", method_b="JMAK")
    assert not other.comparable and "isothermal kinetic analysis" in other.caveats[0]
    # a lab comparison keeps the value and names the difference instead
    kept = compare_conditions("dehydrogenation_activation_energy", {}, {}, method_a="Kissinger",
                              method_b="JMAK", methods_must_match=False)
    assert kept.comparable and kept.caveats[-1].startswith("method Kissinger vs JMAK")
    unknown = compare_conditions("onset_dehydrogenation_temperature", {}, {"heating_rate": 5.0})
    assert unknown.comparable and unknown.caveats == ["heating rate not stated for one value (the other 5 K/min)"]


def _host(formula):
    return vocabulary().by_formula(formula).id


def _m(i, system, prop, value, source, **kw):
    return MeasurementRow(id=i, system=system, property=prop, value=value, value_max=None,
                          unit=vocabulary().property(prop).unit, source=source, source_kind=kw.pop("kind", "publication"),
                          **kw)


def test_contradictions_only_under_comparable_conditions():
    s = [SystemRow(id="e", name="LiBH4–LiI", host=_host("LiBH4"), host_formula="LiBH4", sources=["p1", "p2"]),
         SystemRow(id="k", name="MgH2–Ni", host=_host("MgH2"), host_formula="MgH2", sources=["p1", "p2"])]
    ms = [_m("a", "e", "ionic_conductivity", 0.1, "p1", conditions={"temperature": 25.0}),
          _m("b", "e", "ionic_conductivity", 2.0, "p2", conditions={"temperature": 120.0}),   # another T
          _m("c", "e", "ionic_conductivity", 0.9, "p2"),                                         # T unknown
          _m("d", "k", "dehydrogenation_activation_energy", 60.0, "p1", method="Kissinger"),
          _m("f", "k", "dehydrogenation_activation_energy", 110.0, "p2", method="JMAK")]
    assert find_contradictions(s, ms) == []
    ms += [_m("g", "e", "ionic_conductivity", 0.5, "p2", conditions={"temperature": 30.0}),
           _m("h", "k", "dehydrogenation_activation_energy", 95.0, "p2", method="Kissinger",
              conditions={"heating_rate": 10.0})]
    found = {c.property: c for c in find_contradictions(s, ms)}
    assert sorted(v["value"] for v in found["ionic_conductivity"].values) == [0.1, 0.5]
    ea = found["dehydrogenation_activation_energy"]
    assert sorted(v["value"] for v in ea.values) == [60.0, 95.0]
    # two Kissinger energies: one not stating a heating rate is no caveat (it comes from several rates; h38-walk2)
    assert not any("heating rate" in c for c in ea.caveats), ea.caveats


def test_a_lab_value_is_ranked_against_the_same_host_and_strategy_class():
    cat_metal = vocabulary().lookup("metal catalysis", "Strategy").id
    cat_compound = vocabulary().lookup("metal compound catalysis", "Strategy").id
    conf = vocabulary().lookup("nanoconfinement", "Strategy").id
    assert strategy_class(cat_metal) == strategy_class(cat_compound)
    mgh = _host("MgH2")
    s = [SystemRow(id=f"c{i}", name=f"MgH2–X{i}", host=mgh, host_formula="MgH2", strategies=[cat_metal],
                   sources=["p"]) for i in range(3)]
    s += [SystemRow(id=f"n{i}", name=f"MgH2@C{i}", host=mgh, host_formula="MgH2", strategies=[conf],
                    sources=["p"]) for i in range(3)]
    s.append(SystemRow(id="lab", name="MgH2–Nb2O5", host=mgh, host_formula="MgH2", strategies=[cat_compound],
                       additives=["Nb2O5"], lab_sources=["e1"]))
    ms = [_m(f"m{i}", f"c{i}", "dehydrogenation_activation_energy", 70.0 + i, "p") for i in range(3)]
    ms += [_m(f"q{i}", f"n{i}", "dehydrogenation_activation_energy", 120.0 + i, "p") for i in range(3)]
    ms.append(_m("l", "lab", "dehydrogenation_activation_energy", 65.0, "e1", kind="lab_entry", method="Kissinger"))
    [c] = compare(s, ms)
    assert c.comparable == "same host and strategy class" and c.n_literature == 3 and c.rank == 1


def test_analog_ratios_only_between_comparable_conductivities(store):
    from kg.analogs import search

    res = search(store, "Li4(BH4)3I", top=10)
    notes = {a.name: [p.note for p in a.paths if p.facet == "performance" and "ionic conductivity" in p.note]
             for a in res.analogs}
    # 35 °C against the query's room-temperature value: a ratio; 70 °C: none, and why
    assert any("ratio" in n and "no ratio" not in n for n in notes.get("Li4(BH4)3I@SBA-15", [])), notes
    seventy = notes.get("Li4(BH4)3I–PEO", [])
    assert seventy and all("no ratio" in n and "70 °C" in n for n in seventy), seventy


def test_a_sources_table_against_its_own_text_even_when_the_sentence_omits_the_temperature():
    # the table row says 3.1 mS/cm at RT; the sentence on the same compound 0.31 mS/cm, no temperature
    s = [SystemRow(id="b", name="Li2B12H12", host=_host("LiBH4"), host_formula="LiBH4", sources=["p1"])]
    ms = [_m("t", "b", "ionic_conductivity", 3.1, "p1", table="Table 3", row=1, baseline=True,
             conditions={"temperature": 25.0}),
          _m("x", "b", "ionic_conductivity", 0.31, "p1", section="3.1.3")]
    [c] = find_contradictions(s, ms)
    assert c.origin == "table_vs_text" and sorted(v["value"] for v in c.values) == [0.31, 3.1]
    assert c.caveats == ["temperature stated for one value only (25 °C)"]
    # a sentence at another temperature is another measurement, not a disagreement
    ms[1] = _m("x", "b", "ionic_conductivity", 0.31, "p1", section="3.1.3", conditions={"temperature": 120.0})
    assert find_contradictions(s, ms) == []


def test_thousands_of_values_under_a_few_conditions_are_compared_a_few_times(monkeypatch):
    """A lab with thousands of values on one system: each value is checked against the distinct
    conditions of a group, not its every member (that was quadratic, 38 s for 2,000 values)."""
    import ontology.comparability as comparability

    calls = []
    real = comparability.compare_conditions
    counted = lambda *a, **k: calls.append(1) or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(comparability, "compare_conditions", counted)
    for module in ("kg.gaps.contradictions", "kg.gaps.lab"):       # wherever it is imported by name
        monkeypatch.setattr(f"{module}.compare_conditions", counted, raising=False)
    comparability.compare_signatures.cache_clear()
    s = [SystemRow(id="k", name="MgH2–Ni", host=_host("MgH2"), host_formula="MgH2", sources=["p"])]
    ms = [_m(f"m{i}", "k", "dehydrogenation_activation_energy", 60.0 + i % 50, f"p{i}",
             conditions={"heating_rate": 5.0 if i % 2 else 10.0}, method="Kissinger") for i in range(2000)]
    found = find_contradictions(s, ms)
    assert found and len(calls) <= 10
    lab = [_m("lab", "k", "dehydrogenation_activation_energy", 70.0, "lab:1", kind="lab_entry", method="Kissinger")]
    (comp,) = compare(s, ms + lab)
    assert comp.n_literature == 2000 and len(calls) <= 20
