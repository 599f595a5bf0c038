"""The reverse of a hydride's release takes hydrogen up: the temperature a reaction is said to be reversed at
('the reaction is reversed at 350 °C under 5 MPa') is a hydrogenation temperature, with its pressure as setting.
A reversal of anything else ('the trend is reversed above 300 °C'), or a reverse reaction run by steps at their
own settings ('the reverse reaction proceeded by heating LiNH2 at 300 °C'), names none. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, pressure", [
    ("The LiBH4–MgH2 composite decomposes to MgB2 and LiH; the reaction is reversed at 350 °C under 5 MPa H2.",
     350.0, 5.0),
    ("Dehydrogenated Ca(BH4)2 is hard to reload, yet its decomposition can be partly reversed at 330 °C and 9 MPa.",
     330.0, 9.0),
    ("For Mg(BH4)2 the dehydrogenation was fully reversed under a temperature of 400 °C and 90 MPa of hydrogen.",
     400.0, 90.0),
])
def test_a_reversed_release_is_a_hydrogenation(text, value, pressure):
    row = the_one(contract_measurements(text), value)
    assert (row["property"], row["conditions"].get("pressure")) == ("hydrogenation_temperature", pressure)


@pytest.mark.parametrize("text", [
    "Above 300 °C the trend is reversed and the doped MgH2 desorbs more slowly.",
    "The reverse reaction of the Mg amide composite ran by heating its LiNH2 part at 280 °C in a sealed vessel.",
])
def test_no_reversed_release_is_no_hydrogenation(text):
    assert [r for r in contract_measurements(text) if r["property"] == "hydrogenation_temperature"] == []
