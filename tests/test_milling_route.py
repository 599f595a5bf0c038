"""Issue 10 item 1: every additive named for the sample, with its amount — also when the milling that put it
in is named as the route ('prepared by ball milling with 10 wt% Nb2O5')."""
from __future__ import annotations

from prose_sentences import facts


def parts(v, value):
    return {c.formula: (c.amount.value if c.amount else None) for c in v[value].system.additives}


def test_an_additive_milled_in_by_the_route_keeps_its_loading():
    v = facts("MgH2 prepared by ball milling with 10 wt% Nb2O5 releases hydrogen at 250 °C.")
    assert parts(v, 250.0) == {"Nb2O5": 10.0}
    v = facts("MgH2 anodes prepared by ball milling with 10 wt% graphite deliver 1000 mAh/g.")
    assert parts(v, 1000.0) == {"graphite": 10.0}
    v = facts("LiBH4 obtained by high-energy ball milling it with 5 mol% TiF3 starts to release hydrogen at 280 °C.")
    assert parts(v, 280.0) == {"TiF3": 5.0}


def test_a_milling_without_an_additive_adds_nothing():
    # near miss: milled with the tool, no share of a material
    v = facts("MgH2 prepared by ball milling with a planetary mill releases hydrogen at 330 °C.")
    assert parts(v, 330.0) == {}
