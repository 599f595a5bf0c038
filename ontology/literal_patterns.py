"""One regex for many literal words (the ontology's labels), fast to search.

``"|".join(sorted(words, key=len, reverse=True))`` makes the engine try every word, one after the
other, at every place a word may start: hundreds of tries per position of a sentence. The same words
as a trie ('hydrogen storage' and 'hydride' share 'hydr') cost one character test per character
read. Both find the same text: at a position, the longest word that matches and that the pattern's
context (``(?![\\w-])`` …) accepts — the trie tries the longer words first and falls back to a
shorter one the same way the sorted alternation does.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def alternation(words: Iterable[str]) -> str:
    """A regex (no groups that capture) matching any of ``words``, longest first; '(?!)' for none."""
    trie: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True          # a word ends here
    return _pattern(trie) if trie else "(?!)"


def _pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        child, run = node[ch], ch
        while len(child) == 1 and "" not in child:   # a chain without choices: one literal run
            (nxt, child), = child.items()
            run += nxt
        rest = _pattern(child) if any(k for k in child) else ""
        branches.append(re.escape(run) + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:                     # the word may stop here: a longer word first, else stop
        return f"(?:{body})?"
    return body


def word_character(char: str) -> bool:
    """Is ``char`` one regex's ``\\w`` matches (a str pattern's: a letter or digit of any script, or '_')?"""
    return char.isalnum() or char == "_"


def apart_word(char: str) -> bool:
    """Does ``char`` join a word written next to it: ``[\\w-]`` (a word character or a hyphen)?"""
    return char == "-" or word_character(char)


def literal_places(text: str, literal: str, pos: int = 0, *, joined_before: Callable[[str], bool],
                   joined_after: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each place, from ``pos`` on and left to right without overlap, where ``text`` writes
    ``literal`` with no character ``joined_before`` accepts right before it and none ``joined_after`` accepts right
    after it: the matches of ``re.finditer(rf"(?<![…]){re.escape(literal)}(?![…])", text, pos)`` without compiling a
    pattern for each literal (a document's numbers and formulas are hundreds, more than re's cache keeps: each such
    pattern pushed out another, compiled again at its next use)."""
    size, last, pos = len(literal), len(text), min(max(0, pos), len(text))   # (re's bounds of ``pos``)
    if not size:   # (as the regex: the empty places between two characters neither of which is joined)
        yield from ((at, at) for at in range(pos, last + 1)
                    if (at == 0 or not joined_before(text[at - 1])) and (at == last or not joined_after(text[at])))
        return
    at = text.find(literal, pos)
    while at >= 0:
        end = at + size
        if (at == 0 or not joined_before(text[at - 1])) and (end == last or not joined_after(text[end])):
            yield at, end
            at = text.find(literal, end)
        else:
            at = text.find(literal, at + 1)
