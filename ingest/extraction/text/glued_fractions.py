"""A molar coefficient written as a fraction glued to its formula: "LiBH4 + ½MgH2", "LiBH4–1/2MgH2",
"2LiH + ⅓AlH3". The notation readers take a decimal coefficient ('0.5MgH2'); a fraction sign or a slash
glued before the formula leaves the formula unread (the tokenizer splits at the slash, and '½' is no
digit), so the clean text writes the coefficient as the decimal it is.
"""
from __future__ import annotations

import re
import unicodedata

from ontology.elements import written_with_hydrogen

# (Unicode's vulgar fractions: characters, not vocabulary; their values come from unicodedata)
_SIGNS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
# a fraction after a space, a sign of a composition, an adduct's dot or the text's start, glued to a formula (a capital,
# then more of a formula: 'MgH2', 'Mg(BH4)2'; not a word such as 'Ratio')
# (a lone element symbol is a formula too where a reaction's plus, arrow or comma follows it: '2/3Al + H2')
_GLUED = re.compile(rf"(?:(?<=^)|(?<=[\s+–\-−(·]))(?:(?P<sign>[{_SIGNS}])|(?P<num>[1-9])/(?P<den>[1-9]))"
                    r"(?=[A-Z][a-z]?(?:\d|[A-Z(]|\s?(?:\+|→|⟶|⇌|,)))")


# (one pass over the text: a fraction sign, or a slash with a digit and a capital after it; written to start at
# either character, the slash's digit and capital asked after it, so that the engine skips to them)
_LOOK = re.compile(rf"[{_SIGNS}/](?:(?<=/)[1-9][A-Z]|(?<!/))")


def has_glued_fraction(text: str) -> bool:
    """The cheap look before ``glued_fractions``."""
    return _LOOK.search(text) is not None


def glued_fractions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decimal) of each fraction glued before a formula: '½MgH2' -> '0.5' at the '½'."""
    out = []
    for m in _GLUED.finditer(text):
        value = unicodedata.numeric(m.group("sign")) if m.group("sign") else int(m.group("num")) / int(m.group("den"))
        out.append((m.start(), m.end(), f"{round(value, 4):g}"))
    return out


# "0.725 LiBH4–0.275 KBH4", "0.6 NaBH4 – 0.4 KBH4": a composite whose parts are each written with their molar
# coefficient set apart by a space. The notation readers take a coefficient glued to its formula ('0.725LiBH4'),
# so the clean text drops those spaces. Both parts must carry a number and be joined by a dash: one number before
# one formula is a count or a value's end ("heated 2 h", "at 300 K"), never read as a coefficient here.
_COEFFICIENT = r"(?:\d+\.\d+|\.\d+|[1-9]\d?)"
_FORMULA = r"[A-Z][a-z]?(?:\d|[A-Z(])[\w()·]*"
_SPACED_PAIR = re.compile(rf"(?<![\w.,%/])(?:{_COEFFICIENT})(?P<first> ){_FORMULA}\s?[–—−-]\s?(?:{_COEFFICIENT})"
                          rf"(?P<second> ){_FORMULA}")


# "Mg(NH2)2–2 LiH", "MgH2 + 2 LiBH4": a number set apart before a hydride's formula right after a composite's sign
# that follows a formula is that part's coefficient (a sign between two formulas joins parts; nothing else stands
# there); before a catalyst with no hydrogen ('KAlH4-7 CoNi-600', 'MgH2-12 FeMn-900') the number is its loading,
# which the notation readers take apart from it
# (started at the sign, the formula's end before it asked behind: the engine skips to the signs)
_AFTER_SIGN = re.compile(rf"[–—−+/:-](?:(?<=[\w)\]][–—−+/:-])|(?<=[\w)\]]\s[–—−+/:-]))\s?(?:{_COEFFICIENT})(?P<gap> )"
                         rf"(?P<formula>{_FORMULA})")
_FORMULA_ENDS = re.compile(rf"(?:^|[\s(]){_FORMULA}$")


# "(1 − x)LiBH4–xLiCl", "(100 - x) LiBH4": a composition family's bracketed coefficient typeset with spaces around
# its minus (as publishers print a minus sign). The family readers take the coefficient written tight ('(1−x)LiBH4'),
# so the clean text drops those spaces. Only the complements a family is written with — of a fraction (1) or of a
# per cent (100) — and only right before a formula: '(2 − x)Li+' of a reaction keeps its spelling.
_SPACED_FAMILY = re.compile(r"\((?P<a>\s*)(?:1|100)(?P<b>\s*)[−–-](?P<c>\s*)[xyz](?P<d>\s*)\)(?P<e> ?)"
                            rf"(?={_FORMULA})")
_SPACED_FAMILY_GAPS = ("a", "b", "c", "d", "e")


def spaced_coefficients(text: str) -> list[tuple[int, int]]:
    """(start, end) of each space between a composite's coefficient and its formula ('0.725 LiBH4–0.275 KBH4',
    'Mg(NH2)2–2 LiH'), and of each space inside a family's bracketed coefficient ('(1 − x)LiBH4')."""
    spans = {span for m in _SPACED_PAIR.finditer(text) for span in (m.span("first"), m.span("second"))}
    spans |= {m.span("gap") for m in _AFTER_SIGN.finditer(text)
              if written_with_hydrogen(m.group("formula"))
              and _FORMULA_ENDS.search(text, 0, m.start() - (text[m.start() - 1] == " "))}
    spans |= {m.span(gap) for m in _SPACED_FAMILY.finditer(text) for gap in _SPACED_FAMILY_GAPS if m.group(gap)}
    return sorted(spans)
