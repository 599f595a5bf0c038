"""A release temperature read by thermal desorption spectroscopy (TDS, a temperature-programmed desorption) is the
sample's: the word 'spectroscopy' in that technique's name does not make the value a spectroscopic signal's peak,
which a Raman or NMR spectroscopy's would be (sentences written for this test)."""
import pytest

from tests.extracted import sample_rows

_NI = (("MgH2", "HostHydride", None, None), ("Ni", "Catalyst", 5.0, "wt%"))


@pytest.mark.parametrize("text", [
    "Thermal desorption spectroscopy revealed a hydrogen desorption temperature of 365 K for MgH2 milled with 5 wt% Ni.",
    "For MgH2 milled with 5 wt% Ni, thermal desorption spectroscopy gave a desorption temperature of 365 K.",
    "In thermal desorption spectroscopy, MgH2 milled with 5 wt% Ni has a hydrogen desorption temperature of 365 K.",
])
def test_a_tds_release_temperature_is_the_samples(text):
    rows = {(prop, round(value, 2), comps) for prop, value, comps, _ in sample_rows(text)}
    assert ("dehydrogenation_temperature", 91.85, _NI) in rows


def test_a_raman_band_temperature_stays_no_release():
    # near miss: a radiation spectroscopy's temperature named only by 'desorption temperature' is still dropped
    text = "Raman spectroscopy recorded a desorption temperature of 365 K for MgH2 milled with 5 wt% Ni."
    assert not sample_rows(text)
