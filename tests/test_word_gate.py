"""A gated pattern (ontology/word_gate.py) is searched only where the text holds one of its words: the gate must
never hide a match. Every gate is checked against the matches its pattern finds in the dev set's documents and in
sentences written for these tests, ending the text at every word (the cue patterns that end in '$' are searched
in the text before a mention)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import ingest.extract  # noqa: F401  (imports every reader, which makes their gates)
from ingest.extraction.samples.declared_roles import _cue
from ingest.extraction.values.condition_terms import _any_of_key
from ontology.word_gate import GATES, Gated, gated, may_say, needed

_any_of_key(), _cue()   # (the gates these readers make at their first use)

_DEVSET = sorted((Path(__file__).parent / "devset" / "styles").glob("*.md"))

_WRITTEN = [
    "The system target of 5.5 wt% H2 is still out of reach for milled MgH2.",
    "The faster release is attributed to the Nb2O5 formed during milling.",
    "Owing to the scaffold, the particles stay small; this stems from the confinement.",
    "The higher capacity results from the Mg2Ni phase; it is a result of the milling.",
    "The onset temperature fell because of the TiF3 additive.",
    "Substituting Li with Mg lowers the enthalpy; the replacement of the BH4 anion by I stabilises it.",
    "The added carbon hinders the growth and suppresses the agglomeration of MgH2.",
    "The carbon inhibits the MgH2 growth and blocks any TiH2 loss.",
    "The composite was then milled with 5 wt% TiCl3, and the mixture containing NbF5 was heated.",
    "We investigated LiBH4 by first-principles calculations and DFT.",
    "The barrier was computed by density functional theory; simulations predicted the same.",
    "LiBH4 was melt infiltrated and confined in CMK-3; NaAlH4 was embedded in carbon.",
    "The sample, more active than commercial Fe2O3, was compared with bare MgH2; similar ones were milled.",
    "A reduction of the onset temperature by Ti addition was small; a rise in the molar enthalpy by Nb was not.",
    "ſuch a ſample, cıted here, Inıtıally.",
]


def _texts() -> list[str]:
    lines = [line for path in _DEVSET for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [*lines, *_WRITTEN]


def test_every_reader_gate_is_registered():
    assert len(GATES) >= 10
    assert all(isinstance(g, Gated) for g in GATES)


@pytest.mark.parametrize("gate", GATES, ids=lambda g: g.pattern.pattern[:40])
def test_no_match_lies_outside_the_gate(gate):
    checked = 0
    for text in _texts():
        # (a pattern that ends in '$' is searched in the text before a mention: ended before each capital word too)
        ends = [len(text), *(m.end() for m in re.finditer(r"\s(?=[A-Z])", text))] \
            if gate.pattern.pattern.endswith("$") else [len(text)]
        for end in ends:
            for m in gate.pattern.finditer(text, 0, end):
                checked += 1
                assert may_say(text, gate.words), (gate.pattern.pattern[:60], text)
                # (stronger: the match itself holds a gate word, in any case)
                assert any(w in m.group(0).lower() for w in gate.words) or not m.group(0).isascii(), \
                    (gate.pattern.pattern[:60], m.group(0))
                assert gate.search(text, 0, end) is not None
    # (a gate whose words were read from its pattern, ``gated``, holds by construction: the tests below check that
    # reading; a gate whose words were written by hand needs a text to be checked on)
    assert checked or gate.words == needed(gate.pattern), \
        f"no text of the tests matches {gate.pattern.pattern[:60]!r}: write one that does"


@pytest.mark.parametrize(("text", "words", "said"), [
    ("The Onset Temperature fell.", ("temperature",), True),
    ("The onset fell by 40 K.", ("temperature",), False),
    ("An undotted \u0131 may stand for i in a case-blind match.", ("xyz",), True),     # (searched as it is)
    ("A long \u017f is an s to a case-blind match.", ("xyz",), True),
    ("A dotted \u0130 lowers to two characters.", ("xyz",), True),
    ("Nothing of the kind here.", ("capacit",), False),
])
def test_may_say(text, words, said):
    assert may_say(text, words) is said


@pytest.mark.parametrize("words", [("Temperature",), ("caf\u00e9",), ()])
def test_gate_words_are_lower_case_ascii(words):
    with pytest.raises(ValueError):
        Gated(re.compile("x"), words)


def test_a_role_noun_before_examples_is_never_gated_away():
    from ingest.extraction.samples.declared_roles import _noun_first_words, _such_as
    from ontology.word_gate import may_say_in
    texts = [*_texts(), "Destabilizing agents such as Al, Si and Ge were milled in.",
             "Light absorbers (such as TiH2, B, or C) were added.", "A Catalyst, e.g. Ni, was used."]
    checked = 0
    for text in (t for t in texts if re.search(r"such\s+as|like|e\.g\.", t, re.I)):   # (the examples' words)
        for m in re.finditer(r"(?<=\s)[A-Z]", text):
            lo = max(0, m.start() - 120)
            if _such_as().search(text, lo, m.start()):
                checked += 1
                assert may_say_in(text, lo, m.start(), _noun_first_words()), text
    assert checked >= 3


@pytest.mark.parametrize(("text", "start", "end", "said"), [
    ("the CATALYST such as ", 0, 21, True), ("the catalyst such as ", 4, 21, True),
    ("the catalyst such as ", 13, 21, False), ("a ſcaffold", 0, 10, True),
])
def test_may_say_in_a_part(text, start, end, said):
    from ontology.word_gate import may_say_in
    assert may_say_in(text, start, end, ("catalyst",)) is said


def test_a_gated_pattern_matches_as_its_pattern():
    gate = Gated(re.compile(r"\bdoped\s+with\s+", re.I), ("doped",))
    GATES.remove(gate)     # (made here for the test only)
    assert gate.match("Doped with Ni", 0).group(0) == "Doped with "
    assert gate.match("x doped with Ni", 2) is not None and gate.match("milled with Ni") is None
    assert [m.start() for m in gate.finditer("doped with A, doped with B")] == [0, 14]


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\bcatalys(?:ed|t)\s+by", ("catalys",)),                     # (the longest run every match consumes)
    (r"(?:milled|ground)\s+with", ("ground", "milled")),            # (each alternative's own)
    (r"(?:pre-)?heated", ("heated",)),                               # (an optional part needs nothing)
    (r"(?:ab|cd){2,}\s*x", ("ab", "cd")),                           # (a part repeated at least once: its words)
    (r"\d+\s*°C\s+(?:above|below)", ("above", "below")),          # ('°' is a run of one, shorter than each word)
    (r"\s+≤\s*\d", ("≤",)),                                       # (a character of no case is found as it is)
    (r"(?=heat)\w+", None),                                         # (a lookahead's words are no part of the match)
    (r"\bstable(?=\s+phase)", ("stable",)),
    (r"(?:up to|[<>])\s*$", None),                                  # (an alternative of no literal: no words)
    (r"Ünits?", ("nit",)),                                           # (a cased letter beyond ASCII is left out)
    (r"(?:phases?|phase\s+mixtures?)", ("phase",)),
    (r"\b(?:cool|precool|recooling)\b", ("cool",)),                 # (a piece holding another adds no look)
])
def test_needed_reads_the_words_every_match_holds(pattern, words):
    assert needed(re.compile(pattern, re.I)) == words


_PATTERNS = [r"\b(?:doped|catalysed|catalyzed)\s+with\b", r"(?:pre-?)?(?:heated|annealed)\s+(?:at|to)\s+\d",
             r"\bresponsible\s+for\s+(?:the\s+)?(?:faster\s+)*kinetics", r"(?:sample|powder)s?\s+(?:was|were)\s+$",
             r"\b(?:at|under)\s+\d+\s*(?:bar|MPa)", r"(?:Ni|Ti)-doped\s+(?:samples?|powders?)"]
_SENTENCES = ["The powder was Doped With NbF5 and then HEATED to 300 °C under 10 bar.",
              "Samples were catalyzed with TiCl3; the annealed film was pre-heated at 90 °C.",
              "This is responsible for the faster faster KINETICS seen at ≤ 5 MPa.",
              "The samples were ", "Nothing here matches any of them.", "pre heated at 2 and preheated to 4",
              "A ſample waſ heated at 5 K.", "An İ and an ı in a Doped with sentence.",
              "The Ti-doped Powders and the ni-DOPED sample."]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_a_pattern_read_for_its_words_finds_what_it_found(pattern):
    plain = re.compile(pattern, re.I)
    gate = gated(plain)
    assert isinstance(gate, Gated) and gate.words == needed(plain)
    GATES.remove(gate)     # (made here for the test only)
    found = 0
    for text in _SENTENCES:
        for end in range(len(text) + 1):   # (a search of the words before a point, as the cue readers make)
            a, b = gate.search(text, 0, end), plain.search(text, 0, end)
            assert (a and a.span()) == (b and b.span()), (pattern, text, end)
            found += b is not None
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert (gate.match(text, 4) and gate.match(text, 4).span()) == (plain.match(text, 4) and plain.match(text, 4).span())
        assert gate.findall(text) == plain.findall(text)
    assert found, f"no sentence of the test matches {pattern!r}: write one that does"


@pytest.mark.parametrize("pattern", [r"(?:up to|[<>])\s*$", r"\b(?:in|at)\s+\d", r"\b(?:" + "|".join(
    f"{x}{y}ing" for x in "bcdfghjk" for y in "aeiou") + r")\b"])
def test_a_pattern_with_no_words_worth_a_look_is_left_as_it_is(pattern):
    # (no words; words of two letters, in most sentences; more words than looks are worth)
    plain = re.compile(pattern, re.I)
    assert gated(plain) is plain


def test_a_caller_may_take_shorter_pieces_and_more_words():
    # (a pattern searched only in the few words before a value: a short piece is seldom there)
    plain = re.compile(r"(?:<|~|\bca\.|\babout)\s*$", re.I)
    assert gated(plain) is plain
    gate = gated(plain, shortest=1)
    GATES.remove(gate)
    assert isinstance(gate, Gated) and gate.words == ("<", "about", "ca.", "~")
    assert gate.search("values of ca. ") is not None and gate.search("values of ") is None
    many = re.compile(r"\b(?:" + "|".join(f"{x}{y}ing" for x in "bcdfghjk" for y in "aeiou") + r")\b")
    assert gated(many) is many and isinstance(gated(many, most=40), Gated)
    GATES.pop()
