"""Values and systems paired by brackets: 'the band gap of MgH2 (LiH) is 3.9 (3.1) eV' gives each system its
value — the bracketed value is the bracketed system's, the value before it the system before the bracket."""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system
from ingest.extraction.text.quantity_text import Group
from ontology.models import MaterialSystem
from ontology.system import host_formula

_NUMBER = r"[-−]?\d+(?:\.\d+)?"
# "3.9 (3.1)": a value with a second one in brackets right after it
_VALUE_THEN_BRACKETED = re.compile(rf"{_NUMBER}\s*\(\s*{_NUMBER}\s*\)")
# "… 3.9 (": the bracket the value opens, right after another value
_AFTER_VALUE_BRACKET = re.compile(rf"{_NUMBER}\s*\(\s*$")
_OPENS = re.compile(r"\s*\(\s*")
_CLOSES = re.compile(r"\s*\)")


def _bracketed_pair(text: str, raw: list[Mention], before: int) -> tuple[MaterialSystem, MaterialSystem] | None:
    """The last 'A (B)' before ``before`` whose A and B are two materials of different hosts ('MgH2 (LiH)'; not
    'NH3BH3 (AB)' nor 'MgH2 (rutile)'), as systems, else None."""
    named = [m for m in raw if m.kind in (SYSTEM_LABEL, "Material") and m.end <= before]
    for a, b in reversed(list(zip(named, named[1:]))):
        if _OPENS.fullmatch(text, a.end, b.start) and _CLOSES.match(text, b.end):
            first, second = material_system(a), material_system(b)
            if first is not None and second is not None and host_formula(first) != host_formula(second):
                return first, second
    return None


def bracket_paired_subject(text: str, g: Group, raw: list[Mention]) -> MaterialSystem | None:
    """'The band gap of MgH2 (LiH) is 3.9 (3.1) eV': the system of value ``g`` when the sentence pairs two
    systems and two values by brackets — the bracketed value is the bracketed system's, the value with a bracketed
    one after it the other's — else None (a value with no such partner, or a sentence with no such pair of systems)."""
    if g.kind != "single":
        return None
    inner = _AFTER_VALUE_BRACKET.search(text, max(0, g.start - 20), g.start) is not None
    outer = _VALUE_THEN_BRACKETED.match(text, g.start) is not None
    if not (inner or outer):
        return None
    pair = _bracketed_pair(text, raw, g.start)
    if pair is None:
        return None
    return pair[1] if inner else pair[0]
