"""A number set apart after a formula that a unit follows is a quantity, not a count the copy split off
('Mg(BH4) 2 wt% Ni' is Mg(BH4) with 2 wt% Ni): the units are the value reader's. Sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.extraction.text.pdf_copy import split_subscripts


def _joined(text: str) -> str:
    out = text
    for a, b in reversed(split_subscripts(text)):
        out = out[:a] + out[b:]
    return out


@pytest.mark.parametrize("text", [
    "Zn(BH4) 2 wt% Ni was milled for an hour",      # a loading
    "Y(BH4) 3 mol% NbF5 composite",                  # a molar share
    "Mg(AlH4) 2 h of milling under argon",          # a duration
    "Ca(BH4) 2 mol % TiF3 (spaced per cent)",        # the per cent set apart from 'mol'
    "MgH2 5 mol% TiF3", "LiBH4 10 wt.% SiO2", "LiAlH4 2 h milling",   # a formula written whole, then a quantity
])
def test_a_number_a_unit_follows_is_no_count(text):
    assert split_subscripts(text) == []


@pytest.mark.parametrize("text, joined", [
    ("MgH 2 5 mol% TiF3 was added", "MgH2 5 mol% TiF3 was added"),        # the subscript joins, the amount stays
    ("LiAlH 4 2 h milling", "LiAlH4 2 h milling"),
    ("LiBH 4 10 wt.% SiO2", "LiBH4 10 wt.% SiO2"),
])
def test_the_count_before_a_quantity_still_joins(text, joined):
    assert _joined(text) == joined


@pytest.mark.parametrize("text, joined", [
    # near misses: words that pint reads as units (attometre, inch, attosecond) but no value reader does
    ("Mg(BH4) 2 at 300 °C", "Mg(BH4)2 at 300 °C"),
    ("Ca(BH4) 2 in diethyl ether", "Ca(BH4)2 in diethyl ether"),
    ("Mg(NH2) 2 as the amide", "Mg(NH2)2 as the amide"),
    ("Mg(BH4)2 3 mol % NbF5", "Mg(BH4)2 3 mol % NbF5"),   # nothing set apart
])
def test_a_count_before_a_word_that_is_no_unit_joins(text, joined):
    assert _joined(text) == joined
