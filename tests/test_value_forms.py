"""Number and property-phrase forms of abstracts (h-values): which number is the property and which the
setting, property phrases said around the value, and settings that are no value of a material.
Every sentence here was written for this test."""
import pytest

from tests.extracted import property_values, records


# a temperature set before its clause, the clause then naming the stage of the release there
@pytest.mark.parametrize("text, key, value", [
    ("For the ball-milled MgH2–Nb2O5 sample, at 212 °C, hydrogen desorption commences.",
     "onset_dehydrogenation_temperature", 212.0),
    ("At 187 °C the LiAlH4–TiF3 mixture begins to release hydrogen.", "onset_dehydrogenation_temperature", 187.0),
    ("Below 265 °C the NaAlH4–CeCl3 composite decomposes fully.", "full_dehydrogenation_temperature", 265.0),
    ("Up to 330 °C, the Mg(BH4)2–NbF5 sample is completely decomposed.", "full_dehydrogenation_temperature", 330.0),
])
def test_fronted_temperature_named_by_its_clause(text, key, value):
    assert (key, value) in property_values(text)


@pytest.mark.parametrize("text", [
    # the clause names a value of its own: the fronted temperature is that value's setting
    "Already at 160 °C the LiBH4–MgH2–TiCl3 composite releases 3.6 wt% H2.",
    "At 240 °C, the peak desorption rate of MgH2–V reaches 0.9 wt% H2/min.",
])
def test_fronted_temperature_of_a_value_stays_a_setting(text):
    assert not [k for k, _ in property_values(text) if k.endswith("dehydrogenation_temperature")]


@pytest.mark.parametrize("text, value", [
    ("The KH-doped Mg(NH2)2–2LiH composite releases H2 at temperatures as low as 118 °C.", 118.0),
    ("Hydrogen is desorbed from the LiAlH4–NbCl5 mixture at temperatures down to 93 °C.", 93.0),
    ("Ti-doped NaAlH4 dehydrogenates at temperatures as low as ~104 °C.", 104.0),
])
def test_lowest_release_temperature_is_the_onset(text, value):
    assert ("onset_dehydrogenation_temperature", value) in property_values(text)


def test_temperatures_as_low_as_without_release_stay_unread():
    # a conductivity kept at low temperature: no release, no onset
    assert not [k for k, _ in property_values(
        "The LiBH4–LiI electrolyte conducts at temperatures as low as 35 °C.") if k.startswith("onset")]


@pytest.mark.parametrize("text, values", [
    ("The MgH2–Fe3O4 composite shows maximum H2 desorption rates at 262 and 341 °C.", [262.0, 341.0]),
    ("Maximum dehydrogenation rates at 305 °C were found for Mg–Ni-doped MgH2.", [305.0]),
    ("The two steps of LiBH4–MgH2–CeF3 have their maximum hydrogen release rates at 287 and 372 °C.", [287.0, 372.0]),
])
def test_maximum_rate_at_is_the_peak(text, values):
    got = property_values(text)
    for v in values:
        assert ("peak_dehydrogenation_temperature", v) in got


def test_a_rate_at_a_temperature_stays_its_setting():
    got = records("The desorption rate of MgH2–Nb2O5 at 300 °C is 0.8 wt%/min.")
    assert [r["property"] for r in got] == ["hydrogen_release_rate"]
    assert got[0]["conditions"].get("temperature") == 300.0


@pytest.mark.parametrize("text", [
    "Cells with the LiBH4 electrolyte lose capacity quickly for electrodes thicker than 120 µm.",
    "Hydrogen diffusion limits the uptake in films thicker than 80 nm of the Mg–Ti alloy MgH2.",
    "The MgH2–Ni anode fails when particles larger than 5 µm are used.",
])
def test_bound_on_a_kind_of_object_is_no_size(text):
    assert not [k for k, _ in property_values(text) if k in ("particle_size", "film_thickness", "crystallite_size")]


def test_the_samples_own_bounded_size_is_kept():
    # the near miss: particles the work made are bounded by the value, a size of the sample
    assert ("particle_size", 9.0) in property_values(
        "Milling LiH with MgCl2 gave MgH2 nanoparticles smaller than 9 nm.")


@pytest.mark.parametrize("text, value", [
    ("The LiBH4–LiNH2 electrolyte conducts well only above 105 °C, at which a phase transition occurs.", 105.0),
    ("Above 117 °C, where the structural transition takes place, LiBH4 conducts Li+ fast.", 117.0),
    ("The LiBH4 sample is poorly conducting below 112 °C, at which the phase transition occurs.", 112.0),
])
def test_event_at_a_bound_is_at_the_value(text, value):
    got = [r for r in records(text) if r["property"] == "phase_transition_temperature"]
    assert [(r["value"], r["qualifier"]) for r in got] == [(value, "=")]
