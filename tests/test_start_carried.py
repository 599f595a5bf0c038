"""'MgH2 with TiF3 starts to release hydrogen at 245 °C. MgH2 co-doped with TiF3 and NbF5 starts at 215 °C.': a sentence
that names no property, whose sample 'starts at' or 'begins at' a temperature, goes on with the start the sentence
before gave a value of (an onset). After a value of another property, or where a process ('the milling of …') is
what starts, the temperature is no value."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.value, tuple(a.formula for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, prop, value, additives", [
    ("MgH2 doped with 5 wt% TiF3 starts to release hydrogen at 245 °C. "
     "MgH2 co-doped with 5 wt% TiF3 and NbF5 starts at 215 °C.",
     "onset_dehydrogenation_temperature", 215.0, ("TiF3", "NbF5")),
    ("LiBH4 with 10 wt% Ni begins to decompose at 300 °C. With 10 wt% Co added instead, LiBH4 begins at 270 °C.",
     "onset_dehydrogenation_temperature", 270.0, ("Co",)),
    ("Ball-milled NaAlH4 with 3 mol% CeCl3 starts to desorb at 140 °C. "
     "NaAlH4 co-doped with 3 mol% CeCl3 and TiCl3 starts from 115 °C.",
     "onset_dehydrogenation_temperature", 115.0, ("CeCl3", "TiCl3")),
])
def test_a_bare_start_goes_on_with_the_onset(text, prop, value, additives):
    rows = _rows(text)
    assert any(p == prop and v == value and set(additives) <= set(adds) for p, v, adds in rows), rows


@pytest.mark.parametrize("text", [
    "MgH2 doped with 5 wt% TiF3 releases 5.5 wt% H2 at 300 °C. MgH2 co-doped with 5 wt% TiF3 and NbF5 starts at 215 °C.",
    "MgH2 doped with 5 wt% TiF3 starts to release hydrogen at 245 °C. The milling of MgH2 with NbF5 started at 25 °C.",
])
def test_no_start_carried_after_another_property_or_for_a_process(text):
    assert not any(v in (215.0, 25.0) for _, v, _ in _rows(text)), _rows(text)
