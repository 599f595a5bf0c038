"""Formulas a PDF copy split at their subscripts: "MgH 2", "LiBH 4", "Mg(BH 4 ) 2", "Li 2 B 12 H 12".

Text copied from a PDF keeps a subscript as a word of its own, so the tokenizer sees "MgH" and a
number 2 (and the number may then be read as a value). ``split_subscripts`` names the spaces to drop
so that the formula is one word again. A run is joined only where the result is chemistry and the
split form is not text of its own:

- the joined formula is one the ontology knows (``Vocabulary.by_formula``: MgH2, LiBH4, Mg(BH4)2), or
- it has at least two subscripts set apart ("Nb 2 O 5", "Li 2 B 12 H 12") and parses as a formula.

"LiH 2 h" (LiH, then two hours) stays as written: LiH2 is no formula of the ontology and the run has
one subscript only; "Table 2" and "Figure 3" are no formulas at all.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.formula import FormulaError, parse_formula
from ontology.vocabulary import vocabulary

# A word of formula characters that ends in a letter or a closing bracket, then one or more words
# that may continue it: a one- or two-digit subscript, a closing bracket (with its count), or a
# further part starting with a capital or an opening bracket. The run is cut back below to the
# longest prefix that is a formula. (A coefficient may lead: "2LiBH 4".)
_RUN = re.compile(r"(?<![\w)\].])(?=\d*[A-Z(\[])\d*[A-Za-z()\[\]\d]*[A-Za-z)\]]"
                  r" \d{1,2}(?![\d.,]?\d|\s?%)"
                  r"(?: (?:\d{1,2}(?![\d.,]?\d|\s?%)|[)\]]\d{0,2}|[A-Z(\[][A-Za-z()\[\]\d]*))*")
_SUBSCRIPT = re.compile(r"\d{1,2}")
_COEFFICIENT = re.compile(r"^\d+")
_ELEMENTS_ONLY = re.compile(r"[A-Z][a-z]?")


def split_subscripts(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that each split formula is one word."""
    drops: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        words = m.group(0).split(" ")
        starts = [m.start()]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        for k in range(len(words), 1, -1):   # the longest prefix that is one formula
            if _rejoined(tuple(words[:k])):
                drops.extend((s - 1, s) for s in starts[1:k])
                break
    return drops


@lru_cache(maxsize=4096)
def _rejoined(words: tuple[str, ...]) -> bool:
    """Whether the words, written together, are one formula (see the module's rules)."""
    if not _SUBSCRIPT.fullmatch(words[1]):
        return False   # the first space must be the one before a subscript
    joined = _COEFFICIENT.sub("", "".join(words))
    if joined.count("(") != joined.count(")") or joined.count("[") != joined.count("]"):
        return False
    if vocabulary().by_formula(joined) is not None:
        return True
    subscripts = sum(1 for a, b in zip(words, words[1:]) if _SUBSCRIPT.fullmatch(b) and not a[-1:].isdigit())
    if subscripts < 2 or not _ELEMENTS_ONLY.match(joined):
        return False
    try:
        formula = parse_formula(joined)
    except FormulaError:
        return False
    return not formula.symbols and len(formula.composition) >= 2
