"""Forms met in a sweep over published abstracts of Mg-based hydrogen stores (sentences written for the
test, three or more wordings each and one that must not change):

- a temperature value joined by 'with' to an amount measured at a set temperature ("starts to release
  hydrogen at 175 °C, with a capacity of 6.0 wt% in 20 min at 280 °C") does not take the amount's
  settings: the onset was read on a ramp, the amount in an isothermal run."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize(("text", "onset"), [
    ("The MgH2–5 wt% Fe2O3 sample begins to release hydrogen at 190 °C with a capacity of 6.1 wt% within "
     "20 min at 300 °C.", 190),
    ("The MgH2–10 wt% NiO composite starts to dehydrogenate at 205 °C, with a released amount of 5.4 wt% in "
     "15 min at 320 °C.", 205),
    ("MgH2 catalysed by 3 mol% TiO2 begins releasing hydrogen at 185 °C with a desorption capacity of 5.8 wt% "
     "in 10 min at 300 °C.", 185),
    ("The MgH2–4 wt% CoO sample starts to release hydrogen at 175 °C, with the capacity of 6.0 wt% within "
     "1200 s at 280 °C.", 175),
])
def test_an_onset_does_not_take_the_settings_of_an_isothermal_amount(text, onset):
    rows = contract_measurements(text)
    assert the_one(rows, onset)["conditions"] == {}, rows
    amount = next(r for r in rows if r["unit"] == "wt%")
    assert "temperature" in amount["conditions"] and "time" in amount["conditions"], rows


def test_a_temperature_keeps_a_pressure_its_neighbour_was_measured_under():
    rows = contract_measurements("The MgH2–7 wt% VCl3 sample starts to absorb hydrogen at 60 °C with an "
                                 "uptake of 4.1 wt% under 3 MPa.")
    assert the_one(rows, 60)["conditions"] == {"pressure": pytest.approx(3.0)}, rows
