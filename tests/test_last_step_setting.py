"""Issue 10, item 1e: "… was dehydrogenated at 400 °C and rehydrogenated at 110 °C, taking up 6.5 wt% H2": the
rehydrogenation's temperature is the setting of the value measured after it, not the earlier step's (and no
dehydrogenation temperature of the sample). Two settings of one kind, each after its own step verb, both before the
value in its clause: the last step's is the value's. Every sentence here is written for this test."""
from __future__ import annotations

import pytest
from extracted import records


def _read(text: str) -> set[tuple]:
    return {(r["property"], r["value"], tuple(sorted(r["conditions"].items()))) for r in records(text)}


@pytest.mark.parametrize("text, want", [
    ("The TiF3-doped LiBH4 was dehydrogenated at 400 °C and rehydrogenated at 110 °C, taking up 6.5 wt% H2.",
     {("absorbed_hydrogen_capacity", 6.5, (("temperature", 110.0),))}),
    ("The NbF5-doped MgH2 was desorbed at 320 °C and then reabsorbed at 150 °C, reaching 6.1 wt% H2.",
     {("absorbed_hydrogen_capacity", 6.1, (("temperature", 150.0),))}),
    ("Our Ni-catalysed Mg2FeH6 was dehydrided at 450 °C and rehydrided at 350 °C, absorbing 5.0 wt% H2 within 2 h.",
     {("absorbed_hydrogen_capacity", 5.0, (("temperature", 350.0), ("time", 120.0)))}),
])
def test_the_value_takes_the_last_step_s_setting(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    # near misses: one step only, and settings of two kinds of one step
    ("Heated at 400 °C, the TiF3-doped LiBH4 released 9.5 wt% H2 within 1 h.",
     {("hydrogen_capacity", 9.5, (("temperature", 400.0), ("time", 60.0)))}),
    ("MgH2–Ni hydrogenated at 200 °C and 3 MPa absorbs 6.0 wt% H2.",
     {("absorbed_hydrogen_capacity", 6.0, (("pressure", 3.0), ("temperature", 200.0)))}),
])
def test_one_step_keeps_its_settings(text, want):
    assert _read(text) == want
