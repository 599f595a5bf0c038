"""One host with several additives coordinated after it, paired with as many values: as many samples.

"The samples containing 20 wt% SiO2 and TiO2 reach 0.21 and 0.15 mS/cm, respectively", "The activation
energies measured for MgH2 doped with TiO2 and CeO2 are 75 and 82 kJ/mol": the sample reader makes one
system of the host with both additives (the co-doped reading, right for "MgH2 co-doped with TiO2 and CeO2
shows 75 kJ/mol"); a list of as many values as additives, said by 'respectively' or by a plural copula
('are', 'were') right before the values, gives one value to each host–additive sample, in order. A word
saying the additives went in together ("co-doped", "together", "both", "combined", "dual") keeps the one
sample. Each additive keeps the amount written right before it; one amount written only before the first is
each one's ("doped with 5 wt% TiF3 and NbF5").
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT_GROUPS, fraction
from ingest.extraction.text.hedge_words import APPROXIMATING
from ingest.extraction.text.quantity_text import Group
from ingest.extraction.text.sample_words import TOGETHER
from ontology.models import MaterialSystem

from .material_cues import LIST_GAP
from .samples_systems import bare_sample, has_hydrogen, joined_system

# the words that put the listed additives into the host, right before the first of them
PUT_WITH = re.compile(r"\b(?:containing|with|doped\s+with|catalys\w*\s+(?:by|with)|catalyz\w*\s+(?:by|with)|"
                       r"modified\s+with|loaded\s+with|added\s+with)\s+$", re.I)
# "… are 75 and 82 kJ/mol": a plural copula right before the values (with no 'respectively' written)
_PLURAL_COPULA = re.compile(rf"\s*,?\s*(?:are|were)\s+(?:(?:{APPROXIMATING})\s*)?$", re.I)
AMOUNT_AT_END = re.compile(rf"{AMOUNT_GROUPS}\s*(?:of\s+)?$", re.I)
# how far before the first additive its cue and amount may stand
_REACH = 40


def split_additives(g: Group, systems, text: str) -> list[MaterialSystem]:
    """The host–additive samples a list of values pairs with (see the module), in order; else []."""
    n = len(g.numbers)
    if g.kind != "list" or n < 2:
        return []
    before = [(m, s) for m, s in systems if m.end <= g.start]
    if not before:
        return []
    m, s = before[-1]
    if len(s.additives) != n or not has_hydrogen(s) or re.search(r"[;.]\s", text[m.end:g.start]):
        return []
    if not g.respectively and not _PLURAL_COPULA.search(text, m.end, g.start):
        return []
    return split_sample(m, s, text, g.start)


def split_sample(m, s: MaterialSystem, text: str, end: int) -> list[MaterialSystem]:
    """The host–additive samples of ``s`` (named by mention ``m``, its additives written before ``end``), one
    per additive with the amount written right before it; [] when its additives do not stand coordinated after
    a word that puts them in, or went in together."""
    if TOGETHER.search(text, 0, end):
        return []
    spots = _written_in_order(text, m.start, end, s)   # (the mention may span the host only)
    if spots is None:
        return []
    host = bare_sample(s)
    out = []
    for written in loaded_notations(text, spots, [a.formula for a in s.additives]):
        joined = joined_system(host.name, written)
        if joined is None:
            return []
        out.append(joined)
    return out


def loaded_notations(text: str, spots: list[int], formulas: list[str]) -> list[str]:
    """Each additive (its formula, written at ``spots``) with the amount written right before it ('5 wt% TiF3'); one
    amount written only before the first is each one's ("doped with 5 wt% TiF3 and NbF5 … respectively": the samples
    compared at one loading)."""
    amounts = [AMOUNT_AT_END.search(text, max(0, at - 20), at) for at in spots]
    if amounts[0] is not None and not any(amounts[1:]):
        amounts = [amounts[0]] * len(amounts)
    return [f"{amount.group('value')} {_unit(amount.group('unit'))}% {f}" if amount else f
            for f, amount in zip(formulas, amounts)]


def _unit(word: str) -> str:
    u = fraction(word)
    return {"at": "mol"}.get(u, u)


def _written_in_order(text: str, start: int, end: int, s: MaterialSystem) -> list[int] | None:
    """Where each additive of ``s`` is written in the mention, when they stand coordinated in order after a
    word that puts them in ("containing", "doped with"), each maybe after its amount; else None."""
    spots: list[tuple[int, int]] = []   # (where, how long)
    at = start
    for a in s.additives:
        # (the formula where written: the text may hold the amount before it, "5 mol% Nb2O5")
        hits = [(i, len(w)) for w in (a.formula, a.text) if w and (i := _find_word(text, w, at, end)) >= 0]
        if not hits:
            return None
        spots.append(hits[0])
        at = spots[-1][0] + 1
    first = spots[0][0]
    if not PUT_WITH.search(AMOUNT_AT_END.sub("", text[max(start, first - _REACH):first])):
        return None
    for (p, length), (q, _) in zip(spots, spots[1:]):
        if not LIST_GAP.fullmatch(AMOUNT_AT_END.sub("", text[p + length:q])):
            return None   # "MgH2 doped with TiO2 on CeO2": no list
    return [p for p, _ in spots]


def _find_word(text: str, word: str, start: int, end: int) -> int:
    """The first place of ``word`` as a whole word between ``start`` and ``end``, else -1."""
    hit = re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])").search(text, start, end)
    return hit.start() if hit else -1
