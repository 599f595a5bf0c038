"""Issue 10: a second clause of a repeated run, its verb written with a hyphen ('and re-absorbs 4.9 wt% at 200 °C
under 3 MPa', 'could release … and re-absorb …'), opens a clause of its own: the first value keeps the settings of
its own clause (its time), and the second the settings of its clause (its temperature and pressure)."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

PREP = "Magnesium hydride was ball milled with 5 wt% Nb2O5 for 20 h. "


@pytest.mark.parametrize("sentence", [
    "The powder desorbs 5.2 wt% H2 at 300 °C within 20 min and re-absorbs 4.9 wt% at 200 °C under 3 MPa H2.",
    "The powder could release 5.2 wt% H2 at 300 °C within 20 min and re-absorb 4.9 wt% H2 at 200 °C under 3 MPa.",
    "The powder gives off about 5.2 wt% of hydrogen at 300 °C within 20 min and then re-absorbs 4.9 wt% at 200 °C "
    "under a hydrogen pressure of 3 MPa.",
    "The powder liberates 5.2 wt% H2 in 20 min at 300 °C and re-adsorbs 4.9 wt% at 200 °C under 3 MPa H2.",
])
def test_each_value_keeps_its_own_clause(sentence):
    rows = contract_measurements(PREP + sentence)
    first, second = the_one(rows, 5.2)["conditions"], the_one(rows, 4.9)["conditions"]
    assert first.get("temperature") == 300.0 and first.get("time") == 20.0 and "pressure" not in first
    assert second.get("temperature") == 200.0 and second.get("pressure") == 3.0 and "time" not in second


def test_near_miss_a_second_value_without_a_verb_of_its_own():
    # near miss: no second verb; each value of the list keeps the settings said right after it
    rows = contract_measurements(PREP + "The powder desorbs 5.2 wt% H2 at 300 °C within 20 min and 4.9 wt% H2 at "
                                        "250 °C within 40 min.")
    assert the_one(rows, 5.2)["conditions"].get("time") == 20.0
    assert the_one(rows, 4.9)["conditions"].get("time") == 40.0
