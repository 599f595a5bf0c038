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




# ---------------------------------------------------------------- a metal's hydride formed from the metal
# 'TiH2', 'VH0.81', 'NbH', 'ZrH2': one transition metal and hydrogen
_METAL_HYDRIDE = re.compile(r"(?<![\w(])(?P<symbol>[A-Z][a-z]?)H(?:\d+(?:\.\d+)?|x)?(?![\w(])")
_METAL = "Metal"


def formed_hydrides(text: str, formed: bool) -> list[tuple[str, str]]:
    """(hydride, its metal) of each transition metal's binary hydride ``text`` names, where the sentence says it
    formed in a run or in situ (``formed``: the caller's reading,
    ingest.extraction.mechanisms.mechanisms_formed.said_in_situ)."""
    if not formed:
        return []
    return [(m.group(0), m.group("symbol")) for m in _METAL_HYDRIDE.finditer(text) if m.group("symbol") in TRANSITION
            and not _other_compound(text, m.group("symbol"), m.group(0))]


def _other_compound(text: str, symbol: str, hydride: str) -> bool:
    """Does ``text`` name a compound of ``symbol`` other than ``hydride`` ('TiH2 generated in situ' beside 'Ti3C2
    nanosheets': the hydride formed from that compound, not from the metal)?"""
    return any(w != hydride for w in re.findall(rf"(?<![A-Za-z]){symbol}(?![a-z])[A-Z0-9(][\w().]*", text))


def bare_symbols(text: str) -> set[str]:
    """The transition metals ``text`` writes by their symbol alone ('Ti, V and Nb', 'V > Ti > Ni')."""
    return {m.group(0) for m in _BARE_SYMBOL.finditer(text) if m.group(0) in TRANSITION}


_BARE_SYMBOL = re.compile(r"(?<![\w\-‐/@–(])(?-i:[A-Z][a-z]?)(?![\w\-‐/@–(])")


def passage_formed_hydrides(formed: list[tuple[str, str]], bare: set[str]) -> frozenset[str]:
    """The hydrides a passage says formed (``formed``) whose metal it also names by itself (``bare``): the phases
    its metal catalysts turned into ('Ti, V … TiH2 and VH0.81 formed during hydrogenation')."""
    return frozenset(h for h, metal in formed if metal in bare)


def with_metal_kind(system: MaterialSystem, hydrides: frozenset[str]) -> MaterialSystem:
    """``system`` with each additive that is one of the ``hydrides`` (formed in situ from a metal catalyst the passage
    names) of the class hkg:Metal: the metal catalyst in the state the run put it in, whose catalysis the sample shows
    (MgH2–TiH2 of a passage on Ti: MetalCatalysis, as the review's 2.1.1 reads; issue 10)."""
    if not hydrides or not any(a.formula in hydrides and a.additive_class != _METAL for a in system.additives):
        return system
    return system.model_copy(update={"additives": [
        a.model_copy(update={"additive_class": _METAL}) if a.formula in hydrides else a for a in system.additives]})
