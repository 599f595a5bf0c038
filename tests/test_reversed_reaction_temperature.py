"""The reverse of a hydride's decomposition takes hydrogen up: the temperature it is said to be reversed at
('the reaction is reversed at 350 °C under 5 MPa') is a hydrogenation temperature, with its pressure as setting.
A reversal of anything else ('the trend is reversed above 300 °C') names none. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, pressure", [
    ("The LiBH4–MgH2 composite decomposes to MgB2 and LiH; the reaction is reversed at 350 °C under 5 MPa H2.",
     350.0, 5.0),
    ("Dehydrogenated Ca(BH4)2 is hard to reload, yet the reverse reaction proceeds at 330 °C and 9 MPa.", 330.0, 9.0),
    ("The reversal of the reaction of Mg(BH4)2 to MgB2 needed 400 °C and 90 MPa of hydrogen.", 400.0, 90.0),
])
def test_a_reversed_decomposition_is_a_hydrogenation(text, value, pressure):
    row = the_one(contract_measurements(text), value)
    assert (row["property"], row["conditions"].get("pressure")) == ("hydrogenation_temperature", pressure)


def test_a_reversed_trend_is_no_temperature():
    rows = contract_measurements("Above 300 °C the trend is reversed and the doped MgH2 desorbs more slowly.")
    assert [r for r in rows if r["property"] == "hydrogenation_temperature"] == []
