"""An additive's amount as papers write it before the additive's name: "5 wt% Ni", "10 mol.% of TiF3",
"7 mass % CeO2", "10 vol% carbon", "2 at.% Ti".

One spelling for every reader of samples (the fraction words come from ``ontology.units.FRACTION_WORDS``):
a reader that knows "10 wt% X" knows "10 mass% X" and "10 vol% X" too. The shapes are pattern text, to be
put into a reader's own pattern (its flags apply).
"""
from __future__ import annotations

import re

from ontology.units import FRACTION_WORDS

# "wt", "mass", "v/v", …: longest first, so that no word stops inside another
_WORDS = "|".join(re.escape(w) for w in sorted(FRACTION_WORDS, key=len, reverse=True))
_NUMBER = r"\d+(?:\.\d+)?"

FRACTION_WORD = rf"(?:{_WORDS})"
# "wt%", "wt.%", "wt %", "mol . %": the unit of an amount, without its number
FRACTION_UNIT = rf"{FRACTION_WORD}\s*\.?\s*%"
# "5 wt%", "10 mol.%"
AMOUNT = rf"{_NUMBER}\s*{FRACTION_UNIT}"
# "5 wt% of", "5 wt%": an amount and the "of" some write before the additive (and the space after it)
AMOUNT_OF = rf"{AMOUNT}\s*(?:of\s+)?"
# "5 %", "5 wt %": a per cent that may leave its fraction word out
PER_CENT = rf"{_NUMBER}\s*(?:{FRACTION_WORD}\s*\.?\s*)?%"
# "5 wt%" with its number (group 'value') and fraction word (group 'unit'): read by ``amount_text``
AMOUNT_GROUPS = rf"(?P<value>{_NUMBER})\s*(?P<unit>{_WORDS})\s*\.?\s*%"


def fraction(word: str) -> str:
    """The fraction a word before a per cent sign names ('mass' -> 'wt', 'v/v' -> 'vol'); KeyError for a
    word that is no fraction word."""
    return FRACTION_WORDS[word.lower()]


def amount_text(m: re.Match) -> str | None:
    """'5 wt%' of a match of ``AMOUNT_GROUPS`` ("5 mass %" -> '5 wt%'), None when its amount is absent."""
    if not m.group("value"):
        return None
    return f"{m.group('value')} {fraction(m.group('unit'))}%"


def loadings(system) -> tuple:
    """A sample's parts with their amounts, comparable whatever name the sample was written under ('the Li–Mg–N–H
    system' and 'Mg(NH2)2–2LiH' are one composition)."""
    return tuple(sorted((c.formula, c.amount.value if c.amount else None, c.amount.unit if c.amount else None)
                        for c in system.components))
