"""A cycled electrode's value named for the first cycle by the words right after it ('retains 95% of its
175 mAh/g initial discharge capacity after 50 cycles', 'delivers 900 mAh/g initially') was measured at cycle 1,
whatever count the sentence gives the retention; so was one named 'initial … of' before it. Sentences written
for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _cycles_by_value(text: str) -> dict[float, float | None]:
    return {r["value"]: r["conditions"].get("cycles") for r in records(text)}


@pytest.mark.parametrize("text, value", [
    ("A Li/LiBH4/Li4Ti5O12 all-solid-state cell keeps 91% of its 160 mAh g-1 initial discharge capacity "
     "after 40 cycles at 0.1 C.", 160.0),
    ("Our MgH2 film anode keeps 55% of the 1480 mA h g(-1) first-cycle capacity over 25 cycles.", 1480.0),
    ("After 30 cycles at 0.2 C the TiH2 electrode retains 48% of its 870 mAh g-1 first discharge capacity.", 870.0),
    ("The Li/LiBH4/TiS2 cell kept 88% of its initial discharge capacity of 182 mAh g-1 after 60 cycles.", 182.0),
])
def test_the_first_cycle_value_is_at_cycle_one_beside_a_retention(text, value):
    assert _cycles_by_value(text)[value] == 1


@pytest.mark.parametrize("text, first, later, cycles", [
    ("The LiAlH4 anode gives 1170 mAh g-1 initially and 420 mAh g-1 after 15 cycles.", 1170.0, 420.0, 15),
    ("An Mg2NiH4 electrode shows 640 mAh g-1 in the first discharge, but only 150 mAh g-1 after 12 cycles.",
     640.0, 150.0, 12),
])
def test_the_first_cycle_said_after_one_value_leaves_the_next_its_own_count(text, first, later, cycles):
    got = _cycles_by_value(text)
    assert got[first] == 1 and got[later] == cycles


def test_an_ordinal_opening_another_property_is_not_the_values():
    # (the initial coulombic efficiency is another value: the capacity before it stays at its own count)
    got = _cycles_by_value("The Mg2NiH4 anode gives 510 mAh g-1 after 25 cycles, initial coulombic efficiency 78%.")
    assert got[510.0] == 25


@pytest.mark.parametrize("text, values", [
    ("The initial coulombic efficiency of the Mg2NiH4/C electrode went up from 48% to 71% with the binder.",
     (48.0, 71.0)),
    ("The first discharge capacity of the nanoconfined MgH2 electrode climbed from 1320 to 1690 mAh g-1 on coating.",
     (1320.0, 1690.0)),
    ("The initial coulombic efficiency of the ball-milled TiH2 powder electrode was raised to 83%.", (83.0,)),
])
def test_a_sample_named_between_the_ordinal_and_the_values(text, values):
    got = _cycles_by_value(text)
    assert [got[v] for v in values] == [1] * len(values)


def test_an_initial_step_of_another_kind_names_no_cycle():
    # ('the initial activation' is a step before the cycling, not the efficiency's cycle)
    got = _cycles_by_value("After the initial activation of the Mg2NiH4 electrode at 50 mA g-1 the coulombic "
                           "efficiency reached 97%.")
    assert got[97.0] is None
