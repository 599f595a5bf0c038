"""The unit of a list of bracket-paired values written once after its last pair ('3.4 (2.8), 3.7 (3.1) and 5.1
(4.5) eV'): every value of the list is in it (the pairs' systems: ``bracket_pairs``)."""
from __future__ import annotations

import re
from typing import Protocol

_NUMBER = r"[-−]?\d+(?:\.\d+)?"
_PAIR = rf"{_NUMBER}\s*\(\s*{_NUMBER}\s*\)"
# "3.4 (2.8), 3.7 (3.1) and 5.1 (4.5)": two or more pairs, listed
_PAIRED_LIST = re.compile(rf"(?:{_PAIR}\s*(?:,\s*(?:and\s+)?|and\s+))+{_PAIR}")


class _Number(Protocol):
    start: int
    end: int
    unit: str | None


def paired_list_units(text: str, nums: list[_Number]) -> None:
    """Give each value of a bracket-paired list without a unit the unit its last value is written with (in place)."""
    if "(" not in text:
        return
    for m in _PAIRED_LIST.finditer(text):
        inside = [n for n in nums if m.start() <= n.start < m.end()]
        unit = inside[-1].unit if inside else None
        if unit is None:
            continue
        for n in inside:
            if n.unit is None:
                n.unit = unit
