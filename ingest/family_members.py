"""Values of one member of a composition family: "xLiBH4–(1−x)LiI … the sample with x = 0.25 shows".

A paper names a series once by its family notation (ontology.families) and then gives a value for
one member by the symbol's value: "x = 0.25 shows 0.1 mS/cm", "Mg1−xZnx(BH4)2 (x = 0.1) released",
"for x = 0.5 the conductivity reached". A sentence's value of a family then belongs to the member at
the symbol's value the sentence gives before it (the nearest one), or at the one value the sentence
gives. A list ("x = 0.25, 0.5 and 0.75") or a range ("x = 0–0.5") names the series, no member: the
value stays the family's, with its amounts null.
"""
from __future__ import annotations

import re

from ontology.families import SYMBOLS, family_member, family_symbols
from ontology.models import MaterialSystem, Measurement
from ontology.system import analyse_system
from ontology.units import to_canonical

from .nlp import Cleaned
from .quantity_text import numbers

# 'x = 0.25', 'x=0.5'; the words after it tell a list or a range ('x = 0.25, 0.5', 'x = 0–0.5')
_GIVEN = re.compile(rf"(?<![\w.])(?P<symbol>[{SYMBOLS}])\s*=\s*(?P<value>\d+(?:\.\d+)?)(?![\d.])"
                    r"(?P<more>\s*(?:,|and\b|or\b|to\b|[–\-~])\s*\d)?")


def _given(text: str) -> list[tuple[int, str, float]]:
    """(clean position, symbol, value) of every single value the sentence gives a symbol."""
    return [(m.start(), m.group("symbol"), float(m.group("value"))) for m in _GIVEN.finditer(text)
            if m.group("more") is None]


def _value_for(at: int | None, given: list[tuple[int, str, float]], symbol: str) -> float | None:
    """The value of ``symbol`` nearest before the measurement's number at ``at`` (clean text), else the one
    value the sentence gives it; None when it gives several and none comes before."""
    mine = [(p, v) for p, s, v in given if s == symbol]
    before = [v for p, v in mine if at is not None and p < at]
    if before:
        return before[-1]
    values = {v for _, v in mine}
    return values.pop() if len(values) == 1 else None


def _written_at(text: str, m: Measurement) -> int | None:
    """Where the sentence writes the measurement's value: the first number that is it in its unit (the
    record keeps the sentence as its evidence, not the number's place)."""
    for n in numbers(text):
        try:
            if n.unit and abs(to_canonical(m.property, n.value, n.unit) - m.value) <= 1e-9 * max(1.0, abs(m.value)):
                return n.start
        except Exception:
            continue   # a unit of another quantity ('25 °C' beside a conductivity)
    return None


def _member(system: MaterialSystem, at: int | None, given) -> MaterialSystem | None:
    symbols = family_symbols(system.name)
    if not symbols:
        return None
    values = {s: _value_for(at, given, s) for s in symbols}
    if any(v is None for v in values.values()):
        return None
    notation = family_member(system.name, values)   # type: ignore[arg-type]
    if notation is None:
        return None
    try:
        return analyse_system(notation).system.model_copy(update={"text": system.text})
    except ValueError:
        return None


def with_members(clean: Cleaned, out: list[Measurement]) -> list[Measurement]:
    """``out`` with every value of a family the sentence gives the symbol's value for moved to that member."""
    given = _given(clean.text) if "=" in clean.text else []
    if not given:
        return out
    moved = []
    for m in out:
        member = _member(m.system, _written_at(clean.text, m), given) if family_symbols(m.system.name) else None
        moved.append(m if member is None else m.model_copy(update={"system": member}))
    return moved
