"""Issue 10 item 1: in 'from A for the reference to B after adding X', A is the reference's and B the sample's
that the adding made — with the loading written before X — never the reference's again."""
from __future__ import annotations

from prose_sentences import facts


def system(v, value):
    s = v[value].system
    return s.host.formula, {c.formula: (c.amount.value if c.amount else None) for c in s.additives}


def test_the_new_value_is_the_sample_the_adding_made():
    v = facts("The apparent activation energy went down from 158 kJ mol−1 for as-milled MgH2 to 97 kJ mol−1 "
              "after adding 5 mol% TiCl3.")
    assert system(v, 158.0) == ("MgH2", {})
    assert system(v, 97.0) == ("MgH2", {"TiCl3": 5.0})
    v = facts("Its onset shifted from 172 °C for the pristine LiAlH4 to 91 °C upon doping with 2 mol% NbF5.")
    assert system(v, 172.0) == ("LiAlH4", {})
    assert system(v, 91.0) == ("LiAlH4", {"NbF5": 2.0})
    v = facts("The peak temperature fell from 405 °C for ball-milled MgH2 to 288 °C with the addition of "
              "7 wt% Nb2O5.")
    assert system(v, 405.0) == ("MgH2", {})
    assert system(v, 288.0) == ("MgH2", {"Nb2O5": 7.0})


def test_a_cause_named_without_a_reference_keeps_its_loading():
    v = facts("The activation energy of MgH2 dropped from 161 to 94 kJ/mol upon the addition of 6 wt% V2O5.")
    assert system(v, 94.0) == ("MgH2", {"V2O5": 6.0})


def test_no_cause_after_the_change_leaves_both_values_on_the_reference():
    # near miss: nothing is added after the change; the sentence only cites where the values come from
    v = facts("The activation energy fell from 163 kJ/mol for pure MgH2 to 96 kJ/mol, as reported in ref. 12.")
    assert system(v, 163.0) == ("MgH2", {})
    assert system(v, 96.0) == ("MgH2", {})
