"""Indexing services print a fractional subscript in brackets too ('Li(BH4)(0.75)I(0.25)', 'Mg(0.9)Ti(0.1)H(2)'): after
an element symbol or a group's bracket it is the subscript, read as the formula writes it; a bracketed number after
a word ('composite(0.5)', 'the value (0.5)') is no subscript. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ingest.extraction.text.nlp import clean_text


@pytest.mark.parametrize("printed, formula", [
    ("Li(BH4)(0.75)I(0.25)", "Li(BH4)0.75I0.25"),
    ("Na(0.5)Li(0.5)BH(4)", "Na0.5Li0.5BH4"),
    ("Mg(0.9)Ti(0.1)H(2)", "Mg0.9Ti0.1H2"),
    ("Li(CB9H10)(0.7)(CB11H12)(0.3)", "Li(CB9H10)0.7(CB11H12)0.3"),
    # (a composition symbol's subscript too)
    ("Mg(1-x)Zn(x)(BH4)(2)", "Mg1-xZnx(BH4)2"),
    ("Li(BH4)(1-x)I(x)", "Li(BH4)1-xIx"),
    ("Li(1-y)Na(y)BH(4)", "Li1-yNayBH4"),
])
def test_a_fractional_subscript_in_brackets_is_the_formula_s(printed, formula):
    assert clean_text(printed).text == formula


@pytest.mark.parametrize("text", ["the composite(0.5) shows", "the value (0.5) of x", "sample b(0.25) was",
                                  "the function f(x) of", "the sample (x) was"])
def test_a_bracketed_number_after_a_word_stays(text):
    assert clean_text(text).text == text


def test_the_sample_keeps_its_shares():
    row = contract_measurements("The Li(BH4)(0.75)I(0.25) sample shows a conductivity of 1.2 x 10(-4) S cm(-1) at "
                                "30 degrees C.")[0]
    assert [(c["material"], c["amount"]) for c in row["components"]] == [("LiBH4", 0.75), ("LiI", 0.25)], row


def test_a_family_member_named_by_its_symbol_s_value_is_read():
    row = contract_measurements("Mg(1-x)Zn(x)(BH4)(2) (x = 0.1) starts to release hydrogen at 190 degrees C.")[0]
    assert [(c["material"], c["amount"]) for c in row["components"]] == [("Mg(BH4)2", 0.9), ("Zn(BH4)2", 0.1)], row
    assert row["strategies"] == ["CationSubstitution"]
