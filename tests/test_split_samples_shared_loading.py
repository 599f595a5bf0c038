"""One loading written only before the first of several additives split into one sample each ('NaAlH4 doped with
2 mol% TiCl3 and ScCl3 releases 4.1 and 4.4 wt%, respectively') is each sample's loading, not the first one's alone;
a loading written before each additive stays its own."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["value"], r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("NaAlH4 doped with 2 mol% TiCl3 and ScCl3 releases 4.1 and 4.4 wt% H2, respectively.",
     [(4.1, "NaAlH4–2 mol% TiCl3"), (4.4, "NaAlH4–2 mol% ScCl3")]),
    ("Apparent activation energies of 88.1 and 92.7 kJ/mol were obtained for LiBH4 catalysed by 10 wt% TiO2 and "
     "ZrO2, respectively.", [(88.1, "LiBH4–10 wt% TiO2"), (92.7, "LiBH4–10 wt% ZrO2")]),
    ("The onset temperatures of MgH2 doped with 5 wt% TiF3 and NbF5 are 245 and 230 °C, respectively.",
     [(230.0, "MgH2–5 wt% NbF5"), (245.0, "MgH2–5 wt% TiF3")]),
])
def test_the_loading_is_each_samples(text, expected):
    assert _rows(text) == expected


def test_a_loading_written_before_each_additive_stays_its_own():
    # (near miss: each additive has its own loading)
    assert _rows("The onset temperatures of MgH2 doped with 5 wt% TiF3 and 8 wt% NbF5 are 245 and 230 °C, "
                 "respectively.") == [(230.0, "MgH2–8 wt% NbF5"), (245.0, "MgH2–5 wt% TiF3")]
