"""Issue 10, settings read as properties (session 41, new real abstracts by other authors): the limits an electrode
was cycled between, a reference electrode written as a bare metal after a potential, and the temperature of a
rate whose unit no reader takes ('mL min-1 gcat-1') are settings of a test, never values of the sample. Sentences
written for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.samples.cells import reference_electrodes_blanked


def _records(text: str):
    return extract_text(text + "\n").measurements


def _keys(text: str) -> set[str]:
    return {m.property for m in _records(text)}


# the potentials an electrode was cycled between: no stability window, no hysteresis (the capacity stays)
CYCLED_BETWEEN = [
    "The MgH2 electrode delivered a first discharge capacity of 1480 mAh/g when cycled between 5 and 1000 mV versus Li.",
    "Cycling over a voltage window of 0.005–0.65 V, the Mg2Si electrode gave 830 mAh/g.",
    "The TiH2 anode, cycled within a potential window of 0.01–1.0 V, retained 650 mAh/g.",
]


@pytest.mark.parametrize("text", CYCLED_BETWEEN)
def test_cycling_limits_are_no_property(text):
    records = _records(text)
    assert {m.property for m in records} <= {"discharge_capacity", "specific_capacity", "reversible_capacity"}
    assert records, "the capacity is still the electrode's"


def test_a_window_or_hysteresis_named_as_such_stays():
    # near miss: the copula gives the value to the hysteresis, and the electrolyte's limit is its stability
    keys = _keys("The voltage hysteresis of the MgH2 electrode during cycling was 0.2 V, and the LiBH4 "
                 "electrolyte was stable up to 5 V.")
    assert keys == {"voltage_hysteresis", "electrochemical_stability_window"}


# a bare metal after a potential's unit is the reference electrode, no material of the sentence
BARE_REFERENCE = [
    ("capacity fell when cycled over 5–650 mV versus Li, as before", "Li"),
    ("a lithiation plateau at 0.3 V vs. Na was seen", "Na"),
    ("the cut-off was set to 10 mV (vs Li metal) for every cell", "Li"),
]


@pytest.mark.parametrize("text,metal", BARE_REFERENCE)
def test_bare_reference_metal_is_blanked(text, metal):
    blanked = reference_electrodes_blanked(text, 0, len(text))
    assert len(blanked) == len(text)
    assert f" {metal}" not in blanked.replace("versus", "").replace("vs.", "").replace("vs", "")


@pytest.mark.parametrize("text", ["The capacity of MgH2 versus TiH2 was compared.",
                                  "Samples doped with V versus Ti behaved alike."])
def test_samples_set_against_each_other_are_kept(text):
    assert reference_electrodes_blanked(text, 0, len(text)) == text


def test_a_capacity_measured_against_bare_li_is_no_lithium_record():
    records = _records("Mg2Si powder was milled for 10 h. A first discharge capacity of 830 mAh/g was obtained "
                       "when it was cycled down to 50 mV versus Li.")
    assert all(m.system.name != "Li" for m in records)


# a temperature after a rate per gram of catalyst (a unit the graph does not hold) is that rate's setting
UNREAD_RATE_AT = [
    "The CoB/Ni foam catalyst desorbed hydrogen from NaBH4 solution at 1780 mL min−1 gcat−1 at 35 °C.",
    "Hydrogen was released from the NaBH4 solution at a rate of 5200 mL min-1 gcatalyst-1 at 40 °C over the "
    "Pt–Ni catalyst.",
    "For the hydrolysis of NaBH4 over Co3O4, a turnover frequency of 12 min-1 and an H2 release of "
    "980 mL gcat-1 min-1 at 298 K were measured.",
]


@pytest.mark.parametrize("text", UNREAD_RATE_AT)
def test_temperature_of_an_unread_rate_is_no_property(text):
    assert not any("temperature" in m.property for m in _records(text))


def test_a_rate_the_graph_reads_keeps_its_temperature_as_condition():
    # near miss: per gram of hydride the rate is read, and the temperature is its condition
    records = _records("In the hydrolysis of NaBH4, the Co–B catalyst gave a hydrogen generation rate of "
                       "2500 mL min-1 g-1 at 30 °C.")
    assert [(m.property, m.value) for m in records] == [("hydrogen_generation_rate", 2500.0)]
    assert records[0].conditions.get("temperature") is not None
