"""The count of a polyatomic anion's bracket set one space apart by a copy, alone or with the element symbols the
formula goes on with glued after it ('Li3(NH2) 2I', 'Sr(BH4) 2'), is joined by the shared subscript reader even
where the ontology does not know the formula. Sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.extraction.text.nlp import clean_text
from ingest.extraction.text.pdf_copy import split_subscripts


def _joined(text: str) -> str:
    out = text
    for a, b in reversed(split_subscripts(text)):
        out = out[:a] + out[b:]
    return out


@pytest.mark.parametrize("text, joined", [
    ("Pressed pellets of Li3(NH2) 2I were heated", "Pressed pellets of Li3(NH2)2I were heated"),
    ("the bromide Li3(NH2) 2Br conducts", "the bromide Li3(NH2)2Br conducts"),
    ("Sr(BH4) 2 was ball milled", "Sr(BH4)2 was ball milled"),
    ("Ce(BH4) 3 decomposes first", "Ce(BH4)3 decomposes first"),
    ("the double salt LiK(BH4) 2 melts", "the double salt LiK(BH4)2 melts"),
])
def test_a_bracketed_groups_count_set_apart_is_joined(text, joined):
    assert _joined(text) == joined


@pytest.mark.parametrize("text", [
    "the sieved powder (SPX) 2 h later",        # an abbreviation in brackets: no count inside
    "LiBH4 (LB2) 2 samples",                    # a bracket not glued to a formula
    "the Mg(In) 2 phase",                       # one element in the bracket: a solid solution's notation
    "Ce(BH4) 3 wt% and Sr(BH4) 5 mol%",         # a quantity follows
    "Li2(BH4)(NH2) 2 h later",                   # a quantity, after a double salt's second bracket
])
def test_a_number_after_a_bracket_that_is_no_group_count_stays(text):
    assert split_subscripts(text) == []


@pytest.mark.parametrize("text", [
    "Na(NH2) 2 mixture",          # one NH2⁻ balances Na⁺: no Na(NH2)2
    "a Li(BH4) 2 sample",
    "K(AlH4) 2 pellets",
    "Mg(BH4) 3 and Ca(BH4) 4",    # Mg²⁺ takes two BH4⁻, Ca²⁺ two
])
def test_a_count_the_charges_contradict_is_not_joined(text):
    assert split_subscripts(text) == []


@pytest.mark.parametrize("text, cleaned", [
    ("Na(NH2) 2 mixture", "NaNH2 2 mixture"),
    ("a Li(BH4) 2 sample", "a LiBH4 2 sample"),
    ("K(AlH4) 2 pellets", "KAlH4 2 pellets"),
    ("Sr(BH4) 2 pellets", "Sr(BH4)2 pellets"),      # near miss: the count the charges ask for
])
def test_the_pipeline_reads_the_salt_the_charges_give(text, cleaned):
    assert clean_text(text).text == cleaned
