"""A cheap look before a costly case-insensitive search: does the text hold one of the words the pattern needs?

A case-insensitive pattern is tried at every character of a sentence (re finds no literal to skip to), some
microseconds a sentence, for each of the dozens of cue patterns asked of every sentence; most sentences hold
none of a cue's words. ``may_say(text, words)`` tells that with a lower-cased copy of the sentence (made once)
and substring looks, and is never wrong where it matters: it answers True wherever the pattern could match
(``words`` must hold, in lower case, a piece every match of the pattern contains), so a caller that searches
only where it answers True finds the same matches as before.
"""
from __future__ import annotations

import re
import re._constants as _sre  # (the parsed pattern's operators: what every match must hold is read from them)
import re._parser as _sre_parse
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .text_memo import per_document

# The characters re's IGNORECASE matches to an ASCII letter that ``str.lower`` does not turn into that letter
# alone ('İ' lowers to 'i' and a combining dot, 'ı' and 'ſ' stay): a text holding one is searched as it is.
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f]")


@per_document(maxsize=4096)
def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None when a substring look in it could miss a case-insensitive match."""
    # (an ASCII text, which str knows at no cost, holds none of those characters: no search)
    return text.lower() if text.isascii() or not _FOLDS_ODDLY.search(text) else None


def may_say(text: str, words: tuple[str, ...]) -> bool:
    """Could a case-insensitive pattern, each match of which holds one of ``words`` (ASCII, lower case), match
    in ``text``? False only when none of them is there."""
    low = _lowered(text)
    if low is None:
        return True
    for w in words:     # (a loop, not any() over a generator: this is asked some ten thousand times a paper)
        if w in low:
            return True
    return False


def may_match(text: str, lower: re.Pattern[str]) -> bool:
    """Could a case-insensitive pattern, each match of which holds a match of ``lower`` (a case-sensitive pattern of
    lower-case ASCII letters and spaces), match in ``text``? False only when ``lower`` finds nothing in ``text``
    lower-cased (a gate of words in an order, 'with and', where single words are in most sentences)."""
    low = _lowered(text)
    return low is None or lower.search(low) is not None


def may_say_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """``may_say`` of the part of ``text`` from ``start`` to ``end`` (the words before a mention: a part asked once,
    lower-cased here, not kept)."""
    part = text[start:end]
    if not part.isascii() and _FOLDS_ODDLY.search(part):
        return True
    low = part.lower()
    return any(w in low for w in words)


class Gated:
    """A case-insensitive ``pattern`` searched only where ``may_say(text, words)``: where the text holds none of
    ``words`` (a piece each of the pattern's matches holds), a search finds nothing at once. Searching a part of
    the text (``pos``, ``endpos``) is gated on the whole text, which holds that part's words too."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]):
        if any(w != w.lower() or not all(map(plain_character, w)) for w in words) or not words:
            raise ValueError(f"Gated: the words must be lower case, of ASCII or uncased characters: {words!r}")
        self.pattern, self.words = pattern, words
        GATES.append(self)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = _lowered(text)    # (``may_say`` written out: the call is made for every sentence by a dozen gates)
        if low is not None:
            for w in self.words:
                if w in low:
                    break
            else:
                return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if may_say(text, self.words) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if may_say(text, self.words) else iter(())

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if may_say(text, self.words) else None

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if may_say(text, self.words) else []


# every gate made (tests/test_word_gate.py checks each against texts its pattern matches in)
GATES: list[Gated] = []


# A gate worth its looks: its words are this long at least (a shorter piece, 'at', is in most sentences) and this
# many at most (each is a substring look; a vocabulary's alternation of hundreds is left ungated)
_MIN_WORD = 3
_MAX_WORDS = 32


def gated(pattern: re.Pattern[str], shortest: int = _MIN_WORD, most: int = _MAX_WORDS) -> Gated | re.Pattern[str]:
    """``pattern`` behind a gate of the words every match of it holds, read from the pattern itself (``needed``),
    where those words are few and long enough to be worth the look (``shortest`` characters at least, ``most`` words at
    most: a pattern searched in the few words before a value may be worth a gate of shorter pieces, which such a part
    rarely holds); else ``pattern`` as it is. (A pattern matched at one position, ``match(text, end)``, fails there at
    once: a gate that looks through the whole sentence first costs more than it saves.)"""
    words = needed(pattern)
    if words is None or len(words) > most or min(map(len, words)) < shortest:
        return pattern
    return Gated(pattern, words)


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Pieces of text (ASCII, lower case), one of which every match of ``pattern`` holds, in any case (a run of
    literal characters the match must consume, or one of each alternative's); None where the pattern needs none.
    What an assertion looks at is left out: it is no part of the match."""
    found = _needed(_sre_parse.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    # (a piece that holds another is left out: where it is, so is the other — the same answer in fewer looks)
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


def _needed(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best of the requirements of a sequence of parsed items (each of which every match holds): the set
    whose shortest piece is longest, then the smallest."""
    options: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _sre.LITERAL and plain_character(chr(arg)):
            run += chr(arg).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        inner = _needed_of(op, arg)
        if inner:
            options.append(inner)
    if run:
        options.append(frozenset([run]))
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def plain_character(char: str) -> bool:
    """Is ``char`` found as it is in a lower-cased text wherever a case-blind match holds it: an ASCII character,
    or a character of no case ('≤', '–', '°'; a letter of another script may fold to more than one)?"""
    return char.isascii() or char.lower() == char.upper() == char.casefold() == char


def _needed_of(op: Any, arg: Any) -> frozenset[str] | None:
    """The requirement of one parsed item that holds others: a group, a repeat made at least once, an alternation
    (the union of its alternatives', where each has one)."""
    if op is _sre.SUBPATTERN:
        return _needed(arg[3])
    if op is _sre.ATOMIC_GROUP:
        return _needed(arg)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return _needed(arg[2]) if arg[0] >= 1 else None
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            need = _needed(alternative)
            if not need:
                return None
            union |= need
        return frozenset(union)
    return None


def first_letters_ahead(words: Iterable[str]) -> str:
    """A look-ahead for the first letters of ``words`` ((?=[…])), which lets a search pass other positions at once
    (the alternatives themselves are tried only where one of the words may start); empty for no words, or where
    an empty word would match anywhere."""
    words = list(words)
    if not words or not all(words):
        return ""
    return f"(?=[{''.join(sorted({re.escape(word[0]) for word in words}))}])"
