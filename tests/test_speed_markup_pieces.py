"""The markup scan's guard on '(', ')' and '-' (ingest/extraction/text/nlp.py ``_MARKUP``) finds what the plain pattern
finds.

The pieces that start at a bracket or hyphen (the bracketed subscripts, the joined participle) are tried
only at those characters, the others only elsewhere: that holds only if no piece of the one kind can start
where a piece of the other does. The plain pattern, both kinds tried at every character, is built here from
the guarded one and must give the same matches on sentences written for this test.

And the numbers of a sentence, read once per document (``ingest.extraction.text.quantity_text.numbers``), are what a
plain reading gives, each caller's its own to complete.
"""
from __future__ import annotations

import re

import pytest

from ingest.extraction.text import nlp

SENTENCES = [
    # bracketed subscripts an indexing service prints, with hyphenated counts and composition symbols
    "The salt Mg(BH(4))(2) was ball milled with LiBH(4) and 5 wt% of H-2 was released below 300 C.",
    "A layered Ti(3)C-2 sheet and the mixed Li(BH4)(0.75)I(0.25) phase were compared with Mg(1-x)Zn(x)(BH4)(2).",
    "The closo salt Na-4(CB11H12)(2)(B12H12) conducts ions well, unlike composite(0.5) powders.",
    # joined participles, plain hyphens and brackets that open no piece
    "The milled-MgH2 and the annealed-Mg2Ni (both sieved) were stored in a well-sealed vial (see Fig. 2a).",
    "A two-step, low-cost route (milling, then heating to 350 °C) gave LiH-rich grains.",
    # other markup beside brackets and hyphens
    "The $E_{a}$ fell to 72.4 \\pm 3.1 kJ mol$^{-1}$ (from 160 kJ) for MgH<sub>2</sub> [12,14].",
    "Its conductivity reached 2.5 Â 10 À3 S cm À1 at 30 ◦C (x = 0.5), and 10&nbsp;&deg;C more for (y) samples.",
    # near miss: a sentence without any markup piece
    "Magnesium hydride releases hydrogen slowly (at high temperature) in a well-known two-step way.",
]

_GUARD_OPEN = r"(?:(?=[()\-])(?:" + nlp._BRACKET_PIECES + r")|(?![()\-])(?:"
_PLAIN_OPEN = r"(?:(?:" + nlp._BRACKET_PIECES + r")|(?:"


def _plain() -> re.Pattern[str]:
    assert nlp._MARKUP.pattern.count(_GUARD_OPEN) == 1
    return re.compile(nlp._MARKUP.pattern.replace(_GUARD_OPEN, _PLAIN_OPEN))


def _pieces(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, dict[str, str | None]]]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_guarded_markup_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert _pieces(nlp._MARKUP, text) == _pieces(_plain(), text)


def test_the_bracket_pieces_are_found() -> None:
    found = {m.lastgroup for text in SENTENCES for m in nlp._MARKUP.finditer(text)}
    assert {"subscript", "joinedstate"} <= found
    assert nlp.clean_text("The milled-MgH2 and Mg(BH(4))(2)").text == "The milled MgH2 and Mg(BH4)2"


def test_a_plain_sentence_gives_no_piece() -> None:
    assert _pieces(nlp._MARKUP, SENTENCES[-1]) == []


# ---------------------------------------------------------------- the numbers of a sentence, read once per document
NUMBER_SENTENCES = [
    "The doped powder released 5.8 wt% of hydrogen at 300 °C within 20 min.",
    "Cells cycled at 0.5 C kept 92 % of their capacity, and at C/10 nearly all of it.",
    "Its activation energy fell from 160 to (72.4 ± 3.1) kJ/mol after 10 cycles.",
    # near miss: no number at all
    "The milled hydride desorbs far more quickly than the bare one.",
]


@pytest.mark.parametrize("text", NUMBER_SENTENCES)
def test_numbers_within_a_document_are_the_plain_reading(text: str) -> None:
    from ingest.extraction.text.quantity_text import numbers
    from ontology.text_memo import one_document

    plain = numbers(text)
    with one_document():
        first, again = numbers(text), numbers(text)
        assert first == plain and again == plain
        for n in first:   # (a caller completing a number it was given changes no other caller's)
            n.unit, n.end = "K", n.end + 1
        assert numbers(text) == plain
    assert numbers(text) == plain


def test_no_number_in_a_sentence_without_one() -> None:
    from ingest.extraction.text.quantity_text import numbers
    from ontology.text_memo import one_document

    with one_document():
        assert numbers(NUMBER_SENTENCES[-1]) == []


# ---------------------------------------------------------------- cell notations looked for only where a cell is named
CELL_SENTENCES = [
    "The In/Li|Li3(NH2)2I|TiS2 coin cell was cycled at 60 °C.",
    "Half cells (Li | LiBH4 | MgH2) were discharged to 0.1 V.",
    "A MgH2/Li half-Cell delivered its first discharge at 0.2 C.",
    "An all-solid-state BATTERY of TiS2/LiBH4–LiI/Li kept its capacity.",
    "Mo/LiBH4–LiI/Mo in a symmetric configuration showed a low resistance.",
    # near misses: layers with slashes, but no cell named (or named too far from them)
    "The MgH2/C/Ni composite released hydrogen at 250 °C.",
    "The In/Li|Li3(NH2)2I|TiS2 stack was put together and then sealed in a coin cell.",
    "Samples of LiBH4/SBA-15 and NaAlH4/CMK-3 were compared.",
]


