"""An activation energy from several heating rates (Kissinger, Ozawa) has no single heating rate: the lab value
against the literature and two analogs' energies no longer carry 'heating rate not stated' for it. The method
is read from the ontology (``hkg:spansCondition`` on the non-isothermal kinetic analyses). Values invented."""
from __future__ import annotations

import pytest

from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.lab import compare
from ontology.comparability import compare_conditions, spanned_conditions

SOURCE = "doi:10.0/invented"
LAB = SystemRow(id="lab", name="MgH2–5 wt% Nb2O5", host="MagnesiumHydride", host_formula="MgH2",
                additives=["Nb2O5"], additive_ids=["Nb2O5"], strategies=["MetalCompoundCatalysis"],
                lab_sources=["lab:lab"])
LIT = [SystemRow(id=f"c{i}", name=f"MgH2–X{i}", host="MagnesiumHydride", host_formula="MgH2", additives=[f"X{i}"],
                 additive_ids=[f"X{i}"], strategies=["MetalCatalysis"], sources=[SOURCE]) for i in range(3)]


def _caveats(method, prop="dehydrogenation_activation_energy", unit="kJ/mol"):
    rows = [MeasurementRow(id="l", system="lab", property=prop, value=72.0, value_max=None, unit=unit,
                           source="lab:lab", source_kind="lab_entry", method=method),
            *(MeasurementRow(id=f"m{i}", system=f"c{i}", property=prop, value=v, value_max=None, unit=unit,
                             source=SOURCE, source_kind="publication", conditions={"heating_rate": 5.0})
              for i, v in enumerate((60.0, 80.0, 90.0)))]
    (c,) = compare([LAB, *LIT], rows)
    return c.caveats


@pytest.mark.parametrize("method", ["Kissinger", "Kissinger method", "KissingerAnalysis", "Ozawa",
                                    "Flynn-Wall-Ozawa", "isoconversional analysis"])
def test_an_energy_from_several_heating_rates_has_no_unstated_heating_rate_caveat(method):
    assert not any("heating rate" in x for x in _caveats(method)), _caveats(method)
    assert spanned_conditions(method) == {"heating_rate"}
    both = compare_conditions("dehydrogenation_activation_energy", {}, {"heating_rate": 5.0},
                              method_a=method, method_b=method)
    assert both.comparable and not any("heating rate" in x for x in both.caveats), both.caveats


@pytest.mark.parametrize("method", [None, "JMAK", "Arrhenius analysis"])
def test_near_miss_an_energy_without_such_a_method_keeps_the_caveat(method):
    assert any(x.startswith("heating rate of the lab value not recorded") for x in _caveats(method))
    assert spanned_conditions(method) == frozenset()


def test_near_miss_a_peak_temperature_keeps_its_heating_rate_caveat():
    assert any("heating rate" in x for x in _caveats(None, "peak_dehydrogenation_temperature", "degC"))
    got = compare_conditions("peak_dehydrogenation_temperature", {}, {"heating_rate": 5.0})
    assert "heating rate not stated for one value (the other 5 K/min)" in got.caveats[0]


def test_near_miss_two_kissinger_energies_stating_other_rates_keep_the_difference():
    got = compare_conditions("dehydrogenation_activation_energy", {"heating_rate": 2.0}, {"heating_rate": 20.0},
                             method_a="Kissinger", method_b="Ozawa")
    assert "heating rate 2 vs 20 K/min" in got.caveats


def test_a_kinetic_analysis_picked_as_the_technique_is_the_lab_value_s_method():
    # the Record form offers 'Kissinger analysis' under Technique: the value's method for the comparisons
    from ingest.entries.entry import entry_to_batch, load_entry

    rows = [{"property": "dehydrogenation activation energy", "value": 72, "unit": "kJ/mol", "technique": t}
            for t in ("Kissinger analysis", "TPD")]
    entry = load_entry({"id": "k", "title": "Kissinger from the form", "author": "A. Researcher",
                        "samples": [{"id": "S1", "system": "MgH2", "measurements": rows}]})
    assert [m.method for m in entry_to_batch(entry).measurements] == ["Kissinger analysis", None]
    assert not any("heating rate" in x for x in _caveats("Kissinger analysis"))
