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
import sys
from collections.abc import Iterator

from .text_memo import per_document

# The characters re's IGNORECASE matches to an ASCII letter that ``str.lower`` does not turn into that letter
# alone ('İ' lowers to 'i' and a combining dot, 'ı' and 'ſ' stay): a text holding one is searched as it is.
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f]")


@per_document(maxsize=4096)
def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None when a substring look in it could miss a case-insensitive match."""
    return None if _FOLDS_ODDLY.search(text) else text.lower()


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


def may_say_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """``may_say`` of the part of ``text`` from ``start`` to ``end`` (the words before a mention: a part asked once,
    lower-cased here, not kept)."""
    part = text[start:end]
    if _FOLDS_ODDLY.search(part):
        return True
    low = part.lower()
    return any(w in low for w in words)


class Gated:
    """A case-insensitive ``pattern`` searched only where ``may_say(text, words)``: where the text holds none of
    ``words`` (a piece each of the pattern's matches holds), a search finds nothing at once. Searching a part of
    the text (``pos``, ``endpos``) is gated on the whole text, which holds that part's words too."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]):
        if any(w != w.lower() or not w.isascii() for w in words) or not words:
            raise ValueError(f"Gated: the words must be ASCII and lower case: {words!r}")
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


# every gate made (tests/test_word_gate.py checks each against texts its pattern matches in)
GATES: list[Gated] = []
