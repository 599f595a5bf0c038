"""The shortcuts of the speed work (session 29) give the answers of the plain searches they stand for.

Each helper is checked against the search it replaces, on sentences written for this test: the memos
(``product_cue_before``, ``compared_before``, ``_link_between``) and the look-ahead of first letters
(``_first_letters_ahead``) never change what is found, only how often or where the engine looks.
"""
from __future__ import annotations

import re

import pytest

import ingest.extraction.prose.prose_mentions as prose_mentions
import ingest.extraction.samples.samples_additives as samples_additives
import ingest.extraction.text.samples_words as samples_words
from ingest.extraction.samples.material_cues import (
    ADDITIVE_AFTER,
    COMPARED_CLAUSE,
    FORMED_AFTER,
    PRODUCT_CUE,
    additive_after,
    compared_before,
    formed_after,
    product_cue_before,
)
from ontology.compound_names import compound_names
from ontology.text_memo import new_document
from ontology.word_gate import first_letters_ahead

SENTENCES = [
    "The decomposition of LiBH4 into LiH releases most of the stored hydrogen above 400 °C.",
    "Heating the milled powder led to the formation of Mg2NiH4 within a few minutes.",
    "Compared with the undoped powder, the KH-modified Mg(NH2)2–2LiH desorbs at 130 °C.",
    "Unlike bare NaAlH4, the sample catalysed by TiCl3 absorbed hydrogen at 120 °C.",
    "The cobalt boride catalyst was dispersed on graphene and then milled with MgH2 for 5 h.",
    "A TiS2/LiBH4/Li all-solid-state cell delivered 205 mAh/g at 0.2 C.",
    "The LiBH4–LiI/TiS2 cell and the Li/Li4(BH4)3I/Li symmetric cell were cycled at 120 °C.",
    "MgH2 milled with 10 wt% Nb2O5 and 5 wt% graphite released 6.1 wt% H2 in 10 min.",
    "Ni ball milled with 15 wt% V powder formed a solid solution after 20 h.",
    # near misses: no cue, no comparison, no cell, no link
    "Magnesium hydride stores 7.6 wt% hydrogen in theory.",
    "The powders were stored in an argon glove box before the measurements.",
]


def _mention_starts(text: str) -> list[int]:
    """Every place a formula-like word starts: where the readers ask their questions."""
    return [m.start() for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z0-9()–]*", text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_product_cue_before_is_the_search_of_the_words_before(text):
    new_document()
    for start in _mention_starts(text):
        plain = PRODUCT_CUE.search(text[max(0, start - 40):start]) is not None
        assert product_cue_before(text, start) is plain
        assert product_cue_before(text, start) is plain   # (asked again: the memo gives the same)


@pytest.mark.parametrize("text", SENTENCES)
def test_compared_before_is_the_windowed_search(text):
    new_document()
    for start in _mention_starts(text):
        plain = COMPARED_CLAUSE.search(text, max(0, start - 60), start) is not None
        assert compared_before(text, start) is plain


@pytest.mark.parametrize("text", SENTENCES + [
    "TiH2 and VH0.8 formed during the first hydrogenation of the composite.",
    "NbF5 as a catalyst lowered the onset of MgH2 by 60 K, much more than pure Nb did.",
    "The sample doped with CeO2 outperformed the one compared to bare MgH2 at 300 °C.",
])
def test_the_mention_cues_are_their_plain_searches(text):
    new_document()
    for start in _mention_starts(text):
        end = re.match(r"\S*", text[start:]).end() + start
        assert formed_after(text, end) is (FORMED_AFTER.match(text, end) is not None)
        assert additive_after(text, end) is (ADDITIVE_AFTER.match(text[end:end + 30]) is not None)
        assert prose_mentions.compared_just_before(text, start) is (prose_mentions._COMPARED.search(text[max(0, start - 25):start])
                                                            is not None)


