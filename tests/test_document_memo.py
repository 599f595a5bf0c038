"""One document's readers share a memo (``text_memo.one_document``): a system notation the document
names many times is parsed once. Every caller still gets a parse of its own (what one changes no other
sees), an error comes back as the same error, and nothing outlives the document."""
from __future__ import annotations

import pytest

from ingest.extraction.text.nlp import reading_once
from ontology.system import SystemParseError, analyse_system
from ontology.text_memo import document_memo, one_document


def test_a_memo_lives_only_within_one_document():
    assert document_memo("x") is None
    with one_document():
        memo = document_memo("x")
        assert memo == {}
        memo["k"] = 1
        with one_document():          # a nested reader shares the outer document's memo
            assert document_memo("x") == {"k": 1}
    assert document_memo("x") is None
    with one_document():              # the next document starts empty
        assert document_memo("x") == {}


def test_the_extraction_reads_within_one_document():
    with reading_once():
        assert document_memo("analyse_system") is not None
    assert document_memo("analyse_system") is None


@pytest.mark.parametrize("notation", ["MgH2–10 wt% Ni/C", "2LiBH4–MgH2", "LiBH4@SiO2", "Mg(NH2)2–2LiH–0.08KH"])
def test_a_notation_parsed_again_is_an_equal_parse_of_its_own(notation):
    alone = analyse_system(notation)
    with one_document():
        first = analyse_system(notation)
        first.system.host.formula = "changed"
        first.system.additives.clear()
        first.unknown.append("changed")
        first.notes.append("changed")
        again = analyse_system(notation)
    assert again == alone
    assert again.system is not first.system


def test_a_changed_amount_reaches_no_other_parse():
    with one_document():
        first = analyse_system("MgH2–10 wt% Ni")
        first.system.additives[0].amount.value = 50.0
        assert analyse_system("MgH2–10 wt% Ni").system.additives[0].amount.value == 10.0


def test_a_notation_that_fails_fails_again_with_the_same_error():
    with pytest.raises(SystemParseError) as alone:
        analyse_system("   ")
    with one_document():
        for _ in range(2):
            with pytest.raises(SystemParseError) as again:
                analyse_system("   ")
            assert str(again.value) == str(alone.value)
            assert again.value.unknown == alone.value.unknown
            again.value.unknown.append("changed")


def test_within_one_document_a_notation_is_parsed_once(monkeypatch):
    import ontology.system as system

    parsed: list[str] = []
    real = system._analyse

    def counting(text, onto, *put_in):
        parsed.append(text)
        return real(text, onto, *put_in)

    monkeypatch.setattr(system, "_analyse", counting)
    with one_document():
        for _ in range(3):
            analyse_system("MgH2–5 wt% Nb2O5")
    analyse_system("MgH2–5 wt% Nb2O5")       # outside a document: parsed afresh
    assert parsed == ["MgH2–5 wt% Nb2O5", "MgH2–5 wt% Nb2O5"]


def test_a_word_that_is_no_formula_fails_again_with_its_own_error():
    from ontology.formula import FormulaError, parse_formula
    from ontology.text_memo import new_document

    new_document()
    errors = []
    for _ in range(3):
        with pytest.raises(FormulaError) as e:
            parse_formula("Mg(BH4")
        errors.append(e.value)
    assert len({str(e) for e in errors}) == 1 and "unbalanced" in str(errors[0])
    assert len({id(e) for e in errors}) == 3


@pytest.mark.parametrize("text, glued", [
    ("The lithiumborohydride was milled.", True),
    ("The\u00a0lithiumborohydride\u2003was milled.", True),        # words set apart by other spaces
    ("(lithiumborohydride) was milled.", True),
    ("The lithium borohydride was milled.", False),
    ("The lithiumborohydridex was milled.", False),
])
def test_a_glued_name_is_read_between_any_spaces(text, glued):
    from ingest.extraction.text.pdf_copy import has_glued_name

    assert has_glued_name(text) is glued


@pytest.mark.parametrize("text, keep, plain", [
    ("Mg(BH<sub>4</sub>)<sub>2</sub>", False, "Mg(BH4)2"),
    ("LiBH<sub>4</sub><sup>[16]</sup>", False, "LiBH4"),
    ("LiBH<sub>4</sub><sup>[16]</sup>", True, "LiBH4[16]"),       # the same text, the citation kept: its own answer
    ("$\\text{MgH}_2$", False, "MgH2"),
])
def test_markup_stripped_again_is_stripped_alike(text, keep, plain):
    from ontology.formula import strip_markup
    from ontology.text_memo import new_document

    new_document()
    assert [strip_markup(text, keep_citations=keep) for _ in range(2)] == [plain, plain]
