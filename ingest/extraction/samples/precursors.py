"""What a material was made from is not part of the sample: "Ti3C2 MXene etched from Ti3AlC2",
"Nb2C obtained by exfoliating the Nb2AlC MAX phase", "using ZIF-67 as a template", "carbon derived from
the MOF". The product is the additive or the scaffold; the precursor (a MAX phase, a template, an
organometallic) is gone before the sample is measured.

The words here are English (how authors say where a material came from); what the materials are
comes from the ontology and the system parser.
"""
from __future__ import annotations

import re
from typing import Any

from ingest.extraction.text.copula import BE
from ingest.extraction.text.nlp import Mention
from ingest.extraction.text.samples_words import MADE_VERB
from ontology.word_gate import gated

from .samples_systems import has_hydrogen

# a verb of making + "from", then up to three words describing the precursor ("from the solid-solution
# MAX phase (Ti0.5V0.5)3AlC2"): 'released from', 'reduced from' are no making; a verb of putting in among those
# words makes the material that verb's object ('4.9 wt% was obtained from NaAlH4 doped with Ce': Ce is put in)
# ((?=[…]): the verbs' first letters, which let a search pass other positions at once)
_MADE_FROM = gated(re.compile(
    r"(?=[edpsomcft])\b(?:etched|derived|prepared|synthesi[sz]ed|obtained|made|exfoliated|produced|converted|fabricated|"
    r"pyroly[sz]ed|carboni[sz]ed|delaminated|transformed)\s+(?:\w+\s+)?from\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:doped|milled|catalys\w*|catalyz\w*|mixed|modified)\s)[\w-]+\s+){0,3}$", re.I))