def test_the_cues_are_found_where_written():
    text = SENTENCES[0]
    assert product_cue_before(text, text.index("LiH "))          # 'decomposition of LiBH4 into' LiH
    text = SENTENCES[3]
    assert compared_before(text, text.index("NaAlH4"))           # 'Unlike bare' NaAlH4
    assert not compared_before(text, text.index("TiCl3"))        # (the comparison's clause ended at the comma)
    text = SENTENCES[9]
    assert not product_cue_before(text, 0) and not compared_before(text, len(text))
    text = "TiH2 and VH0.8 formed during the first hydrogenation of the composite."
    assert formed_after(text, text.index(" and")) and not formed_after(text, len(text))
    text = "NbF5 as a catalyst lowered the onset of MgH2 by 60 K, much more than pure Nb did."
    assert additive_after(text, text.index(" as")) and not additive_after(text, text.index(" by"))
    assert prose_mentions.compared_just_before(text, text.index("Nb did")) and not prose_mentions.compared_just_before(text, 0)


@pytest.mark.parametrize("text", SENTENCES)
def test_link_between_is_the_link_match(text):
    new_document()
    starts = _mention_starts(text)
    for a in starts:
        for b in starts:
            if b > a:
                plain = samples_words.LINK.match(text, a, b)
                memo = samples_additives.link_between(text, a, b)
                assert (plain and (plain.span(), plain.groupdict())) == (memo and (memo.span(), memo.groupdict()))


def test_first_letters_ahead_keeps_every_match():
    words = ["chloride", "bromide", "oxide", "hydride"]
    alternation = "|".join(words)
    plain = re.compile(rf"(?:{alternation})\b", re.I)
    ahead = re.compile(rf"{first_letters_ahead(words)}(?:{alternation})\b", re.I)
    texts = ["Lithium Chloride and magnesium OXIDE were milled.", "The bromides and hydride phases.",
             "No anion is named here at all."]
    for text in texts:
        assert [m.span() for m in ahead.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_letters_ahead_of_no_words_or_an_empty_one_is_nothing():
    assert first_letters_ahead([]) == ""
    assert first_letters_ahead(["oxide", ""]) == ""   # (an empty word matches anywhere: no look-ahead may hold)
    assert first_letters_ahead(["oxide", "iodide", "oxo"]) == "(?=[io])"


def test_compound_names_still_read_names_in_words():
    new_document()
    found = compound_names("Titanium dioxide and lithium chloride were added; the magnesium was bare.")
    assert [(name.element, name.anion) for _, _, name in found] == [("Ti", "O"), ("Li", "Cl")]


def test_a_schemes_alternation_looks_at_first_letters_and_finds_the_same():
    from ontology.vocabulary import vocabulary
    vocab = vocabulary()
    ahead = vocab.scheme_alternation("EffectVerb", ("SpeedingStem",))
    assert ahead.startswith("(?:(?=[")
    words = {w for w in vocab.scheme_words("EffectVerb", concept="SpeedingStem")}
    plain = "(?:" + "|".join(re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "")
                             for w in sorted(words, key=lambda w: (-len(w), w))) + ")"
    texts = ["The Nb2O5 additive accelerates the release and Boosts the uptake of MgH2.",
             "Ball milling improved nothing; the speed of the mill was 400 rpm.",
             "No verb of speeding stands in this one."]
    for wrapper in (r"\b{}\b", r"\b{}?\s+the", r"(?:{})+"):
        for flags in (0, re.I):
            a, p = re.compile(wrapper.format(ahead), flags), re.compile(wrapper.format(plain), flags)
            for text in texts:
                assert [m.span() for m in a.finditer(text)] == [m.span() for m in p.finditer(text)]


def test_a_schemes_alternation_with_patterns_of_the_reader_has_no_look_ahead():
    from ontology.vocabulary import vocabulary
    assert "(?=[" not in vocabulary().scheme_alternation("EffectVerb", ("SpeedingStem",), more=(r"\d+",))


def test_the_lowered_text_of_the_gate():
    from ontology import word_gate
    new_document()
    assert word_gate._lowered("MgH2 Releases Hydrogen") == "mgh2 releases hydrogen"
    assert word_gate._lowered("Mg–Ni at 300 °C") == "mg–ni at 300 °c"
    assert word_gate._lowered("an \u0130nverse case") is None      # (a dotted capital I lowers to two characters)
    assert word_gate.may_say_in("the \u017fample of MgH2", 0, 12, ("sample",))   # (a long s: looked at as it is)
    assert not word_gate.may_say_in("the plain powder of MgH2", 0, 16, ("sample",))
