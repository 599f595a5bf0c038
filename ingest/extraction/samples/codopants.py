"""Co-dopants of an additive: "an N, Nb-doped TiO2 catalyst", "S and Fe co-doped carbon".

A dopant prefix shared by a list ("N, Nb-doped TiO2") dopes the material after it. Where that material
is an additive (no hydride: a catalyst, a support), the elements listed before the prefix are part of
the additive, as the one the prefix carries is, and no additive of the sample of their own: MgH2 milled
with an N, Nb-doped TiO2 catalyst is MgH2–TiO2, as MgH2 with an Nb-doped TiO2 catalyst is. A list
before a prefix on a hydride ("MnCl2 and Mn-doped MgH2") names samples, and stays as it is.
"""
from __future__ import annotations

import re

from .samples_systems import has_hydrogen

# after a listed co-dopant: more co-dopants, then the last one with the shared prefix, then the doped material
_SHARED_PREFIX_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][a-z]?\d*\s*(?:,\s*(?:and\s+)?|and\s+))*"
                                  r"[A-Z][a-z]?\d*[-‐]?\s*(?:co-?)?doped\s+")


def codopants(text: str, found: list, ms: list) -> set[int]:
    """Where the elements listed as co-dopants of an additive start, among the sentence's (mention,
    system) pairs ``found`` (``ms``: the sentence's mentions, where the doped material is looked up)."""
    if "doped" not in text:
        return set()
    systems = {m.start: s for m, s in found}
    named = {m.start for m in ms}
    out = set()
    for m, s in found:
        after = _SHARED_PREFIX_AFTER.match(text, m.end) if s.bare and not has_hydrogen(s) else None
        if after is not None and after.end() in named:
            doped = systems.get(after.end())
            if doped is None or not has_hydrogen(doped):
                out.add(m.start)   # "N" of "N, Nb-doped TiO2": part of the doped additive
    return out
