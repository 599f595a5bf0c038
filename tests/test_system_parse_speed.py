"""The cheaper paths of formula and system parsing give what the full paths gave: whole counts as ints,
plain formulas without the markup cleaning, a part's amount read once per document, a term's formula
parsed once per term. Each test states the result the slow path gives."""
from __future__ import annotations

import pytest

from ontology.formula import FormulaError, parse_formula, strip_markup
from ontology.system import analyse_system
from ontology.text_memo import new_document


@pytest.mark.parametrize("text, composition", [
    ("Mg(BH4)2", {"Mg": 1.0, "B": 2.0, "H": 8.0}),          # whole counts, a bracketed group
    ("VH0.81", {"V": 1.0, "H": 0.81}),                        # a decimal count stays exact
    ("Li4(BH4)3I", {"Li": 4.0, "B": 3.0, "H": 12.0, "I": 1.0}),
    ("(Ti0.5V0.5)3C2", {"Ti": 1.5, "V": 1.5, "C": 2.0}),      # a decimal inside a group times a whole count
    ("LiBH4·1/2NH3", {"Li": 1.0, "B": 1.0, "H": 5.5, "N": 0.5}),   # a fractional adduct coefficient
    ("Mg(BH4)2·2NH3", {"Mg": 1.0, "B": 2.0, "H": 14.0, "N": 2.0}),
])
def test_compositions_of_whole_decimal_and_fractional_counts(text, composition):
    assert parse_formula(text).composition == composition


def test_a_formula_in_markup_is_the_plain_one():
    assert parse_formula("Mg(BH<sub>4</sub>)<sub>2</sub>").normalized == "Mg(BH4)2"
    assert parse_formula("MgH₂").normalized == "MgH2"
    assert parse_formula("$\\text{LiBH}_4$").normalized == "LiBH4"


@pytest.mark.parametrize("text, message", [
    ("Mg0", "is zero"),
    ("MgH1234567890", "too long"),
    ("Mg(BH4", "unbalanced"),
])
def test_bad_counts_still_fail_with_their_message(text, message):
    with pytest.raises(FormulaError, match=message):
        parse_formula(text)


def test_strip_markup_reads_entities_and_subscripts_of_ascii_and_unicode_text():
    assert strip_markup("x&sup2;") == "x^2"          # an entity that becomes a superscript
    assert strip_markup("LiBH₄–MgH₂") == "LiBH4–MgH2"
    assert strip_markup("MgH<sub>2</sub> + Ni") == "MgH2 + Ni"


def test_each_parse_hands_out_its_own_amount():
    first = analyse_system("MgH2–10 wt% Ni").system
    first.additives[0].amount.value = 50.0          # a caller may change what it was given
    second = analyse_system("MgH2–10 wt% Ni").system
    assert second.additives[0].amount.value == 10.0
    assert second.additives[0].amount is not first.additives[0].amount


def test_a_term_formula_parsed_in_an_earlier_document_gives_the_same_system():
    before = analyse_system("Mg(BH4)2").system.model_dump()
    new_document()
    after = analyse_system("Mg(BH4)2").system.model_dump()
    assert before == after
    assert after["name"] == "Mg(BH4)2" and after["host"]["formula"] == "Mg(BH4)2"


@pytest.mark.parametrize("text, name, additives", [
    ("MgH2–5 wt% Nb2O5", "MgH2–5 wt% Nb2O5", ["Nb2O5"]),
    ("2LiBH4–MgH2", "2LiBH4–MgH2", ["MgH2"]),
    ("3LiBH4·LiI", "3LiBH4–LiI", ["LiI"]),        # a counted dot: two salts
    ("LiBH4@/SBA-15", "LiBH4@SBA-15", ["SBA-15"]),  # '@/' is '@'
])
def test_notations_with_dots_and_at_signs_are_rewritten_as_before(text, name, additives):
    system = analyse_system(text).system
    assert system.name == name
    assert [a.formula for a in system.additives] == additives
