"""A list of values each written with its unit, set against an earlier list by 'compared with' ('… were 185 °C and
250 °C, compared with 300 °C and 350 °C for pure MgH2'), is one list that takes the earlier list's properties in order,
as the list written with one unit does: 'with' after 'compared' sets values against others, no setting. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _rows(text: str) -> list[tuple[str, float, str, tuple[str, ...]]]:
    batch = extract_text(text)
    return sorted((m.property, m.value, m.system.host.formula,
                   tuple(sorted(a.formula or a.text for a in m.system.additives))) for m in batch.measurements)


@pytest.mark.parametrize("text, host, additive", [
    ("The onset and peak temperatures of MgH2–5 wt% Ni were 185 °C and 250 °C, compared with 300 °C and 350 °C "
     "for pure MgH2.", "MgH2", "Ni"),
    ("For LiBH4–10 wt% TiF3 the onset and peak desorption temperatures dropped to 185 °C and 250 °C, compared with "
     "300 °C and 350 °C for the as-milled LiBH4.", "LiBH4", "TiF3"),
    ("NaAlH4 with 4 mol% CeCl3 starts to decompose at 185 °C and peaks at 250 °C; the onset and peak temperatures "
     "are thus 185 °C and 250 °C in comparison with 300 °C and 350 °C for undoped NaAlH4.", "NaAlH4", "CeCl3"),
])
def test_the_compared_list_takes_the_properties_in_order(text, host, additive):
    rows = _rows(text)
    assert ("onset_dehydrogenation_temperature", 300.0, host, ()) in rows, rows
    assert ("peak_dehydrogenation_temperature", 350.0, host, ()) in rows, rows
    assert ("onset_dehydrogenation_temperature", 185.0, host, (additive,)) in rows, rows


def test_near_miss_temperatures_after_at_stay_settings():
    rows = _rows("MgH2–5 wt% Ni released 5.1 wt% and 6.0 wt% H2 at 300 °C and 350 °C, respectively.")
    assert all(r[0] not in ("onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature") for r in rows), rows
