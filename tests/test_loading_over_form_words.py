"""Two readings of one kind of sentence: a loading written before one or two words of its additive's form ('5 wt%
layered Ti3C2') is that additive's loading; and an aside after a comma, 'with' and a noun of a decline ('with
almost no capacity loss after 30 cycles') keeps its cycles to itself, no setting of the value before it."""
from __future__ import annotations

import pytest
from extracted import records


def _components(text):
    return [[(c["material"], c["amount"], c["amount_unit"]) for c in r["components"]] for r in records(text)]


@pytest.mark.parametrize("text, additive", [
    ("The addition of 5 wt% layered Ti3C2 allows the LiBH4–MgH2 composite to release 8.5 wt% of H2 within 20 min "
     "at 380 °C.", ("Ti3C2", 5.0, "wt%")),
    ("With 8 wt% exfoliated V2C nanosheets, the MgH2 sample desorbs 6.1 wt% H2 in 10 min at 300 °C.",
     ("V2C", 8.0, "wt%")),
    ("Adding 7 wt% porous TiO2 to MgH2 lowers its onset temperature to 190 °C.", ("TiO2", 7.0, "wt%")),
])
def test_a_loading_before_form_words_is_the_additives(text, additive):
    assert [additive in comps for comps in _components(text)] == [True]


def test_near_miss_no_loading_written_before_the_form_word():
    # the figure after the verb is the capacity, no loading of the layered additive
    assert _components("LiBH4–MgH2 milled with layered Ti3C2 releases 8.5 wt% of H2 within 20 min at 380 °C.") == [
        [("LiBH4", None, None), ("MgH2", None, None), ("Ti3C2", None, None)]]


@pytest.mark.parametrize("text", [
    "The addition of 5 wt% Ti3C2 allows the LiBH4–MgH2 composite to release 8.5 wt% of H2 within 20 min at 380 °C, "
    "with almost no capacity loss after 30 cycles.",
    "The Mg2Ni-catalysed MgH2 absorbs 6.0 wt% H2 at 250 °C in 5 min, with negligible degradation over 50 cycles.",
    "The MgH2 anode delivers 1200 mAh/g at 100 mA/g, with only a slight decay after 50 cycles.",
])
def test_the_cycles_of_a_decline_aside_are_not_the_values(text):
    found = records(text)
    assert len(found) == 1 and "cycles" not in found[0]["conditions"]


def test_near_miss_cycles_of_the_values_own_clause_stay():
    found = records("The LiBH4–MgH2 composite releases 8.5 wt% of H2 after 30 cycles at 380 °C, with no loss in its "
                    "kinetics.")
    assert [r["conditions"] for r in found] == [{"cycles": 30.0, "temperature": 380.0}]
