"""A deuteride is the isotopologue of its hydride: its host is the hydride ('NaAlD4' -> NaAlH4), so neutron and
isotope studies meet the same host in the graph; the system keeps the name as written. Every sentence here was
written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ontology.system import host_formula, parse_system


@pytest.mark.parametrize("written, host", [
    ("NaAlD4", "NaAlH4"), ("MgD2", "MgH2"), ("LiBD4", "LiBH4"), ("Mg(BD4)2", "Mg(BH4)2"),
])
def test_a_deuteride_is_hosted_by_its_hydride(written, host):
    assert host_formula(parse_system(written)) == host


def test_elements_spelled_with_a_d_are_no_deuterium():
    """Near misses: dysprosium is no deuterium, as a host or an additive."""
    assert host_formula(parse_system("DyH3")) == "DyH3"
    assert [c.formula for c in parse_system("MgH2–Dy").additives] == ["Dy"]


@pytest.mark.parametrize("text, value, host, name", [
    ("Our NaAlD4 doped with 2 mol% TiCl3 starts releasing deuterium at 152 °C.", 152.0, "NaAlH4", "NaAlD4"),
    ("In the neutron study, the purified Ca(BD4)2 decomposed at 368 °C.", 368.0, "Ca(BH4)2", "Ca(BD4)2"),
    ("The first step of LiAlD4 decomposition peaks at 171 °C.", 171.0, "LiAlH4", "LiAlD4"),
])
def test_the_record_of_a_deuteride_names_the_hydride_host(text, value, host, name):
    row = the_one(contract_measurements(text), value)
    assert row["material"] == host
    assert any(c["material"] == name for c in row["components"])
