"""Three readings of a temperature a comparison or a stage is said at. Sentences written for the test.
- 'N times faster than that of X at T': the temperature a ratio of two samples' values was taken at is a setting,
  no temperature of the rate's peak the words before name ('maximum dehydrogenation rate').
- 'the predominant dehydrogenation', like 'the main dehydrogenation', is the peak of the release.
- 'the temperature increased from 207 °C (x = 1) to …': the 'from' of a change is no start of a release."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text", [
    "The peak desorption rate of the Nb2O5-doped MgH2 is five times faster than that of milled MgH2 at 300 °C.",
    "At its maximum dehydrogenation rate the doped NaAlH4 desorbs 12-fold quicker than the undoped one at 160 °C.",
    "The maximum dehydrogenation rates of the two Ni-doped LiBH4 samples are 45 and 120 times higher than that of "
    "the milled LiBH4 at 380 °C.",
    "The maximum dehydrogenation rate of the graphene-supported LiBH4 is 60 times greater than that of bulk LiBH4 "
    "at 350 °C.",
    "The fastest hydrogen release of the Fe-doped MgH2 was 9 times quicker than the one of plain MgH2 at 320 °C.",
])
def test_the_setting_of_a_ratio_is_no_peak_temperature(text):
    assert [r for r in contract_measurements(text) if r["unit"] == "degC"] == []


def test_a_peak_rate_said_at_a_temperature_stays_a_peak():
    rows = contract_measurements("The doped MgH2 shows its maximum dehydrogenation rate at 310 °C, which is 40 °C lower "
                                 "than that of pure MgH2.")
    assert the_one(rows, 310.0)["property"] == "peak_dehydrogenation_temperature"


@pytest.mark.parametrize("text, value", [
    ("The temperature of the predominant dehydrogenation of the LiBH4–CaH2 composite was 340 °C.", 340.0),
    ("The predominant decomposition of the doped Mg(BH4)2 proceeds at 305 °C.", 305.0),
    ("For the milled LiAlH4 the predominant hydrogen release took place at 170 °C.", 170.0),
])
def test_the_predominant_release_is_the_peak(text, value):
    assert the_one(contract_measurements(text), value)["property"] == "peak_dehydrogenation_temperature"


@pytest.mark.parametrize("text, value", [
    ("Adding more KOH to LiBH4 sped the release up, but the dehydrogenation temperature increased from 215 °C (1:1) "
     "to 262 °C (1:3).", 215.0),
    ("With longer milling the dehydrogenation temperature of LiBH4–MgH2 shifted from 390 °C (2 h) to 345 °C (20 h).",
     390.0),
    ("On doping, the decomposition temperature of NaAlH4 dropped from 250 °C (bare) to 180 °C (3 mol% TiCl3).", 250.0),
])
def test_the_from_of_a_change_is_no_onset(text, value):
    assert the_one(contract_measurements(text), value)["property"] != "onset_dehydrogenation_temperature"


def test_a_release_from_a_temperature_stays_its_onset():
    rows = contract_measurements("The Ti-doped LiBH4 releases hydrogen from 265 °C.")
    assert the_one(rows, 265.0)["property"] == "onset_dehydrogenation_temperature"
