"""A material named twice side by side: by its name and its formula ("lithium amide LiNH2",
"lithium hydride (LiH)", "LiAlH4 (lithium alanate)"), or by its name and the abbreviation the text defines for
it ("nanoporous carbon (NPC)": the text's own letters, whatever else the ontology reads them as).

Abstracts introduce a material by both. Read as two mentions, the pair looks like two materials and the
words around it lose their meaning: "the 1:1 mixture of lithium amide LiNH2 and lithium hydride LiH" is a
mixture of two materials, not of four. Here a name and a formula of the same material written right
after each other (nothing but a space or a bracket between) become one mention spanning both.
"""
from __future__ import annotations

import re

from ingest.extraction.text.abbreviations import spelled_by
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, system_of
from ontology.vocabulary import vocabulary

# between a material's name and its formula (or the formula and its name): a space, or a bracket opened
_BESIDE = re.compile(r"\s*\(\s*|\s+")
_CLOSE = re.compile(r"\s*\)")
_KINDS = (SYSTEM_LABEL, "Material")


def joined_appositions(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` with each name–formula pair of one material made one mention (see the module)."""
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        a = ms[k]
        named = _named_parts(text, ms, k)
        if named:
            # "lithium amide and lithium hydride (LiNH2–LiH)": the bracket's sample names them all, one mention
            # from the first name on (the bracket is the names' notation, no aside set off from the sentence)
            b = ms[k + named]
            notation = b.text[1:-1] if b.text.startswith("(") and b.text.endswith(")") else b.text
            out.append(Mention(b.kind, notation, a.start, b.end, b.term))
            k += named + 1
            continue
        b = ms[k + 1] if k + 1 < len(ms) else None
        if b is not None and a.kind in _KINDS and b.kind in _KINDS \
                and _BESIDE.fullmatch(text, a.end, b.start):
            bracket = "(" in text[a.end:b.start]
            close = _CLOSE.match(text, b.end) if bracket else None
            if close is not None and _abbreviated(a, b):
                out.append(a)   # (the name is the material; its letters in brackets say nothing more)
                k += 2
                continue
            if close is not None and _kind_named_after(a, b):
                # "SiO2 (MCM-41)", "mesoporous silica (SBA-15)": the bracket names which kind of the material it is,
                # the one material the sentence means (a scaffold's own name says more than its substance's)
                out.append(Mention(b.kind, b.text, a.start, close.end(), b.term))
                k += 2
                continue
            same = (not bracket or close is not None) and _same(a, b)
            if same:
                end = close.end() if close else b.end
                named = a if a.term else b
                out.append(Mention(named.kind, text[a.start:end], a.start, end, named.term))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _same(a: Mention, b: Mention) -> bool:
    sa, sb = material_system(a), material_system(b)
    return sa is not None and sb is not None and sa.bare and sa.name == sb.name


def _abbreviated(a: Mention, b: Mention) -> bool:
    """Is ``b`` (in brackets right after ``a``) the abbreviation ``a``'s words spell ('NPC' of 'nanoporous carbon'),
    which the ontology reads as another material (N-doped carbon)?"""
    return a.kind == "Material" and b.text.isupper() and len(b.text) >= 2 \
        and spelled_by(a.text.split(), b.text) == a.text.split() \
        and a.term is not None and b.term != a.term   # (letters the ontology reads as the same material change nothing)


def _kind_named_after(a: Mention, b: Mention) -> bool:
    """Is ``b`` (in brackets right after ``a``) a named kind of the material ``a`` names: a narrower term
    ('SBA-15' of 'mesoporous silica') or a name ontology.system reads as that substance's ('MCM-41' of 'SiO2')?"""
    if a.kind != "Material" or b.kind != "Material" or not a.term or not b.term or a.term == b.term:
        return False
    vocab = vocabulary()
    if vocab.is_a(b.term, a.term):
        return True
    formula = vocab.get(a.term).formula
    named = system_of(f"{formula} ({b.text})") if formula else None
    return named is not None and named.bare and named.host.term == b.term


# between two names of one sample's parts: a comma, 'and' or both ("lithium amide and lithium hydride")
_PARTS_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _named_parts(text: str, ms: list[Mention], k: int) -> int:
    """How many mentions from ``ms[k]`` are names of the parts of the sample written in a bracket right after them
    ('Lithium amide and lithium hydride (LiNH2–LiH, 1:1) store …': the parts named in words, then the sample by its
    notation): the names, each one part and together every part, are no samples of their own; 0 when not so."""
    j = k
    while j + 1 < len(ms) and ms[j].kind == "Material" and _PARTS_GAP.fullmatch(text, ms[j].end, ms[j + 1].start):
        j += 1
    if j == k or j + 1 >= len(ms) or ms[j].kind != "Material" or ms[j + 1].kind != SYSTEM_LABEL \
            or not _BESIDE.fullmatch(text, ms[j].end, ms[j + 1].start) \
            or "(" not in text[ms[j].end:ms[j + 1].start + 1]:   # (the bracket may open the sample's mention)
        return 0
    whole = material_system(ms[j + 1])
    parts = [material_system(m) for m in ms[k:j + 1]]
    if whole is None or any(p is None or not p.bare for p in parts):
        return 0
    named = {p.name for p in parts if p is not None}
    return j + 1 - k if named == {c.formula for c in whole.components} and len(named) == j + 1 - k else 0
