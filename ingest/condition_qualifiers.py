"""Conditions a sentence states as bounds: "over 6 wt% of hydrogen within 20 min" took at most 20 min, "desorbs
5 wt% in less than 10 min" under 10 min, "absorbs 6 wt% in <5 min" the same — the time is a bound, not the time
the run took. Without its qualifier such a condition reads as exact, and two studies' "within 20 min" and
"after 20 min" look alike.

A numeric condition of a prose value is found again in its sentence (a number whose unit converts to the
condition's canonical value) and is given the qualifier the words right before it write — the same words a
value's qualifier is read from (``ingest.quantity_text.qualifier_before``: '<', 'less than', 'up to', 'about',
'more than' …) — and 'within', which bounds a time or a number of cycles from above. Words that also set a
condition without bounding it are no bound here: 'under' a pressure or a gas ("under 3 MPa H2"), 'over' a number of
cycles or a span of time ("over 50 cycles", "over 2 h": during), 'before'. A condition stated as a range keeps its
range, and a number written twice in the sentence with different words before it gives no qualifier (which is
the condition's is not known).
"""
from __future__ import annotations

import re

from ontology.models import Measurement
from ontology.units import UnitError, to_canonical

from .quantity_text import Number, numbers, qualifier_before

# words that set a condition as much as they bound it: read as no bound (see the module's docstring)
_SETTING_WORDS = re.compile(r"(?:\bunder|\bover|\bbefore)\s*$", re.I)
# 'within' bounds what is counted or timed: the run ended by then
# ("within just 5 min", "within only 3 cycles": an intensifier between)
_WITHIN = re.compile(r"\bwithin\s+(?:(?:just|only|merely|a\s+mere)\s+)?$", re.I)
_WITHIN_KEYS = ("time", "cycles")


def apply_condition_qualifiers(measurements: list[Measurement], sentences: list) -> list[Measurement]:
    """``measurements`` with the bound each prose value's sentence writes for its numeric conditions."""
    said_at = {s.start: s.text for s in sentences}
    # (sentence start, condition key) → the canonical value of each number that can give that condition → the
    # qualifiers written before those numbers: each number converted once per key, however many values the sentence
    # holds (a run-on sentence of 2,000 values stays linear)
    read: dict[tuple[int, str], dict[float, set[str]]] = {}
    out = []
    for m in measurements:
        start = m.source.start
        text = said_at.get(start) if m.source.table is None and start is not None else None
        if not text or not m.conditions or start is None:
            out.append(m)
            continue
        bounds = {}
        for key, value in m.conditions.items():
            if key in m.condition_max:
                continue
            given = read.get((start, key))
            if given is None:
                given = read[(start, key)] = _given(text, key)
            found = given.get(_rounded(value), set())
            if len(found) == 1 and (q := next(iter(found))) != "=":
                bounds[key] = q
        out.append(m.model_copy(update={"condition_qualifiers": {**m.condition_qualifiers, **bounds}})
                   if bounds else m)
    return out


def _given(text: str, key: str) -> dict[float, set[str]]:
    """canonical value → the qualifiers written before the numbers of ``text`` that can give condition ``key`` that
    value (a number written twice with different words before it gives two: which is the condition's is not
    known)."""
    out: dict[float, set[str]] = {}
    for n in numbers(text):
        value = _canonical(n, key)
        if value is not None:
            out.setdefault(_rounded(value), set()).add(_qualifier(text[max(0, n.start - 40):n.start], key))
    return out


def _canonical(n: Number, key: str) -> float | None:
    if n.amount or n.ordinal:
        return None
    if n.unit is None:   # (a bare count is a number of cycles)
        return n.value if key == "cycles" else None
    try:
        return to_canonical(key, n.value, n.unit)
    except (UnitError, ValueError):
        return None


def _rounded(value: float) -> float:
    return float(f"{value:.9g}")


def _qualifier(before: str, key: str) -> str:
    if _WITHIN.search(before):
        return "<=" if key in _WITHIN_KEYS else "="
    if _SETTING_WORDS.search(before):
        return "="
    return qualifier_before(before)
