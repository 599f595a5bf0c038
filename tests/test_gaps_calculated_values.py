"""A calculated (DFT) value is no measured literature value: it neither makes a host 'studied' nor sets the
yardstick a lab's measured result is ranked against (graphs of our own)."""
from __future__ import annotations

from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.lab import compare
from kg.gaps.promise import storage_hosts, unmeasured_property_gaps
from ontology.vocabulary import vocabulary

SOURCE = "doi:10.0/invented"
EA = "dehydrogenation_activation_energy"


def _host(formula: str) -> str:
    term = vocabulary().by_formula(formula)
    assert term is not None, formula
    return term.id


def _system(sid: str, name: str, lab: bool = False) -> SystemRow:
    where = {"lab_sources": [f"lab:{sid}"]} if lab else {"sources": [SOURCE]}
    return SystemRow(id=sid, name=name, host=_host("MgH2"), host_formula="MgH2", **where)


def _ea(mid: str, system: str, value: float, lab: bool = False, **kw) -> MeasurementRow:
    return MeasurementRow(id=mid, system=system, property=EA, value=value, value_max=None, unit="kJ/mol",
                          source=f"lab:{system}" if lab else SOURCE,
                          source_kind="lab_entry" if lab else "publication", **kw)


LAB = _system("lab", "MgH2", lab=True)
LIT = _system("lit", "MgH2")


def test_a_lab_value_is_not_ranked_against_a_dft_number():
    rows = [_ea("l", "lab", 120.0, lab=True), _ea("d", "lit", 60.0, calculated=True), _ea("e", "lit", 150.0)]
    (c,) = compare([LAB, LIT], rows)
    assert (c.n_literature, c.best_value, c.rank) == (1, 150.0, 1)


def test_with_only_a_dft_number_the_lab_value_has_nothing_to_compare_with():
    (c,) = compare([LAB, LIT], [_ea("l", "lab", 120.0, lab=True), _ea("d", "lit", 60.0, calculated=True)])
    assert c.n_literature == 0 and c.percentile is None and c.comparable == ""


def test_a_host_with_only_calculated_values_is_not_a_studied_storage_host():
    mgh = _host("MgH2")
    assert mgh not in storage_hosts([LIT], [_ea("d", "lit", 60.0, calculated=True)]).get("HydrogenStorage", set())
    # near miss: the same value measured makes MgH2 a studied storage host
    assert mgh in storage_hosts([LIT], [_ea("e", "lit", 150.0)])["HydrogenStorage"]


def test_a_property_only_calculated_is_still_an_unmeasured_gap():
    onset = _ea("o", "lit", 300.0)
    onset.property, onset.unit = "onset_dehydrogenation_temperature", vocabulary().property(
        "onset_dehydrogenation_temperature").unit
    rows = [onset, _ea("d", "lit", 60.0, calculated=True)]
    assert [g.value for g in unmeasured_property_gaps([LIT], rows, EA)] == [EA]
    # near miss: a measured activation energy closes the gap
    assert unmeasured_property_gaps([LIT], [onset, _ea("e", "lit", 150.0)], EA) == []
