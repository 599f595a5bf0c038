"""A temperature set before its clause ('…, and at 250 °C it released 5.5 wt% H2') whose clause gives an amount of
hydrogen is that amount's setting, never a temperature of the release, whatever an earlier clause's words named
('dehydrogenated quickest', 'the peak dehydrogenation temperature … is lowered'). A fronted temperature whose
clause names a stage ('at 240 °C hydrogen release began') stays that stage's. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, amount, temperature", [
    ("The doped MgH2 dehydrogenated quickest, and at 250 °C it released 5.5 wt% H2 in 20 min.", 5.5, 250.0),
    ("The milled NaAlH4 decomposes readily, and already at 150 °C the doped sample liberates 3.9 wt% hydrogen "
     "in two hours.", 3.9, 150.0),
    ("The peak dehydrogenation temperature of the doped LiBH4 is lowered, and at 320 °C it released 7.4 wt% H2.",
     7.4, 320.0),
    ("Among the composites the Co-doped LiAlH4 desorbed fastest; at 140 °C the material gave off 6.1 wt% within "
     "an hour.", 6.1, 140.0),
])
def test_a_fronted_temperature_of_an_amount_is_its_setting(text, amount, temperature):
    rows = contract_measurements(text)
    assert [r["value"] for r in rows if r["unit"] == "degC"] == [], rows
    assert the_one(rows, amount)["conditions"]["temperature"] == temperature


def test_a_fronted_temperature_whose_clause_names_a_stage_stays_that_stage():
    rows = contract_measurements("The doped MgH2 dehydrogenated in two steps, and at 240 °C hydrogen release began.")
    assert the_one(rows, 240.0)["property"] == "onset_dehydrogenation_temperature"
