"""A range said of the samples a sentence names as alternatives holds for each of them, as one value does (from G21:
'… with 25 wt% X or Y releases … at 370–450 °C' had gone to the bare host). Every sentence is written for these
tests."""
from __future__ import annotations

from prose_sentences import records


def _systems_of(value, *sentences):
    return sorted(m.system.name for m in records(sentences) if m.value == value)


def test_a_range_holds_for_each_alternative():
    names = _systems_of(310.0, "KAlH4 ball-milled with 5 mol% TiCl3 or ZrCl4 decomposes between 310 and 340 °C.")
    assert len(names) == 2 and all("TiCl3" in n or "ZrCl4" in n for n in names)
    names = _systems_of(280.0, "LiAlH4 doped with 4 wt% NbF5 or TaF5 desorbs hydrogen over 280–320 °C in argon.")
    assert len(names) == 2 and all("NbF5" in n or "TaF5" in n for n in names)
    names = _systems_of(350.0, "Ca(BH4)2 milled with 10 wt% CoO or NiO evolves hydrogen in the range of 350–410 °C.")
    assert len(names) == 2 and all("CoO" in n or "NiO" in n for n in names)


def test_a_range_of_one_sample_stays_one():
    # near miss: no alternatives named, one sample
    names = _systems_of(310.0, "KAlH4 ball-milled with 5 mol% TiCl3 decomposes between 310 and 340 °C.")
    assert len(names) == 1 and "TiCl3" in names[0]
