"""Claims read against the whole document: an element it says substitutes into its host ('Y-substituted Mg2Ni'), claims
of sentences that name no host in a document that measured one alloy by itself ('the CeH2.7 formed in situ acts as a
hydrogen pump'), a broad claim in a sentence announcing the work's topic giving way to a narrower finding, a claim
restated without its phase, and the claims of applications the document measured values for. Apart because these
need every sentence's claims first; ``mechanism_claims`` calls them at the end.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.text.mechanisms_words import FORMULA_WORD, NON_METALS
from ontology.elements import formula_symbols as _elements
from ontology.models import MechanismClaim
from ontology.strategy_rules import application_of, sentence_wide
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .mechanisms_materials import _metals, bare_element
from .mechanisms_strategies import _composition_strategies

# an element said to take a place in a compound's lattice: 'Y-substituted Mg2Ni', 'the substitution of Y', 'Y alloying'
# (the words: the ontology's SubstitutingWord and LatticeEntryWord after the element, ReplacementNoun before it; the
# element's symbol stands at {0})
_ENTERING = vocabulary().scheme_alternation("PreparationVerb", ("SubstitutingWord", "LatticeEntryWord"))


_REPLACING = vocabulary().scheme_alternation("PreparationVerb", ("ReplacementNoun",))


_SUBSTITUTING = (r"(?<![\w-]){0}(?:-|\s+)" + _ENTERING + r"\b|"
                 r"\b(?i:" + _REPLACING + r")\s+(?:of\s+)?(?:\w+\s+)?(?:by\s+|with\s+)?{0}(?![\w-])")


_ALLOYING = "Alloying"      # Strategy: a metal made part of the host's own lattice


# where one of _SUBSTITUTING's words is written: the pattern, whose element comes first, would otherwise be tried at
# every position of the whole document for each claim (~8 ms a claim on the review)
# (behind a gate of its words: ``_substituting_places`` searches only the sentences that hold one)
_SUBSTITUTING_WORD = gated(re.compile(f"{_ENTERING}|{_REPLACING}", re.I))


def _substituting_places(texts: list[str]) -> list[int]:
    """The starts of ``_SUBSTITUTING_WORD``'s matches in ``"\n".join(texts)``, found text by text: only a text holding
    one of its words is searched (the paper's every character was tried, a sixtieth of the claims' time). The same
    matches: each is a word of the ontology's, escaped, or a stem and letters (no line break), so none runs from one
    text into the next."""
    out: list[int] = []
    at = 0
    for t in texts:
        out += [at + m.start() for m in _SUBSTITUTING_WORD.finditer(t)]
        at += len(t) + 1
    return out


def _said_substituted(element: str, text: str, near: list[int]) -> bool:
    """Does ``text`` say ``element`` substitutes into a lattice (``_SUBSTITUTING``)? Tried only around the places
    ``near`` where a substituting word is written (the element within a few words before or after it)."""
    said = re.compile(_SUBSTITUTING.format(re.escape(element)))
    return any(said.search(text, max(0, i - 40), i + 80) for i in near)


def substituted_hosted(claims: list[MechanismClaim], sentences: list) -> list[MechanismClaim]:
    """Claims crediting an element the document says substitutes into its host ('Y-substituted Mg2Ni', 'the Ni–H
    bond is weakened by the substitution of Y'), where the document writes the substituted compound by its
    composition (Mg15YNi8H32: the host's elements and that one): the compound is the host, an alloy written by its
    composition (README), and the element acts by alloying — no catalyst beside the host."""
    if _ALLOYING not in vocabulary() or not any(c.additive and bare_element(c.additive) for c in claims):
        return claims
    texts = [getattr(s, "text", "") or "" for s in sentences]
    text = "\n".join(texts)
    formulas = set(FORMULA_WORD.findall(text))
    near = _substituting_places(texts)
    out, rehosted = [], set()
    for c in claims:
        x = c.additive
        if c.host and x and bare_element(x) and x not in NON_METALS and x not in _elements(c.host) \
                and _said_substituted(x, text, near):
            made = [f for f in formulas if _elements(f) - {"H", "D"} == _elements(c.host) - {"H", "D"} | {x}
                    and ("H" in _elements(f)) == ("H" in _elements(c.host))]
            if len(made) == 1:
                c = c.model_copy(update={"host": made[0], "strategy": _ALLOYING})
                # (the host's two states credited alike, Mg2Ni and Mg2NiH4, are one claim on the compound)
                if (c.mechanism, made[0], x) in rehosted:
                    continue
                rehosted.add((c.mechanism, made[0], x))
        out.append(c)
    return out


# 'This paper presents the catalytic effect of …', 'In the present work, a … catalyst was synthesized to catalyze …',
# 'Herein, …': a sentence that announces what the work is about (the nouns: the ontology's StudyNoun scheme)
_ANNOUNCING = re.compile(r"\b(?:this|the\s+present|the\s+current|our)\s+"
                         rf"{vocabulary().scheme_alternation('StudyNoun', ('ThisWorkNoun', 'WrittenWorkNoun'))}\b"
                         r"|^\W*here(?:in)?\b", re.I)


def topics_give_way(claims: list[MechanismClaim], sentences: list) -> list[MechanismClaim]:
    """``claims`` without a broad one (a family of mechanisms, 'the catalytic effect of X') made in a sentence that
    announces the work's topic, where the document claims a narrower mechanism for the same host and additive: the
    announcement names the topic, the narrower claim is the finding."""
    vocab = vocabulary()
    said = {getattr(s, "start", None): getattr(s, "text", "") or "" for s in sentences}

    def topic(c: MechanismClaim) -> bool:
        return c.mechanism in vocab and bool(vocab.children(c.mechanism)) \
            and bool(_ANNOUNCING.search(said.get(c.source.start, ""))) \
            and any(o.host == c.host and o.additive == c.additive and o.mechanism in vocab
                    and o.mechanism != c.mechanism and vocab.is_a(o.mechanism, c.mechanism) for o in claims)
    return [c for c in claims if not topic(c)]


def without_restated(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """``claims`` without one that says again, naming no phase, what an earlier claim said with the phase formed in
    situ that does it ('Mg2Ni and CeH2.73 formed during cycling exert spillover effects' … 'merging spillover effects
    in one catalyst'): the same finding, restated."""
    phased = {(c.mechanism, c.host, c.additive, c.strategy) for c in claims if c.in_situ_phase}
    return [c for c in claims if c.in_situ_phase or (c.mechanism, c.host, c.additive, c.strategy) not in phased] \
        if phased else claims


def merged(body: list[MechanismClaim], more: list[MechanismClaim]) -> list[MechanismClaim]:
    """``body`` with the claims of ``more`` it does not make already, in document order."""
    seen = {(c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase) for c in body}
    fresh = [c for c in more if (c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase) not in seen]
    return sorted([*body, *fresh], key=lambda c: c.source.start or 0) if fresh else body


def _studied_alloys(values: list) -> list[str]:
    """The metal alloys the document measured by themselves as the sample it hydrogenates (Mg90Ce5Y5 with no
    additive): a storage alloy, the host of what happens in it — not an alloy added to a hydride as its catalyst
    (CeNi milled with MgH2), which the records hold as an additive."""
    alone = {m.system.host.formula for m in values if not m.system.additives and m.system.host is not None}
    return sorted(a for a in alone if len(_metals(a)) > 1 and _elements(a) == _metals(a))


def alloy_hosted(claims: list[MechanismClaim], values: list) -> list[MechanismClaim]:
    """Claims of sentences that name no host ('the CeH2.7 formed in situ acts as a hydrogen pump') in a document
    that measured one storage alloy by itself: a phase of that alloy's own metals, formed as it is hydrogenated, acts
    in the alloy — the alloy is the host and the phase its additive, the strategy the alloy's own (alloying). A phase
    holding any other metal is no part of it: such a claim stays a general remark, as before."""
    alloys = _studied_alloys(values)
    if len(alloys) != 1:
        return []
    alloy = alloys[0]
    out = []
    for c in claims:
        phase = c.in_situ_phase or c.additive
        if c.host is not None or not phase or phase == alloy or not _metals(phase) \
                or not _metals(phase) <= _metals(alloy) or c.additive not in (alloy, phase):
            continue
        strategy = c.strategy if c.strategy and sentence_wide(c.strategy) else \
            next(iter(_composition_strategies(alloy, ())), None)
        out.append(c.model_copy(update={"host": alloy, "additive": phase, "in_situ_phase": None,
                                        "strategy": strategy}))
    return out


def studied_as_host(claims: list[MechanismClaim], values: list, sentences: list) -> list[MechanismClaim]:
    """A claim crediting an alloy the document measured by itself ('the melt-spun alloy' Mg–10Ni–2Mm, its own host)
    for what happens in a phase of it the document measured nothing for (Mg2NiH4 of the alloy's Mg2Ni, named in the
    sentence before): the studied alloy is the host — and the phase its additive where the claim has one or its own
    sentence credits it ('the in situ formed Mg2Ni acts as a hydrogen pump'), else nothing was added. (A phase of
    the alloy's own metals only: a hydride of other metals credited is a host of its own.)"""
    alone = {m.system.name for m in values if not m.system.additives}
    measured = alone | {m.system.host.formula for m in values}
    said = {getattr(s, "start", None): getattr(s, "text", "") or "" for s in sentences}
    out = []
    for c in claims:
        if c.additive in alone and c.host and c.host not in measured and len(_metals(c.additive)) > 1 \
                and _elements(c.additive) == _metals(c.additive) and _metals(c.host) <= _metals(c.additive):
            text = said.get(c.source.start, "")
            phase = c.in_situ_phase or next((w for w in FORMULA_WORD.findall(text) if w != c.additive
                                             and _metals(w) == _metals(c.host) and _elements(w) == _metals(w)), None)
            # (a strategy the alloy's composition with its phase was read for goes: the alloy's own, as its records
            # have it, is the claim's; a way of making the sample the sentence names, 'nanocrystalline', stays)
            strategy = c.strategy if c.strategy and sentence_wide(c.strategy) else \
                next(iter(_composition_strategies(c.additive, ())), c.strategy)
            c = c.model_copy(update={"host": c.additive, "additive": phase, "in_situ_phase": None,
                                     "strategy": strategy})
        out.append(c)
    return out


def in_document_applications(claims: list[MechanismClaim], values: list) -> list[MechanismClaim]:
    """The claims whose mechanism serves an application the document measured values for (its hkg:appliesTo, or
    one narrower or broader): 'an interface engineering strategy' in a paper that measured only hydrogen release
    names no ion conduction of an electrolyte. A document with no value of a known application keeps them all."""
    vocab = vocabulary()
    apps = {a for m in values if (a := application_of((m.property,))) is not None}
    if not apps:
        return claims

    def served(tid: str) -> bool:
        own = vocab.get(tid).applications if tid in vocab else ()
        return not own or any(a == b or vocab.is_a(a, b) or vocab.is_a(b, a) for a in own for b in apps) \
            or tid in _effects_of_strategies(frozenset(apps))
    return [c for c in claims if served(c.mechanism)]


@lru_cache(maxsize=8)
def _effects_of_strategies(apps: frozenset[str]) -> frozenset[str]:
    """The mechanisms that strategies serving ``apps`` stand for as a cause (hkg:effectMechanism): catalysis, which
    lowers the barriers of a conversion anode's reaction as of hydrogen release, has its catalytic effect there too
    ('TiH2 improves the conversion kinetics of MgH2' in an anode paper), whatever the effect's own appliesTo."""
    vocab = vocabulary()
    return frozenset(t.effect_mechanism for t in vocab.terms("Strategy") if t.effect_mechanism
                     and any(a == b or vocab.is_a(a, b) or vocab.is_a(b, a) for a in t.applications for b in apps))
