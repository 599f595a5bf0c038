"""Bare additives (no hydride, no metal that stores hydrogen itself) named side by side right before a list of
values, after a hydride the sentence named, are that hydride with each of them ('… of MgH2 is 2.53 eV, whereas Co
and Cu yield 2.21 and 2.34 eV'): not samples of their own, nor the additives a first list of the sentence paired."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["value"], r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("The computed H removal energy of MgH2 is 2.46 eV; Co and Cu yield 2.21 and 2.34 eV, respectively.",
     [(2.21, "MgH2–Co"), (2.34, "MgH2–Cu"), (2.46, "MgH2")]),
    ("Pure NaAlH4 starts to decompose at 185 °C, while Nb2O5 and CeO2 give onsets of 140 and 152 °C, respectively.",
     [(140.0, "NaAlH4–Nb2O5"), (152.0, "NaAlH4–CeO2"), (185.0, "NaAlH4")]),
    # (the sentence's first list pairs with the additives fronted before it; the second with its own)
    ("Ti and V doping lower the hydrogen removal energy of MgH2 from 2.49 eV to 1.71 and 1.84 eV, respectively, "
     "whereas Fe and Ni give 2.05 and 1.98 eV.",
     [(1.71, "MgH2–Ti"), (1.84, "MgH2–V"), (1.98, "MgH2–Ni"), (2.05, "MgH2–Fe")]),
])
def test_each_value_is_the_hydride_with_its_additive(text, expected):
    rows = _rows(text)
    assert [r for r in rows if r[0] in {v for v, _ in expected}] == expected


def test_storage_metals_named_before_values_stay_samples():
    # (near miss: Mg and Mg2Ni store hydrogen themselves; each is a sample of its own)
    assert _rows("The H removal energy of MgH2 is 2.53 eV, while Mg and Mg2Ni store 7.6 and 3.6 wt%, "
                 "respectively.") == [(2.53, "MgH2"), (3.6, "Mg2Ni"), (7.6, "Mg")]
