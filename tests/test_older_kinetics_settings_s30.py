"""Settings in older papers' kinetics sentences: a temperature said for a process whose clause then gives
another quantity is where that quantity was measured, not a temperature of the process.

- 'The time for complete desorption of X at 573 K was 200 s', '… at 423 K was complete after 20 min', '… at
  600 K took 15 min': the time is what the clause reports; the temperature is its setting (no temperature row).
- 'X absorbs hydrogen rapidly at 573 K, reaching 3.5 wt% within 5 min': the fraction reached is measured at the
  temperature the process ran at, whatever the gas and an adverb say between."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, round(m.value, 2), dict(m.conditions)) for m in extract_text(text).measurements]


@pytest.mark.parametrize("text", [
    "The time for full dehydriding of MgH2–Fe at 573 K was 240 s.",
    "Complete hydrogen release from the MgH2–Co composite at 600 K took 12 min.",
    "Hydrogen uptake by the Mg2Ni alloy at 450 K was complete after 25 min.",
    "The absorption of Mg2Ni at 430 K was finished within 18 min.",
])
def test_temperature_set_for_a_process_time_is_no_property(text):
    rows = _rows(text)
    assert not [r for r in rows if r[0].endswith("temperature")], rows


def test_process_that_ends_within_a_time_without_a_verb_keeps_its_temperature():
    # near miss: no verb gives the time, the sample itself 'fully desorbs at' the temperature
    rows = _rows("MgH2–Fe fully desorbs at 585 K within 240 s.")
    assert [r[0] for r in rows] == ["full_dehydrogenation_temperature"], rows


@pytest.mark.parametrize("text, celsius", [
    ("Mg2Ni absorbs hydrogen rapidly at 573 K, reaching 3.4 wt% within 6 min.", 299.85),
    ("The Mg2Ni alloy takes up H2 quickly at 560 K, attaining 3.3 wt% in 8 min.", 286.85),
    ("MgH2–Fe desorbs hydrogen swiftly at 593 K, releasing 5.2 wt% within 9 min.", 319.85),
])
def test_fraction_reached_in_a_process_takes_its_temperature(text, celsius):
    rows = _rows(text)
    assert not [r for r in rows if r[0].endswith("temperature")], rows
    fractions = [r for r in rows if r[0].endswith("capacity")]
    assert fractions and all(abs(r[2].get("temperature", 0) - celsius) < 0.01 for r in fractions), rows


def test_process_temperature_without_a_fraction_stays_a_property():
    # near miss: nothing is measured at the temperature, it is where the alloy absorbs
    rows = _rows("Mg2Ni absorbs hydrogen readily at 573 K.")
    assert [r[0] for r in rows] == ["hydrogenation_temperature"], rows


@pytest.mark.parametrize("text, value", [
    ("The equilibrium pressure of Mg2Ni at 553 K amounts to 0.21 MPa.", 0.21),
    ("The plateau pressure of the Mg2Ni alloy at 590 K amounted to 0.33 MPa.", 0.33),
    ("The equilibrium pressure of Mg2Ni at 600 K is equal to 0.44 MPa.", 0.44),
])
def test_value_given_by_a_copula_ending_in_to_is_the_named_property(text, value):
    # 'amounts to' and 'is equal to' give the value, as 'was' does: the 'to' sets no pressure
    assert [(r[0], r[1]) for r in _rows(text)] == [("plateau_pressure", value)], _rows(text)


def test_pressure_raised_to_stays_a_setting():
    # near miss: a pressure the gas was raised to is a setting, no plateau pressure
    rows = _rows("The plateau pressure of Mg2Ni was read at 553 K after the hydrogen pressure was raised to 2 MPa.")
    assert not [r for r in rows if r[0] == "plateau_pressure" and r[1] == 2], rows


@pytest.mark.parametrize("text, low_k, high_k", [
    ("Sieverts isotherms of Mg2Ni recorded between 530 and 610 K gave a formation enthalpy of 63 kJ/mol H2.",
     530, 610),
    ("From isotherms taken at 540–620 K, the reaction enthalpy of Mg2Ni is 65 kJ/mol H2.", 540, 620),
    ("The activation energy of Mg2Ni, measured from 555 to 615 K, was 82 kJ/mol.", 555, 615),
])
def test_value_over_a_span_of_temperatures_has_the_span_as_its_condition(text, low_k, high_k):
    # Moved to the range-condition decision (Measurement.condition_max): the value was found over the span, so
    # its temperature is the span, the lower end in ``conditions`` and the upper end in ``condition_max`` (this
    # test once asked for no temperature, when a condition held one number).
    ms = extract_text(text).measurements
    assert ms, text
    for m in ms:   # (°C, the canonical unit)
        assert m.conditions.get("temperature") == pytest.approx(low_k - 273.15), m.conditions
        assert m.condition_max == {"temperature": pytest.approx(high_k - 273.15)}, m.condition_max


def test_amount_given_off_over_a_heating_span_keeps_its_end():
    # near miss: an amount released while heating is what the sample gave off by the span's end
    rows = _rows("MgH2–Fe released 5.6 wt% hydrogen on heating from 300 to 673 K.")
    assert [round(r[2].get("temperature", 0), 2) for r in rows if r[0].endswith("capacity")] == [399.85], rows


@pytest.mark.parametrize("text", [
    "The grain size of the milled MgH2, estimated from XRD line broadening (Scherrer), was 22 nm.",
    "Williamson–Hall analysis of the patterns gives an average size of 16 nm for the milled Mg2Ni.",
    "The grain size of Mg2Ni after milling was 35 nm, as the Scherrer formula shows.",
])
def test_size_from_line_broadening_is_a_crystallite_size(text):
    # line broadening measures crystallites, whatever the text calls them
    assert [r[0] for r in _rows(text)] == ["crystallite_size"], _rows(text)


def test_size_said_of_particles_beside_a_scherrer_size_stays_a_particle_size():
    # near miss: the particles' size is named as theirs, the Scherrer size is the other value
    rows = _rows("The particle size of MgH2 was 320 nm and the Scherrer equation gave 13 nm.")
    assert [r[0] for r in rows] == ["particle_size", "crystallite_size"], rows
