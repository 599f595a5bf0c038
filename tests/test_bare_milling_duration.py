"""A milling's duration written right after the participle without its 'for' ('MgH2 ball-milled 20 h with 5 wt%
Nb2O5', 'milled 30 min with …', 'ball-milled 2 h at 400 rpm with …') is how long the sample was made: the
additive after it still goes into the host, and the time a value was measured in stays the value's own."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return [(r["value"], r["system"], (r.get("conditions") or {}).get("time")) for r in records(text)]


@pytest.mark.parametrize("text, expected", [
    ("Commercial MgH2 ball-milled 15 h with 7 wt% V2O5 liberates 5.8 wt% H2 in 6 min at 320 °C.",
     [(5.8, "MgH2–7 wt% V2O5", 6.0)]),
    ("NaAlH4 milled 45 min with 4 mol% CeCl3 releases 3.2 wt% H2 in 3 h at 160 °C.",
     [(3.2, "NaAlH4–4 mol% CeCl3", 180.0)]),
    ("Mg powder ball-milled 5 h at 350 rpm with 8 wt% Co absorbs 5.4 wt% H2 within 90 s at 275 °C.",
     [(5.4, "Mg–8 wt% Co", 1.5)]),
])
def test_the_additive_joins_and_the_measured_time_stays(text, expected):
    assert _rows(text) == expected


def test_a_time_after_a_verb_of_the_value_is_still_measured():
    # (near miss: the duration follows the release itself, not a preparation step)
    assert _rows("MgH2 doped with 7 wt% V2O5 liberates 5.8 wt% H2 over 6 min at 320 °C.") == [
        (5.8, "MgH2–7 wt% V2O5", 6.0)]