@pytest.mark.parametrize("text", CELL_SENTENCES)
def test_cell_layers_gate_gives_the_plain_answer(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.extraction.samples import cells

    gated_answer = cells._tested_layers(text)
    monkeypatch.setattr(cells, "_CELL_WORD", re.compile(""))   # the plain path: every text searched
    assert gated_answer == cells._tested_layers(text)


def test_cell_layers_are_found_where_a_cell_is_named() -> None:
    from ingest.extraction.samples import cells

    assert all(cells._tested_layers(text) for text in CELL_SENTENCES[:5])
    assert not any(cells._tested_layers(text) for text in CELL_SENTENCES[5:])


# ---------------------------------------------------------------- a lithiation rate, looked for from its first digit
RATE_SENTENCES = [
    "The TiS2 electrode was lithiated at 0.1Li h−1 down to 1.5 V.",
    "A rate of .05 Li h-1 was kept for the first cycle, then 1 Li h^-1.",
    "Cycling at 0.2 C between 0.1 and 1.0 V gave 85 % of the capacity.",
    # near miss: the letters, no rate (a number glued to a word before it)
    "Sample A2.5Li h-1 is no rate, nor is Li h-1 alone.",
]


def test_lithium_rates_found_as_by_the_plain_pattern() -> None:
    import ingest.extraction.prose.prose_cells as prose_cells

    plain = re.compile(prose_cells._LITHIUM_PER_HOUR.pattern.replace(r"(?=[\d.])", "", 1))
    spans = [[m.span() for m in prose_cells._LITHIUM_PER_HOUR.finditer(text)] for text in RATE_SENTENCES]
    assert spans == [[m.span() for m in plain.finditer(text)] for text in RATE_SENTENCES]
    assert [len(found) for found in spans] == [1, 2, 0, 0]


# ---------------------------------------------------------------- a formula's phase prefix, asked only after a hyphen
PREFIXED_SENTENCES = [
    "Both γ-Mg(BH4)2 and o-LiBH4 took up ammonia, while h-LiBH4 did not.",
    "The alpha-KB10H9NH3 and beta-MgH2 phases formed; xLiBH4–(1-x)LiI melted first.",
    "A (100-x)LiBH4–xLiNH2 series and [BH4]− anions in 2LiBH4–MgH2 were read.",
    # near misses: a hyphen before a formula with a word, not a prefix, before it
    "The well-MgH2 and co-doped TiO2 and seta-LiH are no phases of a known prefix.",
]


def test_candidates_found_as_by_the_plain_pattern() -> None:
    guarded = r"|(?<=-)(?:(?<=(?<![\w\-])[αβγδεζηθoh]-)|" + nlp._SPELLED_POLYMORPH + "))"
    assert nlp._CANDIDATE.pattern.count(guarded) == 1
    plain = re.compile(nlp._CANDIDATE.pattern.replace(
        guarded, r"|(?<=(?<![\w\-])[αβγδεζηθoh]-)|" + nlp._SPELLED_POLYMORPH + ")"))
    found = [[m.span() for m in nlp._CANDIDATE.finditer(text)] for text in PREFIXED_SENTENCES]
    assert found == [[m.span() for m in plain.finditer(text)] for text in PREFIXED_SENTENCES]
    words = [text[a:b] for text, spans in zip(PREFIXED_SENTENCES, found) for a, b in spans]
    assert {"Mg(BH4)2", "LiBH4", "KB10H9NH3", "MgH2"} <= set(words)
    assert "LiH" not in words   # ('seta-' is no prefix)


# ---------------------------------------------------------------- first looks of the glued-word and abbreviation scans
GLUED_WORDS = ["MgH2have", "Mg(BH4)2are", "Nb2O5nanoparticles", "KB11H14is", "H2O", "2nd", "a10ve", "Ti3C2Tx",
               "LiBH4s", "MgH12and"]
STOP_SENTENCES = [
    "The peak shifted (see Fig. 3 and Eq. 2), e.g. by 40 K. Then J. Smith et al. milled it at 300 K.",
    "Its capacity fell by ca. 20 % vs. the bare one, i.e. to approx. 5 wt% (Ref. 4, cf. Tab. 2).",
    # near miss: sentence ends no abbreviation holds
    "The powder was heated to 423 K. It then released hydrogen quickly.",
]


def test_glued_words_found_as_by_the_plain_pattern() -> None:
    plain = re.compile(nlp._GLUED_TAIL.pattern.replace(r"(?<=\d)", "", 1))
    found = [m.span() if (m := nlp._GLUED_TAIL.search(w)) else None for w in GLUED_WORDS]
    assert found == [m.span() if (m := plain.search(w)) else None for w in GLUED_WORDS]
    assert [w for w, f in zip(GLUED_WORDS, found) if f] == ["MgH2have", "Mg(BH4)2are", "Nb2O5nanoparticles",
                                                               "KB11H14is", "MgH12and"]


def test_abbreviations_before_a_stop_found_as_by_the_plain_pattern() -> None:
    from ingest.documents import document

    plain = re.compile(document._ABBREV.pattern.replace("(?=[A-Zacefiprv])", "", 1))

    def before_stops(pattern: re.Pattern[str]) -> list[tuple[int, int] | None]:
        return [m.span() if (m := pattern.search(text, max(0, at - document._ABBREV_WINDOW), at)) else None
                for text in STOP_SENTENCES for at in range(1, len(text) + 1) if text[at - 1] in ".!?"]

    assert before_stops(document._ABBREV) == before_stops(plain)
    assert [s for _, _, s in document.split_sentences(STOP_SENTENCES[-1])] == [
        "The powder was heated to 423 K.", "It then released hydrogen quickly."]
