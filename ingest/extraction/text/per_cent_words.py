"""Per cents written in words ("5 weight percent", "five weight percent", "10 mole per cent", "2 atomic
percent", "50 percent") or by the symbol of the mass fraction ("V2O5 (w = 5%)"), as some authors and abstract
services print them: the clean text gives them in the signs every reader knows ("5 wt%", "10 mol%", "2 at%",
"50%"), the offsets of the original kept.
"""
from __future__ import annotations

import re

from ontology.units import FRACTION_WORDS

# "after five cycles", "five weight percent": numbers written as words (English, not vocabulary)
SPELLED_NUMBERS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0}

# the word before 'per cent' and the fraction sign it stands for: the units' fraction words ('wt', 'mass',
# 'mol' …) and their spellings in full
_FRACTIONS = {**FRACTION_WORDS, "weight": "wt", "mole": "mol", "molar": "mol", "atomic": "at", "volume": "vol"}
_FRACTION_WORD = "|".join(map(re.escape, sorted(_FRACTIONS, key=len, reverse=True)))   # (longest first)
_PER_CENT_WORDS = re.compile(
    rf"\b(?P<num>\d+(?:\.\d+)?|{'|'.join(SPELLED_NUMBERS)})\s+"
    rf"(?:(?P<fraction>{_FRACTION_WORD})\.?\s*-?\s*)?per\s?cent\b", re.I)


def per_cent_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, signs) for each per cent written in words: '5 weight percent' -> '5 wt%'."""
    out = []
    for m in _PER_CENT_WORDS.finditer(text):
        num = m.group("num")
        value = SPELLED_NUMBERS.get(num.lower())
        number = num if value is None else f"{value:g}"
        fraction = _FRACTIONS[m.group("fraction").lower()] if m.group("fraction") else ""
        out.append((m.start(), m.end(), f"{number} {fraction}%" if fraction else f"{number}%"))
    return out


# "6.2%of hydrogen", "5 wt%in": a per-cent sign after a number a copy glued to the next word, a word of the sentence
# (English function words) — not the name of a material a run-together notation writes so ("MgH2-10wt%Ni-5wt%graphene")
# (the English function words a copy glues to a notation before them; ingest.extraction.text.pdf_copy reads units and
# formulas so)
GLUED_FUNCTION_WORDS = r"(?:of|in|at|for|and|or|to|with|by|on|is|was|were|are|within|after|under|over)"
_GLUED_AFTER_PER_CENT = re.compile(r"\d\s*(?:[A-Za-z]{1,4}\.?\s*)?%"
                                   rf"(?=(?:{GLUED_FUNCTION_WORDS}|hydrogen)\b)")


# "40 wt%MgH2 + 30 wt%LiBH4", "with 10 wt%TiF3", "25 wt%(2LiBH4 + MgF2)": a loading standing on its own (after a
# space, a bracket or the start, not glued to a notation before it) that a copy glued to the formula it loads — set
# apart, so the loading reads as an amount of that formula; inside a run-together notation ("MgH2-10wt%Ni",
# "MgH2+5wt%Nb2O5") the loading stays glued, as the notation's reader takes it
_GLUED_LOADING = re.compile(r"(?<![\w.\-–−+/@])\d+(?:\.\d+)?\s*(?:wt|mol|at|vol|mass)\.?\s*%(?=[A-Z(\[])")


def glued_after_per_cent(text: str) -> list[tuple[int, str]]:
    """(position, ' ') that set apart each word glued to a per cent: '6.2%of' -> '6.2% of', '40 wt%MgH2' ->
    '40 wt% MgH2'."""
    found = {m.end() for m in _GLUED_AFTER_PER_CENT.finditer(text)} | {m.end() for m in _GLUED_LOADING.finditer(text)}
    return [(at, " ") for at in sorted(found)]


# "V2O5 (w = 5%) doped MgH2", "TiF3 (w=10%)": the quantity symbol of the mass fraction (w, as ISO 80000-9 and the
# Chinese national standard write it, which journals of that standard print in their English abstracts) set equal
# to a per cent in a bracket: a share of the mass, "(5 wt%)" (the symbol alone in a bracket, "the amounts (w) of
# 2.5% to 10%", and a w that is a variable of a formula, "Mg(1-w)", are left as they are)
_MASS_FRACTION_SYMBOL = re.compile(r"\(\s*[wω]\s*=\s*(?P<num>\d+(?:\.\d+)?)\s*%\s*\)")


# "MgH2 doped with w(TiO2) = 10%", "ω(Ni)=8%": the same symbol with the material whose share it is in its bracket
# (a formula: a capital letter first, one level of inner brackets, 'w(Mg(BH4)2) = 5%'): that share of the material,
# "10 wt% TiO2" (a lower-case argument, "w(t) = 5%", is a function of a variable, left as it is)
_MASS_FRACTION_OF = re.compile(r"(?<![\w(])[wω]\s*\(\s*(?P<what>[A-Z](?:[^()\s]|\([^()\s]+\))*)\s*\)\s*=\s*"
                               r"(?P<num>\d+(?:\.\d+)?)\s*%")


def mass_fraction_symbols(text: str) -> list[tuple[int, int, str]]:
    """(start, end, signs) for each mass fraction written with its symbol: '(w = 5%)' -> '(5 wt%)', 'w(TiO2) = 10%'
    -> '10 wt% TiO2'."""
    found = [(m.start(), m.end(), f"({m.group('num')} wt%)") for m in _MASS_FRACTION_SYMBOL.finditer(text)]
    found += [(m.start(), m.end(), f"{m.group('num')} wt% {m.group('what')}") for m in _MASS_FRACTION_OF.finditer(text)]
    return sorted(found)
