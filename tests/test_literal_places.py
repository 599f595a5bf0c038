"""ontology.literal_patterns.literal_places finds what the regex it stands for finds (a literal between two negative
look-arounds), and ontology.quantities.number_places what written_number's pattern finds, on random texts."""
import random
import re

from ontology.literal_patterns import apart_word, literal_places
from ontology.quantities import number_places, written_number

# digits of other scripts ('٣' is a decimal digit, '²' a digit but no decimal one), letters, '_', '-', '.', brackets
_ALPHABET = "0123456789..--__ab MgH2()⁰²٣éİ·"


def _texts(rng: random.Random, count: int):
    for _ in range(count):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24)))


def test_word_literal_matches_the_regex():
    rng = random.Random(3)
    for text in _texts(rng, 3000):
        for literal in ("Mg", "H2", "MgH2", "a", "-", "2", "é", ""):
            pattern = re.compile(rf"(?<![\w-]){re.escape(literal)}(?![\w-])")
            for pos in (-2, 0, 3, 30):
                want = [m.span() for m in pattern.finditer(text, pos)]
                got = list(literal_places(text, literal, pos, joined_before=apart_word, joined_after=apart_word))
                assert got == want, (text, literal, pos)


def test_number_places_match_written_number():
    rng = random.Random(5)
    for text in _texts(rng, 3000):
        for value in (2.0, 0.5, 12, 1e-05, -3.5, 22.0):
            for pos in (0, 4):
                want = [m.span() for m in written_number(value).finditer(text, pos)]
                assert list(number_places(value, text, pos)) == want, (text, value, pos)


def test_a_literal_next_to_itself_and_within_words():
    # ('22' in '222': no place; 'a a': both; 'aa': none)
    assert list(number_places(22, "x 222 y 22, 22.5")) == [(8, 10), (12, 14)]
    assert list(literal_places("a a aa", "a", joined_before=apart_word, joined_after=apart_word)) == [(0, 1), (2, 3)]
