"""One temperature said of hydrogen 'sorption' (the word of both directions, the ontology's SorptionRun) or of a
pair cut short ('de/absorption', 'ab-/desorption'): a dehydrogenation and a hydrogenation temperature of the
sample (ingest.extraction.values.both_ways). The sentences are written for this test."""
import pytest

from ingest.extract import extract_text


def _temperatures(text):
    return sorted((m.property, round(m.value, 2), m.system.host.formula) for m in extract_text(text).measurements
                  if m.property.endswith("hydrogenation_temperature"))


@pytest.mark.parametrize("text, value, host", [
    ("For bulk magnesium, hydrogen sorption usually needs close to 570 K.", 296.85, "Mg"),
    ("The sorption of hydrogen by ball-milled MgH2 requires roughly 300 °C.", 300.0, "MgH2"),
    ("Reversible hydrogen sorption of the Mg2Ni alloy takes place at 250 °C.", 250.0, "Mg2Ni"),
    ("Hydrogen de/absorption of the LiBH4 sample proceeds at 350 °C.", 350.0, "LiBH4"),
    ("The ab-/desorption of hydrogen in our NaAlH4 sample requires 150 °C.", 150.0, "NaAlH4"),
])
def test_a_temperature_of_sorption_is_each_directions(text, value, host):
    assert _temperatures(text) == [("dehydrogenation_temperature", value, host),
                                   ("hydrogenation_temperature", value, host)]


@pytest.mark.parametrize("text", [
    # the temperature a property named with the sorption word and its sample is given at: a setting
    "The hydrogen sorption kinetics of MgH2 at 300 °C were improved by Nb2O5.",
    # the sorption word names nothing of the value: the onset stays the release's own
    "The hydrogen sorption properties of MgH2 improved, with an onset temperature of 250 °C.",
])
def test_sorption_near_misses(text):
    assert not any(p == "hydrogenation_temperature" for p, *_ in _temperatures(text))
