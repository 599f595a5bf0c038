"""A second verb of the other hydrogen direction said 'at the same temperature' ('… absorb hydrogen at 620 K and
desorb it at the same temperature'): the one temperature is each direction's (ingest.extraction.values.both_ways). The
settings said with the first verb are not the second's. The sentences are written for this test."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return sorted((m.property, round(m.value, 2), tuple(sorted(m.conditions))) for m in extract_text(text).measurements)


@pytest.mark.parametrize("text, value, first, first_settings", [
    ("Sputtered Mg layers absorb hydrogen at 593 K under 8 bar, and then they desorb it at the same temperature in vacuum.",
     319.85, "hydrogenation_temperature", ("pressure",)),
    ("The milled Mg2Ni powder is hydrogenated at 250 °C and then desorbs hydrogen again at the same temperature.",
     250.0, "hydrogenation_temperature", ()),
    ("The LiBH4 composite desorbs hydrogen at 350 °C, and reabsorbs it at the same temperature under 10 MPa.",
     350.0, "dehydrogenation_temperature", ()),
])
def test_the_other_direction_at_the_same_temperature(text, value, first, first_settings):
    other = {"hydrogenation_temperature": "dehydrogenation_temperature",
             "dehydrogenation_temperature": "hydrogenation_temperature"}[first]
    assert _rows(text) == sorted([(first, value, first_settings), (other, value, ())])


@pytest.mark.parametrize("text", [
    # an amount given off at the same temperature: a capacity's setting, no second temperature
    "MgH2 absorbs hydrogen at 300 °C and desorbs 5 wt% at the same temperature.",
    # the same direction again, of another sample: no temperature of the other direction
    "MgH2 desorbs hydrogen at 300 °C and the doped sample desorbs it at the same temperature.",
])
def test_no_other_direction(text):
    assert not any(p == "hydrogenation_temperature" for p, *_ in _rows(text))
