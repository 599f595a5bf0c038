"""Issue 10 items 1 and 5: 'starts at A and peaks at B, compared with C and D for bare X' — the reference's values
listed after the comparison are the same properties as the sample's before them, in order (C an onset, D a peak),
on the reference, exact (a 'lower than' is the sample's comparison, no bound of the reference's values)."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text", [
    "The MgH2–VC composite begins to desorb at 245 °C and peaks at 305 °C, compared with 352 and 418 °C for milled MgH2.",
    "MgH2–8 wt% Co starts to release hydrogen at 245 °C and peaks at 305 °C, far lower than 352 and 418 °C for "
    "pristine MgH2.",
    "MgH2 with 5 wt% NbN starts to give off hydrogen at 245 °C and peaks at 305 °C, compared with those of MgH2 "
    "(352 and 418 °C).",
])
def test_the_reference_values_follow_the_sample_s_properties(text):
    v = facts(text)
    assert v[245.0].property == v[352.0].property == "onset_dehydrogenation_temperature"
    assert v[305.0].property == v[418.0].property == "peak_dehydrogenation_temperature"
    assert v[245.0].system.additives and not v[352.0].system.additives and not v[418.0].system.additives
    assert v[352.0].qualifier == v[418.0].qualifier == "="


def test_a_list_of_one_property_keeps_it():
    # near miss: the values before are of one property; the reference's two values are its own pair
    v = facts("The MgH2–VC composite peaks at 305 °C, compared with 418 and 425 °C for two milled MgH2 powders.")
    assert v[418.0].property == v[425.0].property == "peak_dehydrogenation_temperature"
