"""The cheap first looks of the mention finder answer as the full searches they spare: the chemistry
token's cue (a word with no separator, bracket, caret or minus is no chemistry token) and the
spaced-system join's look for an element symbol in the last two characters only. Texts are written
for these tests."""
from __future__ import annotations

import random
import re

import pytest

from ingest.extraction.text.nlp import _METAL_END, _TOKEN_CUE, _TOKEN_MATCH, _chemistry_token, mentions


def _words(n: int, seed: int = 5) -> list[str]:
    rnd = random.Random(seed)
    parts = ["Li", "B", "H4", "Mg", "H2", "(", ")", "[", "]", "2", "0.5", "x", "–", "-", "/", "@", ":", "^", "^-", "·",
             "+", "*", "cm", "mol", "g", "Al", "Ti", "O2", "SBA", "15", "µ", "a", "ed"]
    return ["".join(rnd.choice(parts) for _ in range(rnd.randint(1, 6))) for _ in range(n)]


def test_every_token_the_pattern_matches_has_a_cue():
    # (the cue is a necessary condition: were a form added to the token pattern without one of its
    # characters, its words would be rejected unread)
    matched = [w for w in _words(40000) if _TOKEN_MATCH.match(w)]
    assert len(matched) > 300
    assert [w for w in matched if not _TOKEN_CUE.search(w)] == []


@pytest.mark.parametrize("word", ["Mg2NiH4-TiO2", "Na3AlH6@SBA-15", "Ca[BH4]2", "Mg(NH2)2", "10^-3", "mAh^-1",
                                  "2LiNH2/MgH2"])
def test_chemistry_tokens_of_each_form_are_still_tokens(word):
    assert _chemistry_token(word) is not None


@pytest.mark.parametrize("word", ["MgH2", "LiAlH4", "nanosheets", "dehydrogenation", "2038"])
def test_a_word_without_a_cue_is_no_chemistry_token(word):
    assert _chemistry_token(word) is None


def test_windowed_element_end_search_answers_as_a_search_from_the_start():
    rnd = random.Random(11)
    pieces = ["MgH2", "Ni", "Co", "aNi", "Ti ", "SA/NC", " ", "–", "V", "9Ni", "-Fe", "x", "Pd"]
    text = "".join(rnd.choice(pieces) for _ in range(400))
    ends = range(len(text) + 1)
    windowed = [bool(_METAL_END.search(text, max(0, e - 2), e)) for e in ends]
    assert windowed == [bool(_METAL_END.search(text, 0, e)) for e in ends]
    assert sum(windowed) > 50


@pytest.mark.parametrize("text, whole", [
    ("The MgH2–Ni SA/NC composite released hydrogen at 200 °C.", "MgH2–Ni SA/NC"),
    ("Hydrogen uptake of MgH2-Co SA/NC reached 6 wt% within 10 min.", "MgH2-Co SA/NC"),
    ("We compare LiBH4 – MgH2 with the bare hydride.", "LiBH4 – MgH2"),
])
def test_spaced_systems_are_still_joined(text, whole):
    assert whole in [m.text for m in mentions(text)]


def test_a_word_before_a_single_atom_form_is_not_joined():
    # ('catalyst SA/NC': the first span does not end in an element's symbol)
    text = "The MgH2 catalyst SA/NC was milled for 2 h."
    assert not any(re.search(r"MgH2.+SA/NC", m.text) for m in mentions(text))
