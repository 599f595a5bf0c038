"""A halide-substituted hydride a text names as what formed ('… forming LiBH4-xFx', 'milling gave Li(BH4)1-xClx', 'the
fluorine-substituted lithium borohydride formed') makes the additive that brought that halide a substituent of the
host's lattice (DopantSubstituent, strategy AnionSubstitution), whatever role its composition alone gives it: MnF2
beside LiBH4 reads as a transition-metal compound catalyst until the text says its fluoride took hydrogen sites.

The substituted hydrides are the ontology's (the members of hkg:HalideSubstitutedBorohydride, by formula or name);
the halide is the halogen its formula writes. The additive is a compound named shortly before (or in the same
sentence), alone or in a sample's name, whose only non-metal is that halogen: MnF2 for LiBH4-xFx, not MnCl2 beside
it, nor a hydride. (Only the nearness is read, not the verb of forming: a text names such a hydride where it formed.)
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ontology.elements import HALOGENS, NONMETALS, formula_symbols
from ontology.strategy_rules import ROLES
from ontology.vocabulary import vocabulary

_SUBSTITUTED_CLASS = "HalideSubstitutedBorohydride"   # the ontology's class (materials.ttl)
_BEFORE = 300    # how far before the substituted hydride the additive that brought the halide may be named
_AFTER = 120     # and after it, in the same sentence ('LiBH4-xFx formed from the added MnF2')


@cache
def _substituted_terms() -> dict[str, frozenset[str]]:
    """Term id → the halogens its formula writes, for each halide-substituted hydride of the ontology."""
    vocab = vocabulary()
    out = {}
    for tid in vocab.descendants(_SUBSTITUTED_CLASS):
        formula = vocab.get(tid).formula or ""
        # ('LiBH4-xFx': the symbols read off the formula, no symbol ends in the 'x' of a share)
        if halogens := frozenset(re.findall(r"[A-Z](?:[a-wyz](?![a-wyz]))?", formula)) & HALOGENS:
            out[tid] = halogens
    return out


def _bringing(m: Mention, halogens: frozenset[str]) -> list[str]:
    """The formulas of the compounds ``m`` names (alone, or as a sample's additives: 'the LiBH4–FeCl2 mixture') whose
    only non-metal is one of ``halogens``."""
    if m.kind not in ("Material", SYSTEM_LABEL):
        return []
    s = system_of(m.text)
    if s is None:
        return []
    out = []
    for formula in ([s.host.formula] if s.bare else [a.formula for a in s.additives]):
        symbols = formula_symbols(formula)
        non_metals = symbols & NONMETALS
        if non_metals and non_metals <= halogens and symbols - non_metals:
            out.append(formula)
    return out


def substituent_declarations(text: str, found: list[Mention]) -> list[tuple[int, str, str]]:
    """(where, formula, Role) of each compound that brought the halide of a halide-substituted hydride ``text`` names
    (``found``: its mentions in order): a substituent of its passage's samples."""
    terms = _substituted_terms()
    out = []
    for m in found:
        halogens = terms.get(m.term or "")
        if not halogens:
            continue
        sentence_end = text.find(".", m.end)
        stop = min(m.end + _AFTER, sentence_end if sentence_end >= 0 else len(text))
        for other in found:
            if other is m or other.start < m.start - _BEFORE or other.end > stop:
                continue
            out += [(other.start, formula, ROLES["dopant"]) for formula in _bringing(other, halogens)]
    return out
