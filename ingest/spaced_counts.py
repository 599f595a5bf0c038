"""Counts that a copied formula lost to a space: 'Mg(BH4) 2', 'Ca(AlH4) 2', 'Li3(NH2) 2I'.

Text copied from a PDF or an indexing service sometimes sets the subscript after a bracketed group one space
away from it. Read apart, 'Mg(BH4) 2' is the salt MgBH4 and a stray number; the space is no word break. Only a
group that holds a count of its own (BH4, NH2, AlH4, CB11H12: a polyatomic anion, not an abbreviation such as
'(MTF)') after an element symbol counts, and a number that opens a quantity ('Mg(BH4) 2 wt% …', '… 2 h') is left
alone."""

from __future__ import annotations

import re

from ontology.units import UnitError, parse_unit

# a formula ending in a bracketed group with a count inside, the space, and one small count (perhaps followed by the
# symbols the formula goes on with, the I of 'Li3(NH2)2I') that ends the word
_LOST = re.compile(r"(?<![\w(\[])\d*[A-Z][a-z]?\d*\((?=[^)]*\d)(?:[A-Z][a-z]?\d*){1,8}\)( )[1-9]"
                   r"(?:[A-Z][a-z]?\d*)*(?![\w(]|[.,]\d)")
_NEXT_WORD = re.compile(r"\s*([^\s,.;:()\[\]]+)")


def _opens_quantity(text: str, at: int) -> bool:
    """Whether the word after the count is a unit, so that the number was a quantity ('2 wt%', '2 h')."""
    word = _NEXT_WORD.match(text, at)
    if word is None:
        return False
    try:
        parse_unit(word.group(1))
    except (UnitError, ValueError):
        return False
    return True


def lost_subscript_spaces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each space that stands between a bracketed group and the count it lost."""
    if ") " not in text:
        return []
    return [(m.start(1), m.end(1)) for m in _LOST.finditer(text) if not _opens_quantity(text, m.end())]
