"""Intermetallic formulas a PDF copy cut apart, joined again (ingest.pdf_copy via ingest.nlp.clean_text), and
values said of a sample beside a list of the phases it holds. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from ingest.nlp import clean_text


def _clean(text: str) -> str:
    cleaned = clean_text(text)
    assert len(cleaned.offsets) == len(cleaned.text)   # every clean character still points at the source
    return cleaned.text


# ------------------------------------------------ an intermetallic split between its element groups
@pytest.mark.parametrize(("text", "joined"), [
    ("Ingots of PrMg2 Ni were remelted twice.", "Ingots of PrMg2Ni were remelted twice."),
    ("we cast the La Mg2 Ni9 electrode alloy", "we cast the LaMg2Ni9 electrode alloy"),
    ("hysteresis grows as SmMg2 Ni < YMg2 Ni here", "hysteresis grows as SmMg2Ni < YMg2Ni here"),
    ("a Ce Mg2 Ni9 ingot", "a CeMg2Ni9 ingot"),
])
def test_an_intermetallic_split_between_element_groups_is_one_word(text, joined):
    assert _clean(text) == joined


@pytest.mark.parametrize("text", [
    "a blend of MgH2 Ni and C",          # a hydride and a metal side by side
    "Ti Fe and Ni were mixed",           # metals without counts
    "peaks of XRD Mg2 Ni",                # an acronym before the alloy
    "the LaNi5 Mg2Ni couple",            # two formulas side by side
    "In Mg2 Ni films",                   # a capitalised English word
])
def test_words_beside_an_intermetallic_stay_apart(text):
    assert "LaNi5Mg2Ni" not in _clean(text) and "MgH2Ni" not in _clean(text) and "InMg2Ni" not in _clean(text) \
        and "TiFe" not in _clean(text) and "XRDMg2" not in _clean(text)
