"""Space-group symbols in prose ('the Fm-3m phase', 'P63mc', 'Pnma', 'Pa (3) over bar'): never a material.

A Hermann–Mauguin symbol is a lattice letter (P, A, C, F, I, R: the standard settings' centrings) and one to four
symmetry parts: a rotation axis (1, 2, 3, 4, 6), maybe barred ('-3', '3̄', WoS copies' '(3) over bar') or a screw
axis (2_1, 3_1, 3_2, 4_1–4_3, 6_1–6_5, written '21', '2_1', '2(1)'), maybe over a plane ('/m', '/c'); or a mirror or
glide plane (m, n, a, b, c, d, e). Its first letters often read as an element or a formula ('Fm' fermium, 'Pa'
protactinium, 'P63'), so a symbol is recognised by its structure and what lies in it is no mention of a material.

A word is taken for a symbol only where its structure says more than an element symbol can: a bar or a '/', two or
more plane letters ('Pnma', 'Fm3m', 'P63mc'), or axes alone with a screw among them ('P63', 'P6122', 'P212121').
'Fe', 'Pd', 'Ca' or 'Cm' (one plane letter) and 'P4', 'I2', 'C60' (no screw) stay what they are.
"""
from __future__ import annotations

import re

# a barred rotation axis: '-3', '−3', '3̄' (combining bar), '¯3', WoS copies' '(3) over bar' / '(3)over-bar'
_BARRED = r"(?:[-−–]\s?[1-6]|¯[1-6]|[1-6][\u0304\u0305¯]|\s?\(\s?[1-6]\s?\)\s?over[\s-]?bar)"
# a screw axis: the axis and its (smaller) translation digit, plain, after '_', in brackets or as a subscript
_SCREW = r"(?:2(?:_?1|\(1\)|₁)|3(?:_?[12]|\([12]\)|[₁₂])|4(?:_?[1-3]|\([1-3]\)|[₁-₃])|6(?:_?[1-5]|\([1-5]\)|[₁-₅]))"
_AXIS = rf"(?:{_BARRED}|{_SCREW}|[1-6])(?:/[mnabcde])?"
_SYMBOL = re.compile(rf"(?<![\w-])[PACFIR](?:{_AXIS}|[mnabcde]){{1,4}}(?!\w)")
_BAR = re.compile(rf"{_BARRED}|/")
_SCREW_ONLY = re.compile(rf"(?:{_SCREW}|[1-6])*{_SCREW}(?:{_SCREW}|[1-6])*")


def _is_symbol(written: str) -> bool:
    """Does ``written`` (lattice letter and parts) say more than an element or a formula can?"""
    body = written[1:]
    if _BAR.search(body):
        return True
    if sum(c in "mnabcde" for c in _BAR.sub("", body)) >= 2:
        return True
    return _SCREW_ONLY.fullmatch(body) is not None


def space_group_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every space-group symbol in ``text`` ('Fm-3m', 'Pnma', 'Fm (3) over barm')."""
    return [(m.start(), m.end()) for m in _SYMBOL.finditer(text) if _is_symbol(m.group())]


def without_space_groups(text: str, found: list, kinds: tuple[str, ...]) -> list:
    """``found`` (mentions with ``kind``, ``start``, ``end``) without a material of ``kinds`` lying in a space-group
    symbol ('a transition to Fm (3) over barm': no fermium; 'from Pnma to P63mc': no 'P63')."""
    if not any(c in text for c in "PACFIR"):
        return found
    spans = space_group_spans(text)
    if not spans:
        return found
    return [m for m in found if not (m.kind in kinds and any(s <= m.start and m.end <= e for s, e in spans))]
