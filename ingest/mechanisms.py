"""Mechanism claims from prose: which mechanism a sentence credits, for which additive or strategy, in
which host ("the multivalent Nb acts as an electron transfer intermediate", "in situ formed Ni2B acts
as nucleation site", "TiF3 weakens the Mg–H bond", "suppresses NH3 release").

The mechanisms and their phrasings are the ontology's (labels and ``skos:altLabel`` of the Mechanism
terms). Papers conjugate and inflect them ("weakens the Mg–H bonds", "weakening Mg–H bond"), so
labels and text are compared word by word on crude stems, without articles. A family term (one
with several narrower mechanisms, e.g. "catalytic effect") names no particular mechanism and is
left out. The host is the hydride the sentence (or, failing that, its paragraph) is about; the
additive is the material named nearest before the mechanism phrase; the strategy is the one the
sentence names, else the one the host–additive composition shows (``ontology.strategy_rules``).
A claim holds term ids, formulas and the sentence's offsets — never the sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ontology.models import MechanismClaim, SourceRef
from ontology.strategy_rules import composition_strategies, transition_metal_only
from ontology.system import SystemParseError, parse_system
from ontology.vocabulary import fold, vocabulary

from .challenges import find_terms
from .nlp import _CANDIDATE, _NEXT_WORD, clean_text, is_chemistry, system_of
from .prose import _ADDITIVE_CUE

_WORD = re.compile(r"[a-z0-9δ+]+(?:[-/][a-z0-9δ+]+)*")
_ARTICLES = frozenset({"the", "a", "an"})
_FAMILY_SIZE = 3          # a term with this many narrower mechanisms is a family, not a mechanism
_IN_SITU = "InSituFormation"          # SynthesisMethod: a phase formed during processing or cycling
_IN_SITU_PHASE = "InSituCatalyticPhase"   # Mechanism: that phase does the catalysing
_CATALYTIC = "CatalyticEffect"


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Crude English stem: 'weakens'/'weakened'/'weakening' → 'weaken', 'releases' → 'releas'."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[:-len(suffix)]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _words(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of the words of folded text, articles left out."""
    return [(_stem(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)
            if m.group(0) not in _ARTICLES]


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First stem → (stemmed label, Mechanism term id), longest first (family terms left out)."""
    vocab = vocabulary()
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    seen: set[tuple[str, ...]] = set()
    for term in vocab.terms("Mechanism"):
        if len(vocab.children(term.id)) >= _FAMILY_SIZE:
            continue
        for label in term.labels:
            key = tuple(w for w, _, _ in _words(fold(label)))
            if key and key not in seen:
                seen.add(key)
                out.setdefault(key[0], []).append((key, term.id))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def find_mechanisms(text: str) -> list[tuple[str, int, int]]:
    """(term id, start, end) of every mechanism phrase in ``text`` (offsets in ``fold(text)``, which
    keeps the length of markup-free text), longest phrases first, not overlapping."""
    phrases = _phrases()
    words = _words(fold(text))
    stems = [w for w, _, _ in words]
    out, i = [], 0
    while i < len(words):
        for key, tid in phrases.get(stems[i], ()):
            if tuple(stems[i:i + len(key)]) == key:
                out.append((tid, words[i][1], words[i + len(key) - 1][2]))
                i += len(key)
                break
        else:
            i += 1
    return out


# Markup that may sit inside a mechanism phrase ('NH<sub>3</sub> release'): removed for a cheap
# first look, before a sentence is cleaned properly.
_LIGHT_MARKUP = re.compile(r"</?su[bp]>|\$|\\text\{|\\mathrm\{|[{}_]")


# ------------------------------------------------------------------------------ sentences
class _Context:
    """The sentences of the current paragraph (never across a section or a paragraph), read back
    for the host a sentence without one is about."""

    def __init__(self):
        self.key = None
        self.previous: list = []

    def enter(self, sent) -> None:
        key = (getattr(sent, "section", None), getattr(sent, "paragraph", None))
        if key != self.key:
            self.key, self.previous = key, []

    def host(self) -> str | None:
        for sent in reversed(self.previous):
            hosts = _hosts(clean_text(sent.text).text)
            if hosts:
                return hosts[0]
        return None


@lru_cache(maxsize=4096)
def _is_host(formula: str) -> bool:
    """A hydride that stores: hydrogen bound to a metal or boron, not an ion or a bond ('[BH4]',
    'B–H'), and not a transition-metal hydride (TiH2, NbHx and VH0.81 are catalytic phases formed
    in situ, not hosts)."""
    if formula.startswith("[") or not re.search(r"H(?![a-z])", formula):
        return False
    metals = re.findall(r"(?!H(?![a-z]))[A-Z][a-z]?", formula)
    return bool(metals) and not transition_metal_only(formula)


def _materials(text: str) -> list[tuple[int, object]]:
    """(start, MaterialSystem) of the formulas and systems a clean sentence names (word by word, the
    way ``ingest.nlp`` recognises chemistry; parses are cached)."""
    out = []
    for m in _CANDIDATE.finditer(text):
        word = m.group(0).rstrip(".,;:")
        before_word = bool(_NEXT_WORD.match(text, m.end()))
        if not is_chemistry(word, m.start() == 0, before_word):
            continue
        system = system_of(word)
        if system is not None:
            out.append((m.start(), system))
    return out


def _hosts(text: str) -> list[str]:
    """Host hydrides a clean sentence names: the paragraph's topic for the sentences that follow."""
    return [s.host.formula for _, s in _materials(text) if _is_host(s.host.formula)]


def _credited(additive, host: str | None) -> bool:
    """An additive worth naming: not a part of the host ('Mg' in MgH2, 'B' in LiBH4, 'H'), not an
    ion or a bond ('[BH4]', 'B–H')."""
    formula = additive.host.formula
    if formula.startswith("[") or re.fullmatch(r"[A-Z][a-z]?(?:-[A-Z][a-z]?)?", formula) and \
            "-" in formula:
        return False
    els = set(re.findall(r"[A-Z][a-z]?", formula))
    host_els = set(re.findall(r"[A-Z][a-z]?", host or ""))
    if els <= {"H", "B", "N", "C", "O"} and len(els) == 1:
        return False
    return not (host_els and els <= host_els)


def _strategy(named: list[str], host: str | None, additive: str | None) -> str | None:
    if named:
        return named[0]
    return _composition_strategy(host, additive) if host and additive else None


@lru_cache(maxsize=2048)
def _composition_strategy(host: str, additive: str) -> str | None:
    try:
        found = composition_strategies(parse_system(f"{host}–{additive}"))
    except (SystemParseError, ValueError):
        return None
    return found[0] if found else None


def claims_of_sentence(sent, source_id: str, ctx: _Context | None = None) -> list[MechanismClaim]:
    ctx = ctx or _Context()
    ctx.enter(sent)
    if not find_mechanisms(_LIGHT_MARKUP.sub("", sent.text)):
        ctx.previous.append(sent)
        return []
    clean = clean_text(sent.text, getattr(sent, "start", 0) or 0)
    found = find_mechanisms(clean.text)
    materials = _materials(clean.text)
    # a hydride the sentence introduces into another ("adding LiH to Mg(NH2)2") is not its host
    hosts = [s.host.formula for pos, s in materials if _is_host(s.host.formula)
             and not _ADDITIVE_CUE.search(clean.text[max(0, pos - 40):pos])]
    hosts = hosts or [s.host.formula for _, s in materials if _is_host(s.host.formula)]
    topic = hosts[0] if hosts else ctx.host()
    ctx.previous.append(sent)
    if not found:
        return []
    vocab = vocabulary()
    named = find_terms(clean.text, ("Strategy",))
    if _IN_SITU in find_terms(clean.text, ("SynthesisMethod",)) and _IN_SITU_PHASE in vocab \
            and any(vocab.is_a(t, _CATALYTIC) for t, _, _ in found):
        found.append((_IN_SITU_PHASE, found[0][1], found[0][2]))
    out, seen = [], set()
    start, end = getattr(sent, "start", None), getattr(sent, "end", None)
    for tid, at, _ in found:
        host, additive = topic, None
        for _pos, system in materials:              # a system written whole: 'MgH2–TiVNbZrFe'
            if system.additives and _is_host(system.host.formula):
                host, additive = system.host.formula, system.additives[0].formula
        if additive is None:
            others = [(pos, s) for pos, s in materials if s.host.formula != host and _credited(s, host)]
            before = [s for pos, s in others if pos < at]
            after = [s for pos, s in others if pos >= at]
            pick = (before[-1] if before else after[0] if after else None)
            additive = pick.host.formula if pick is not None else None
        key = (tid, host, additive)
        if key in seen:
            continue
        seen.add(key)
        out.append(MechanismClaim(
            mechanism=tid, host=host, additive=additive, strategy=_strategy(named, host, additive),
            source=SourceRef(source_id=source_id, section=getattr(sent, "section", None),
                             refs=list(getattr(sent, "refs", None) or []), start=start, end=end)))
    return out


def mechanism_claims(sentences: Iterable, source_id: str) -> list[MechanismClaim]:
    """Claims of running-text sentences (objects with .text, .start, .end, .section, .refs,
    .paragraph), in document order."""
    ctx = _Context()
    out: list[MechanismClaim] = []
    for sent in sentences:
        out.extend(claims_of_sentence(sent, source_id, ctx))
    return out
