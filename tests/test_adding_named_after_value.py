"""The additive a value is for, named after the value with the act of adding it: a transitive gerund before it ('to
88 kJ/mol for doping V2C', 'after adding 3 wt% CeO2') or the adding's noun after it ('for VNb doping', 'upon Co
addition'). Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _materials, contract_measurements, the_one


@pytest.mark.parametrize("text, value, additive", [
    ("The Kissinger barrier of MgH2 falls to 88 kJ/mol for doping V2C.", 88.0, "V2C"),
    ("Hydrogen release from MgH2 begins at 231 °C after adding 3 wt% CeO2.", 231.0, "CeO2"),
    ("The apparent activation energy of NaAlH4 is 71 kJ/mol for Ce doping.", 71.0, "Ce"),
    ("MgH2 takes up 5.2 wt% H2 at 150 °C upon Co addition.", 5.2, "Co"),
])
def test_the_additive_said_after_the_value_is_the_samples(text, value, additive):
    row = the_one(contract_measurements(text), value)
    assert additive in _materials(row) and len(row["components"]) == 2


@pytest.mark.parametrize("text, value", [
    # the doping of a contrasting clause is that clause's, not the value's
    ("The activation energy of MgH2 stays at 152 kJ/mol, while the doping of V2C raises its capacity.", 152.0),
    # a hydride after the gerund is the one doped, no additive
    ("The activation energy falls to 101 kJ/mol after doping MgH2 in a planetary mill.", 101.0),
])
def test_no_additive_where_the_adding_is_not_the_values(text, value):
    assert _materials(the_one(contract_measurements(text), value)) == {"MgH2"}


@pytest.mark.parametrize("text, first, second", [
    ("NaAlH4 was doped with two chlorides. Its onset fell to 118 °C for CeCl3 doping and to 126 °C for ZrCl4 "
     "doping.", ("CeCl3", 118.0), ("ZrCl4", 126.0)),
    ("We tested MgH2 with several oxides: the activation energy was 92 kJ/mol after adding Nb2O5 and 104 kJ/mol after "
     "adding TiO2.", ("Nb2O5", 92.0), ("TiO2", 104.0)),
])
def test_each_value_takes_the_additive_added_right_after_it(text, first, second):
    rows = contract_measurements(text)
    for additive, value in (first, second):
        row = the_one(rows, value)
        assert additive in _materials(row) and len(row["components"]) == 2


def test_one_sample_milled_with_both_keeps_both():
    """Near miss: both additives put into one sample, one value for it."""
    row = the_one(contract_measurements("MgH2 was milled with V2C and Nb2C together. Its activation energy was 83 kJ/mol."),
                  83.0)
    assert {"V2C", "Nb2C"} <= _materials(row)
