"""A transition metal a passage names as its compounds ('Ti-based compounds', 'these Ti compounds', 'Nb-containing
additives', 'oxides of V'): where a reader takes the symbol for an additive of a sample ('MgH2–Ti'), the additive is
those compounds, a compound catalyst, not the metal (issue 10, review #14–#19). The class words are the ontology's
(hkg:CompoundClassWord); the additive gets the class hkg:MetalCompounds, which the strategy rules read as metal
compound catalysis. Said once, it holds for the passage's samples with that additive (as a declared role does); a
passage that also names the metal as a metal ('metallic Ti', 'Ti powder') is not read here: a symbol written both
ways is left to its composition."""
from __future__ import annotations

import re
from functools import cache

from ontology.elements import TRANSITION
from ontology.models import MaterialSystem
from ontology.vocabulary import vocabulary

_CLASS = "MetalCompounds"
_SCHEME = "CompoundClassWord"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a symbol and the class word after it, 'Ti-based compounds'; the class word and the symbol after it,
    'oxides of V'), the symbol in group 'symbol'."""
    vocab = vocabulary()
    after = [re.escape(w).replace(r"\ ", r"\s+") for w in vocab.scheme_words(_SCHEME, "CompoundsAfterSymbol")]
    before = [re.escape(w).replace(r"\ ", r"\s+") for w in vocab.scheme_words(_SCHEME, "CompoundsBeforeSymbol")]
    symbol = r"(?P<symbol>(?-i:[A-Z][a-z]?))"
    # ('Ti compounds', 'Ti-based compounds', 'Ti‐containing additives': a hyphen or a space after the symbol)
    return (re.compile(rf"(?<![\w\-‐(/@–]){symbol}(?=[\s\-‐]+(?:{'|'.join(after)})\b)", re.I),
            re.compile(rf"\b(?:{'|'.join(before)})\s+(?:the\s+)?{symbol}(?![\w\-‐/@–(])", re.I))


_METAL_NAMED = re.compile(r"(?:\bmetallic\s+|\belemental\s+)(?P<symbol>(?-i:[A-Z][a-z]?))(?![\w\-‐])"
                          r"|(?P<symbol2>(?-i:[A-Z][a-z]?))\s+(?:metal|powders?|foils?)\b", re.I)


def compound_symbols(text: str) -> list[tuple[int, str]]:
    """(where, symbol) of each transition metal ``text`` names as its compounds."""
    if not any(w in text.lower() for w in ("compound", "additive", " of ")):
        return []
    after, before = _patterns()
    return [(m.start("symbol"), m.group("symbol")) for p in (after, before) for m in p.finditer(text)
            if m.group("symbol") in TRANSITION]


def metal_symbols(text: str) -> set[str]:
    """The symbols ``text`` names as the metal itself ('metallic Ti', 'Ni powder')."""
    return {m.group("symbol") or m.group("symbol2") for m in _METAL_NAMED.finditer(text)}


def passage_compounds(said: list[str], metal: set[str]) -> frozenset[str]:
    """The symbols a passage names as compounds (``said``), less those it also names as the metal."""
    return frozenset(set(said) - metal)


def with_compound_kinds(system: MaterialSystem, symbols: frozenset[str]) -> MaterialSystem:
    """``system`` with each additive written as one of the ``symbols`` (the passage's metals named as their
    compounds) of the class hkg:MetalCompounds."""
    if not symbols or not any(a.formula in symbols and a.additive_class != _CLASS for a in system.additives):
        return system
    return system.model_copy(update={"additives": [
        a.model_copy(update={"additive_class": _CLASS}) if a.formula in symbols else a for a in system.additives]})


