"""A gas named in its liquid state or as what cools a step ('liquid N2 cooling') is the step's coolant, no part of
the sample: it joins neither the additives nor the strategies (sentences written for this test)."""
import pytest

from tests.extracted import sample_rows

_NI = (("MgH2", "HostHydride", None, None), ("Ni", "Catalyst", 5.0, "wt%"))


@pytest.mark.parametrize("text", [
    "MgH2 with 5 wt% Ni was cryomilled. A short milling time, liquid N2 cooling and the use of Ni as an additive "
    "gave a composite whose onset dehydrogenation temperature is 210 °C.",
    "MgH2 with 5 wt% Ni was milled at low temperature. Liquid N2 cooling together with the Ni additive lowered the "
    "onset dehydrogenation temperature to 210 °C.",
    "MgH2 with 5 wt% Ni was milled briefly. Milling with liquid N2 cooling and with Ni as the additive made the onset "
    "dehydrogenation temperature fall to 210 °C.",
    "MgH2 with 5 wt% Ni was cryomilled. Cryomilling under liquid N2 cooling with Ni as an additive yields an onset "
    "dehydrogenation temperature of 210 °C.",
])
def test_liquid_nitrogen_cools_the_milling(text):
    assert sample_rows(text) == {("onset_dehydrogenation_temperature", 210.0, _NI, ("MetalCatalysis",))}


def test_a_liquid_metal_additive_stays_an_additive():
    # near miss: 'liquid' before a material that is no gas (Ga melts near room temperature) keeps it in the sample
    text = "MgH2 was milled with 5 wt% Ni and 2 wt% liquid Ga; the onset dehydrogenation temperature of the composite was 210 °C."
    (row,) = sample_rows(text)
    assert ("Ga", "Catalyst", 2.0, "wt%") in row[2]
