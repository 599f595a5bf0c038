"""A 'respectively' list of values paired with as many bare additives named after it ('… fell to 310 and 290 °C
upon adding TiF3 and NbF5, respectively', '… for CeF3 and ZrCl4, respectively') is one sample per additive, of the
hydride the sentence named before the values: neither one sample holding every additive, nor the additives as hosts."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["value"], r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("On heating, the onset temperature of NaAlH4 dropped from 210 °C to 150 and 135 °C upon adding CeF3 and "
     "ZrCl4, respectively.", [(135.0, "NaAlH4–ZrCl4"), (150.0, "NaAlH4–CeF3"), (210.0, "NaAlH4")]),
    ("Our kinetic analysis gives apparent activation energies of Mg(BH4)2 of 121 and 104 kJ/mol after doping "
     "with TiCl3 and VCl3, respectively.", [(104.0, "Mg(BH4)2–VCl3"), (121.0, "Mg(BH4)2–TiCl3")]),
    ("The desorption peak of the milled LiNH2 shifted to 255 and 241 °C for Co3O4 and Fe2O3, respectively.",
     [(241.0, "LiNH2–Fe2O3"), (255.0, "LiNH2–Co3O4")]),
    ("The dehydriding onset of KAlH4 is lowered to 240 and 226 °C with NiCl2 and HfCl4, respectively.",
     [(226.0, "KAlH4–HfCl4"), (240.0, "KAlH4–NiCl2")]),
])
def test_each_value_is_the_host_with_its_additive(text, expected):
    assert _rows(text) == expected


def test_hydrides_listed_after_the_values_stay_samples_of_their_own():
    # (near miss: the names after the values are hydrides, each its own sample)
    assert _rows("Desorption peaks of 312 and 287 °C were recorded for KBH4 and NaBH4, respectively.") == [
        (287.0, "NaBH4"), (312.0, "KBH4")]
