"""A comparative whose 'than' the writer left out ("80 °C lower that of the as-received NaAlH4") still names the
comparison's reference: a later value of the sentence stays the studied sample's, not the reference's. The
reference's own value, given in brackets after it, stays the reference's. The sentences are written for these
tests."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], r["value"], r["system"]) for r in
            records("# A hydride paper\n\n" + text + "\n")]


@pytest.mark.parametrize("text, value, system", [
    ("The onset temperature of the NaAlH4 + 3 mol% NiO sample is 105 °C, which is 80 °C lower that of the "
     "as-received NaAlH4, with about 4.9 wt% hydrogen desorbed at 220 °C.", 4.9, "NaAlH4–3 mol% NiO"),
    ("The Mg(BH4)2–5 mol% NbF5 composite starts to desorb at 140 °C, about 60 °C lower that of milled "
     "Mg(BH4)2, and gives off 7.8 wt% H2 by 400 °C.", 7.8, "Mg(BH4)2–5 mol% NbF5"),
    ("The MgH2 + 7 wt% CoS2 sample absorbs hydrogen at 120 °C, 80 °C lower that of the as-milled MgH2, "
     "taking up 5.1 wt% H2 within 10 min.", 5.1, "MgH2–7 wt% CoS2"),
])
def test_a_value_after_the_dropped_than_reference_is_the_samples(text, value, system):
    rows = _rows(text)
    assert [r for r in rows if r[1] == value and r[2] == system], rows


def test_the_references_bracketed_value_stays_the_references():
    # near miss: the value written right after the reference is the reference's own
    rows = _rows("The onset of the NaAlH4 + 3 mol% NiO sample is 105 °C, which is 80 °C lower that of the "
                 "as-received NaAlH4 (185 °C).")
    assert ("onset_dehydrogenation_temperature", 185.0, "NaAlH4") in rows, rows
    assert ("onset_dehydrogenation_temperature", 105.0, "NaAlH4–3 mol% NiO") in rows, rows
