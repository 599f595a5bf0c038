"""A hydride named as hydrated or ammoniated: "hydrated LiBH4", "ammoniated Mg(BH4)2", "LiBH4 hydrate".

The word says the sample holds water or ammonia molecules in its structure: it is the adduct of the
hydride (LiBH4·H2O, Mg(BH4)2·NH3), the molecule a substituent of the host, as the notation with the dot
gives it. "Dehydrated" and "rehydrated" are other words ("dehydrated LiBH4" has lost the water again).
"""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import system_of

from .samples_systems import has_hydrogen

_BEFORE = re.compile(r"(?<![\w-])(?P<word>hydrated|ammoniated)\s+$", re.I)
_AFTER = re.compile(r"\s+(?P<word>hydrates?|ammoniates?)\b", re.I)


def as_adducts(text: str, systems: list) -> list:
    """``systems`` with each bare hydride the text calls hydrated or ammoniated made its adduct."""
    if "ydrat" not in text and "mmoniat" not in text:
        return systems
    out = []
    for m, s in systems:
        said = _BEFORE.search(text, max(0, m.start - 20), m.start) or _AFTER.match(text, m.end)
        if said is not None and s.bare and has_hydrogen(s):
            molecule = "H2O" if said.group("word").lower().startswith("hydrat") else "NH3"
            s = system_of(f"{s.name}·{molecule}") or s
        out.append((m, s))
    return out
