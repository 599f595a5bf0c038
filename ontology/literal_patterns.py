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
from collections.abc import Iterable
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