# a verb of making, its route, then "using": "prepared by a hydrothermal route using TiCl4 and urea" (the
# reagents of the making; "milled using", "measured using" make nothing)
_MADE_USING = gated(re.compile(
    r"\b(?:prepared|synthesi[sz]ed|obtained|made|produced|fabricated|grown|derived)\s+(?:[\w-]+\s+){0,5}?using\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I))
# "by etching", "through exfoliation of", "via pyrolysis of": the object of a making step
_MADE_BY = gated(re.compile(
    r"(?:\b[a-z]+ed\s+)?\b(?:by|through|via|after)\s+(?:selectively\s+)?(?:etching|exfoliating|delaminating|pyroly[sz]ing|"
    r"carboni[sz]ing|calcining|(?:etching|exfoliation|delamination|pyrolysis|carboni[sz]ation|calcination)"
    r"\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I))
# "Na(BH4)0.5(NH2)0.5 formed by combining Na(BH4) and Na(NH2)", "made by reacting LiBH4 and LiI": the hydrides a
# compound of two was made of (asked only of a hydride where another is named outside: that one is the sample)
_MADE_BY_COMBINING = gated(re.compile(
    # (not "made by milling LiBH4 with 20 mol% LiI": a milling with a loading puts the additive into the first)
    r"(?=[fpsomc])\b(?:formed|prepared|synthesi[sz]ed|obtained|made|produced|created)\s+by\s+(?:combining|reacting)"
    r"\s+(?:together\s+)?(?:the\s+)?(?:\S+\s+and\s+(?:the\s+)?)?$", re.I))
# "templated by SBA-15", "hard-templated with KIT-6": the template a material was cast in, gone before it is used
_TEMPLATED = gated(re.compile(r"\btemplated\s+(?:by|with|on|using)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I))
# "using ZIF-8 as (a) template", "with Ti3AlC2 as the precursor"
_USED_AS_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:was\s+|were\s+)?(?:used\s+)?as\s+(?:the\s+|an?\s+)?"
                            r"(?:sacrificial\s+|hard\s+|soft\s+|self-)?(?:templates?|precursors?|starting\s+materials?|reductants?|"
                            r"reducing\s+agents?|(?:metal\s+|carbon\s+)?sources?)\b",
                            re.I)
_USING_BEFORE = re.compile(r"\b(?:using|with)\s+(?:the\s+|an?\s+)?$", re.I)
_MAX_PHASE_BEFORE = re.compile(r"\bMAX[- ]phases?\s+$")


def precursor_clauses(text: str, found: list[tuple[Mention, object]]) -> dict[int, tuple[int, int]]:
    """{start of the mention: (start, end) of the words naming it a precursor} for the mentions of
    ``found`` (mention, system) that ``text`` names as what another material was made from ('etched
    from Ti3AlC2', 'using ZIF-8 as a template'). A hydride is kept ('MgH2 prepared from …' keeps the
    sample, and a hydride named as a source is more often than not the host measured) unless the
    sentence names another hydride outside the clauses: that one is the host, the source a reagent
    ('Ni, synthesized from NiCl2 and NaBH4, was milled with MgH2')."""
    out = {}
    hydrides = []
    for m, s in found:
        if s is not None and has_hydrogen(s):
            hydrides.append(m)
            continue
        clause = _clause(text, m)
        if clause is not None and not _made_with_hydride(clause, m, found):
            out[m.start] = clause
    for m in hydrides if len(hydrides) > 1 else ():   # (a source among two hydrides at least)
        clause = _clause(text, m, hydride=True)
        if clause is not None and any(h is not m and not _inside(h, [*out.values(), clause]) for h in hydrides) \
                and not _no_product_before(clause, found):
            out[m.start] = clause
    if "," in text:
        for a in _MAKING_ASIDE.finditer(text):
            # (keyed by its comma when it names no material the reader knows: "of ZIF-67")
            out.setdefault(a.start(), (a.start(), a.end()))
            out.update({m.start: (a.start(), a.end()) for m, _ in found if a.start() < m.start < a.end()})
    return out


# ", obtained by pyrolysis of ZIF-67,", ", synthesized via a sol-gel route,": how the material before the aside
# was made, set off by commas before its verb; whatever it names is gone before the sample is made
_MAKING_ASIDE = gated(re.compile(
    r",\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:[a-z]+ly\s+)?(?:prepared|synthesi[sz]ed|obtained|made|produced|fabricated|"
    r"derived|etched|exfoliated|grown|pyroly[sz]ed|calcined|carboni[sz]ed)\s+(?:by|from|via|through|using|with)\b"
    rf"[^,;.()]{{1,80}}?,(?=\s*{BE}\b)", re.I))


def _made_with_hydride(clause: tuple[int, int], m: Mention, found: list[tuple[Mention, Any]]) -> bool:
    """'A solid electrolyte prepared from LiBH4 and LiI', 'the new electrolyte was made from Mg(BH4)2 and MgO': a
    material named after a hydride among what a sample was made from, where the sentence names no product before
    the making (only a noun: 'electrolyte', 'composite'), is that hydride's partner in the sample, no precursor of
    another material ('Ni, synthesized from NaBH4 and NiCl2', 'Mg2FeH6 prepared from MgH2 and Fe' name theirs; a
    material named in words before is no product: 'a lithium superionic conductor prepared from …')."""
    start = clause[0]
    return any(s is not None and has_hydrogen(s) and start <= h.start < m.start for h, s in found) \
        and _no_product_before(clause, found)


def _no_product_before(clause: tuple[int, int], found: list[tuple[Mention, Any]]) -> bool:
    """The sentence names no material before the words of making (only a noun: 'an anode made from MgH2, TiH2
    and graphite'): what it was made from are the sample's parts, hydrides among them, no precursors."""
    return not any(f.end <= clause[0] and not f.text.islower() for f, _ in found)


def _inside(m: Mention, clauses: list[tuple[int, int]]) -> bool:
    return any(a <= m.start < b for a, b in clauses)


# the rest of a list of sources no mention covers ("from NiCl2 and urea"), up to the verb of the sentence
_LIST_REST = re.compile(rf"\s*,?\s*(?:and|or)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+(?=\s+{BE}\b)")
# "were prepared from …": the making is the verb of its clause, kept for the readers of a making then a
# putting in ("were made from glucose and then milled with MgH2"); the clause starts at 'from' / 'using'
_AS_VERB = re.compile(rf"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?{MADE_VERB}\b", re.I)
_SOURCE_WORD = re.compile(r"\b(?:from|using|by|through|via|after)\b", re.I)


def _made_clause(text: str, before: re.Match, m: Mention) -> tuple[int, int]:
    start = before.start()
    verb = _AS_VERB.search(text, max(0, start - 25), before.end())
    if verb is not None and verb.end() > start:   # (the clause's own verb, after 'was')
        start = _SOURCE_WORD.search(text, start, m.start).start()
    rest = _USED_AS_AFTER.match(text, m.end) or _LIST_REST.match(text, m.end)
    return _as_aside(text, start, rest.end() if rest else m.end)


def _clause(text: str, m: Mention, hydride: bool = False) -> tuple[int, int] | None:
    """The words naming ``m`` what another material was made from, or None (a hydride only after a
    verb of making and 'from' or 'using': 'MgH2 as the precursor' is more often the host)."""
    lo = max(0, m.start - 70)
    made = _MADE_FROM.search(text, lo, m.start) or _MADE_USING.search(text, lo, m.start) \
        or _TEMPLATED.search(text, lo, m.start) or (_MADE_BY_COMBINING.search(text, lo, m.start) if hydride else None)
    if made is not None and _SOURCE_WORD.search(text, made.start(), m.start):
        return _made_clause(text, made, m)
    if hydride:
        return None
    by = _MADE_BY.search(text, lo, m.start)
    if by is not None and _SOURCE_WORD.search(text, by.start(), m.start):
        return _made_clause(text, by, m)   # "were synthesized by pyrolysis of a Ni-MOF and then milled with …"
    before = _MAX_PHASE_BEFORE.search(text, lo, m.start)
    after = _USED_AS_AFTER.match(text, m.end)
    if not before and not after:
        return None
    using = _USING_BEFORE.search(text, lo, m.start) if after else None
    start = before.start() if before else (using.start() if using else m.start)
    return _as_aside(text, start, after.end() if after else m.end)


# ", obtained by exfoliating the Nb2AlC MAX phase," : the clause's own words up to its closing comma
_ASIDE_END = re.compile(r"(?:\s+(?:[A-Za-z][\w-]*|\([^()]*\))){0,3}\s*,")
_ASIDE_START = re.compile(r",\s*$")


def _as_aside(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause widened to its commas when it is an aside set off by them: the product before the
    first comma then reads as the subject of the verb after the second."""
    opened = _ASIDE_START.search(text, max(0, start - 3), start)
    closed = _ASIDE_END.match(text, end)
    if opened and closed:
        return opened.start(), closed.end()
    return start, end


def without_clauses(text: str, clauses: dict[int, tuple[int, int]]) -> str:
    """``text`` with the precursor clauses blanked (same length: the mentions' offsets hold), so that
    the product before the clause reads as next to the words after it ('Ti3C2 [etched from Ti3AlC2]
    was milled with MgH2')."""
    for a, b in clauses.values():
        text = text[:a] + " " * (b - a) + text[b:]
    return text
