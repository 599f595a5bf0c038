"""A salt's bracket whose count a copy set one space apart ('Ca(AlH4) 2') is no salt of one cation and one bracketed
anion: the bracketed-anion reading leaves it to the shared subscript reader, which joins the count. A number a unit
follows is a quantity, and there the bracketed anion is read. Sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.extraction.text.ionic_formulas import bracketed_anions
from ingest.extraction.text.nlp import clean_text


@pytest.mark.parametrize("text", [
    "Ca(AlH4) 2 was milled with graphite",
    "a Mg(NH2) 2 and LiH mixture",
    "Sr(BH4) 2, heated under argon",
    "Be(BH4) 2 is volatile",
])
def test_a_bracket_with_its_count_set_apart_is_no_one_to_one_salt(text):
    assert bracketed_anions(text) == []


@pytest.mark.parametrize("text, cleaned", [
    ("Ca(AlH4) 2 was milled with graphite", "Ca(AlH4)2 was milled with graphite"),
    ("Sr(BH4) 2, heated under argon", "Sr(BH4)2, heated under argon"),
    # near misses: a one-to-one salt in brackets, with no count or with a quantity after it
    ("Na(BH4) 2 h after milling", "NaBH4 2 h after milling"),
    ("the Li(NH2) 5 wt% TiCl3 sample", "the LiNH2 5 wt% TiCl3 sample"),
    ("K(AlH4) was added", "KAlH4 was added"),
])
def test_the_pipeline_reads_the_count_or_the_salt(text, cleaned):
    assert clean_text(text).text == cleaned
