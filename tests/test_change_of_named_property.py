"""A noun of change, the property it changed, then a value in brackets or after 'of'/'by' gives how much the property
changed, no value of it (from G21: a Kelvin difference read as an absolute temperature came out below zero
Celsius). Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def test_the_amount_of_a_named_change_is_no_value():
    v = facts("Melt infiltration into SBA-15 caused a marked reduction of the desorption temperature of NaAlH4 "
              "(about 80 K) relative to the bulk hydride.")
    assert not any(m.property == "dehydrogenation_temperature" for m in v.values())
    v = facts("Partial fluorine substitution gave a decrease of the desorption enthalpy of NaBH4 (roughly 9 kJ/mol) "
              "with respect to the pristine salt.")
    assert 9.0 not in v
    v = facts("Cycling produced a drop in the reversible capacity of the LiNH2–LiH composite (0.7 wt%) over twenty cycles.")
    assert 0.7 not in v


def test_a_change_to_a_value_keeps_the_value():
    # near miss: 'to' gives the new value itself
    v = facts("Melt infiltration into SBA-15 caused a marked reduction of the desorption temperature of NaAlH4 to 190 °C.")
    assert v[190.0].property == "dehydrogenation_temperature"
