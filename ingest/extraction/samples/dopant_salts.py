"""An element-doped hydride whose dopant the text names as a compound elsewhere: "5 mol% Ca-doped LiBH4"
… "the LiBH4–Ca(BH4)2 solid solution".

Authors name a substituted hydride by the element that goes in ("Ca-doped LiBH4", "Na-substituted
Li2B12H12") and, in another sentence, by the compound they put in to bring it ("LiBH4–5 mol% Ca(BH4)2",
"Li2B12H12–Na2B12H12"): the element's salt with the host's own counter-ion. The sample's dopant is that
compound. It is that compound only when the text writes it together with the host (a notation of the
two, or the two joined by 'and' / 'with'), and when the compound is the element with a part of the host
that is not hydrogen alone: Ca(BH4)2 (Ca with the BH4 of LiBH4) or LiI (I with the Li of LiBH4) are
dopant salts of LiBH4; CaH2 (hydrogen only: a product or a destabiliser) and Mg2NiH4 (the host's every
element: a phase it forms) are not.
"""
from __future__ import annotations

import re

from ontology.formula import FormulaError, parse_formula
from ontology.models import Component, MaterialSystem, Measurement
from ontology.system import SystemParseError, analyse_system
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

# what joins the host to the compound in a notation or phrase naming the two: a dash (an amount may
# follow), 'and', 'with'
_JOINED = re.compile(r"\s*(?:[-–−‒/·+:]|\band\b|\bwith\b)\s*(?:\(?\d+(?:\.\d+)?\s*(?:mol|wt|at)\s*\.?\s*%\)?\s*)?",
                     re.I)
_ELEMENT = re.compile(r"[A-Z][a-z]?")


def _elements(formula: str) -> set[str]:
    try:
        return set(parse_formula(formula).composition)
    except (FormulaError, ValueError):
        return set()


@per_document(maxsize=1024)   # (asked for each pair a document's sentences name again)
def dopant_salt(element: str, host: str, compound: str) -> bool:
    """Is ``compound`` the salt that brings ``element`` into ``host`` (Ca(BH4)2 for Ca in LiBH4)?"""
    rest = _elements(compound) - {element}
    own = _elements(host)
    return element in _elements(compound) and bool(rest) and rest < own and rest != {"H"} \
        and element not in own


def named_together(text: str, mentions) -> dict[str, set[str]]:
    """Host formula → the formulas the text writes with it: in a notation of the two ('LiBH4–5 mol%
    Ca(BH4)2', 'LiBH4-Ca(BH4)2') or right after it, joined to it ('LiBH4 and Ca(BH4)2')."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind != "SYSTEM":
            continue
        try:
            found = analyse_system(m.text)
        except (SystemParseError, ValueError):
            continue
        if not found.unknown:
            out.setdefault(found.system.host.formula, set()).update(c.formula for c in found.system.additives)
    mats = [m for m in mentions if m.kind == "Material"]
    for a, b in zip(mats, mats[1:]):
        if a.end <= b.start and _JOINED.fullmatch(text[a.end:b.start]):
            out.setdefault(a.text, set()).add(b.text)
    return out


def _renamed(system: MaterialSystem, old: Component, new: str) -> MaterialSystem:
    term = vocabulary().lookup(new, "Material")
    part = old.model_copy(update={"formula": new, "term": term.id if term is not None else None})
    swap = re.compile(rf"(?<![A-Za-z]){re.escape(old.formula)}(?![a-z])")
    return system.model_copy(update={
        "additives": [part if c is old else c for c in system.additives],
        "name": swap.sub(new, system.name),
        "key": swap.sub(new, system.key) if system.key else None})


def with_dopant_salts(text: str, mentions, out: list[Measurement]) -> list[Measurement]:
    """``out`` with each bare-element dopant of a hydride named by the salt the text writes with the host."""
    together = None
    moved = []
    for m in out:
        s = m.system
        lone = [c for c in s.additives if _ELEMENT.fullmatch(c.formula)]
        if len(lone) != 1:
            moved.append(m)
            continue
        if together is None:
            together = named_together(text, mentions)
        salts = {f for f in together.get(s.host.formula, set()) if dopant_salt(lone[0].formula, s.host.formula, f)}
        moved.append(m.model_copy(update={"system": _renamed(s, lone[0], salts.pop())}) if len(salts) == 1 else m)
    return moved
