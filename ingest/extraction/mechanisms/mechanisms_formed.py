"""Phases formed in the sample and the kinetics they are credited with: what an additive turns into ('NbF5 reacted with
MgH2 to form NbH and MgF2', 'the Ni additive converts to Mg2Ni'), whether a sentence says a phase formed in situ or
during a run ('in situ formed Ni2B', 'the Mg2Ni formed during milling'), a catalyst named as the subject speeding up
the kinetics ('Ti accelerates the dehydrogenation'), products, the element a species holds ('the multivalent Nb
species'), a verb of replacing. Apart because a phase formed is credited to the additive it came from, not to
itself.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.material_cues import compared_before
from ingest.extraction.text.amounts import AMOUNT_OF
from ingest.extraction.text.mechanisms_words import (
    BREAKDOWN,
    CAPACITY_WORD,
    CATALYTIC_WORD,
    CAUSE_CUE,
    FORMATION_DURING,
    FORMATION_WORD,
    FORMED_DURING,
    FORMING_START,
    FORMULA_WORD,
    IN_SITU_AFTER,
    KINETICS,
    LOWERED,
    OWED_KINETICS,
    RAISED,
    SPED_UP,
    SUBJECT_NOUN,
    TEMPERATURE_WORD,
    said_in_situ,
)
from ontology.elements import TRANSITION, formula_symbols as _elements
from ontology.system import ELEMENTS_JOINED
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .mechanisms_materials import _mentions, _metals, bare_element, formed, same_host

# 'The K-containing species', 'Ti-based phases': an element standing for the sample's additive holding it
_ELEMENT_SPECIES = re.compile(r"(?=[A-Z])\b([A-Z][a-z]?)(?:-(?:containing|based|bearing|rich)\b|"
                              r"\d?\+\s*(?:cations?|ions?)\b)")


# ('the potassium-bearing intermediate': the element written by its name, the ontology's material of that name)
_ELEMENT_NAME_SPECIES = re.compile(r"\b([a-z]{3,})-(?:containing|based|bearing|rich)\b")


def element_species(text: str, stop: int) -> tuple[int, str] | None:
    """(position, element symbol) of the first word before ``stop`` saying which element a species holds ('The
    K-containing species', 'Ti-based phases', 'the potassium-bearing intermediate'): the element stands for the
    sample's additive holding it."""
    found = [(m.start(), m.group(1)) for m in _ELEMENT_SPECIES.finditer(text, 0, stop)]
    for m in _ELEMENT_NAME_SPECIES.finditer(text, 0, stop):
        term = vocabulary().lookup(m.group(1), "Material")
        # (a metal's: 'carbon-based' or 'boron-rich' names no additive by one of its elements)
        if term is not None and term.formula and bare_element(term.formula) and _metals(term.formula):
            found.append((m.start(), term.formula))
    return min(found) if found else None


# 'with lattice structures similar to MgB2', 'in comparison to Li2B12H12': a material the sentence
# likens or compares to, neither its host nor its actor
_LIKENED = gated(re.compile(r"(?=[sacim])(?:\b(?:similar|analogous|comparable|identical|isostructural)\s+to\s+"
                      r"(?:the\s+|that\s+of\s+)?$"
                      r"|\b(?:mis)?match(?:es|ed)?\s+(?:of\s+[\w.%\s]{0,20})?with\s+(?:the\s+)?$"
                      r"|\bin\s+comparison\s+(?:to|with)\s+(?:the\s+)?$)", re.I))


def products(mentions, text: str) -> set[int]:
    """Positions of the materials a sentence forms ('forming stable AlB2 and CaB6': both)."""
    out: set[int] = set()
    last = None
    for pos, _f, _ in mentions:
        if formed(text, pos) or (
               last is not None and re.fullmatch(r"\S+(?:\s*,\s*|\s+and\s+|,\s*and\s+)", text[last:pos])):
            out.add(pos)
            last = pos
        else:
            last = None
    return out


# ('Ni, ' / 'Ni and (the) ' before the next listed)
_LISTED_NEXT = re.compile(r"\S+(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?")


# (every match of SPED_UP ends with one of those words, searched for alone first, with the same flags: literals are
# found at a fraction of the cost of the verbs' alternation tried at every word, and many sentences write none)
# (the words' beginnings, looked for in the lower-cased sentence as plain substrings: cheaper than an alternation
# tried at every position of every sentence)
_KINETICS_STEMS = tuple(sorted({w.removesuffix("*").lower() for w in vocabulary().scheme_words(
    "CycledProcessNoun", "ReleaseRun") + vocabulary().scheme_words("CycledProcessNoun", "UptakeRun")
    + vocabulary().scheme_words("CycledProcessNoun", "SorptionRun") + BREAKDOWN} | {"kinetics"}))


@per_document(maxsize=256)   # (asked of one sentence for each additive and host a claim weighs)
def says_kinetics(low: str) -> bool:
    return any(w in low for w in _KINETICS_STEMS)


_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(\(?[A-Z][A-Za-z0-9()]*)" + SUBJECT_NOUN + r"\s+$")


# (the runs sped up may be named with the host's formula: 'improves MgH2 conversion process kinetics')
# (an adverb and 'not only' may come between: 'enhances kinetically not only the dehydrogenation, but also …')
_CATALYST_SPED_UP = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('SpeedingStem',))}\s+"
                               r"(?:[a-z]+ly\s+)?(?:not\s+only\s+)?(?:the\s+)?"
                               rf"(?:[\w/()-]+\s+){{0,3}}?(?:(?:of|in)\s+(?:the\s+)?)?{KINETICS}\b", re.I)


# ('the addition of titanium species enhances …'): the subject's metal written by its name, before a noun of
# SUBJECT_NOUN
_NAMED_SUBJECT_BEFORE = re.compile(r"\b([a-z]{3,})" + SUBJECT_NOUN + r"\s+$")


def _subject_metals(text: str, start: int) -> frozenset[str]:
    """The metals of the additive named as the subject right before ``start``, by its formula or by an element's name
    before a noun ('the TiCl3 particles', 'titanium species'); empty where there is none."""
    subject = _SUBJECT_BEFORE.search(text, max(0, start - 40), start)
    if subject is not None:
        return frozenset() if subject.group(1)[:1].isdigit() else frozenset(_metals(subject.group(1)))
    named = _NAMED_SUBJECT_BEFORE.search(text, max(0, start - 40), start)
    term = vocabulary().lookup(named.group(1), "Material") if named is not None else None
    return frozenset(_metals(term.formula)) if term is not None and term.formula and bare_element(term.formula) \
        else frozenset()


def catalyst_sped_up(text: str) -> re.Match[str] | None:
    """The phrase of a transition-metal additive, named as the subject, speeding up the kinetics; else None."""
    for m in _CATALYST_SPED_UP.finditer(text):
        if _subject_metals(text, m.start()) & TRANSITION:
            return m
    return None


# 'The Ti catalyst can reduce the dehydrogenation temperature of NaAlH4', 'As a catalyst, Nb2O5 markedly lowers the
# activation energy', 'this bimetallic catalyst accelerates the hydrogen release': a subject the sentence itself calls a
# catalyst, credited with bringing down a barrier of the host's hydrogen reaction (the ontology's KineticBarrierNoun)
# or speeding it up — that additive's catalytic effect, whatever it is made of (an additive that only lowers a value,
# named with no catalytic word, 'adding LiI lowers the transition temperature', is credited with nothing: the review's
# and the open pools' reading; tests/devset/README.md)
_CATALYST_WORD = r"(?:co-?)?cataly(?:st|zer|ser)s?"


_CALLED_CATALYST = re.compile(
    r"(?:(?<![\w-])(?i:the|this|that|these|those|such|its|their|our)\s+(?:[\w()/@.+-]+\s+){0,3}?" + _CATALYST_WORD
    + r"|(?<![\w-])\(?[A-Z][\w()/@.+-]*\s+(?:[a-z-]+\s+)?" + _CATALYST_WORD
    + r"|\b[Aa]s\s+an?\s+(?:[a-z-]+\s+)?catalysts?\s*,\s*(?:the\s+)?\(?[A-Z][\w()/@.+-]*)"
    # (a modal or adverbs between the subject and its verb: 'can markedly reduce', 'also further lowers')
    + r"(?:\s+(?:can|could|may|might|will|would|also|further|both|[a-z]+ly))*\s+$")


_CATALYST_LOWERED = re.compile(
    rf"\b{vocabulary().scheme_alternation('EffectVerb', ('LoweringStem',))}\s+(?:not\s+only\s+)?(?:the\s+)?"
    rf"(?:[\w/()-]+\s+){{0,3}}?{vocabulary().scheme_alternation('KineticBarrierNoun')}", re.I)


_CATALYST_GAP = 90       # at most this many characters of subject (and its modal and adverbs) before the verb


def called_catalyst_acts(text: str) -> re.Match[str] | None:
    """The phrase of a subject the sentence calls a catalyst lowering a barrier of the host's hydrogen reaction or
    speeding it up; else None."""
    for m in [*_CATALYST_LOWERED.finditer(text), *_CATALYST_SPED_UP.finditer(text)]:
        if _CALLED_CATALYST.search(text, max(0, m.start() - _CATALYST_GAP), m.start()):
            return m
    return None


# ('the reaction of LiNH2/LiH was accelerated by adding 1 mol% of Ti species', 'the decomposition of LiAlH4 is promoted
# by TiCl3'): the host's run made faster by an agent named after 'by' — the passive of _CATALYST_SPED_UP, whose agent is
# the transition-metal additive that catalyses it (a run word, or 'reaction', before the verb; the verb's participle)
_RUN_OR_REACTION = rf"(?:{KINETICS}|{vocabulary().scheme_alternation('RunGerund', ('ReactionRun',))})"


_SPED_BY = re.compile(rf"(?i:\b{_RUN_OR_REACTION}\b[^.;:,]{{0,60}}?\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?"
                      rf"{vocabulary().scheme_alternation('EffectVerb', ('SpeedingStem',))})(?=\s+by\s)")


_AGENT_FORMULA = re.compile(rf"\s+by\s+(?i:(?:adding|doping\s+with|introducing|the\s+addition\s+of|addition\s+of)\s+)?"
                            rf"(?i:(?:either|both)\s+)?(?i:{AMOUNT_OF})?(?:the\s+)?(\(?[A-Z][A-Za-z0-9()]*)")


def sped_by_catalyst(text: str) -> re.Match[str] | None:
    """The passive phrase of the host's run sped up by a transition-metal additive named after 'by'; else None."""
    for m in _SPED_BY.finditer(text):
        agent = _AGENT_FORMULA.match(text, m.end())
        if agent is not None and (metals := _metals(agent.group(1))) and metals & TRANSITION:
            return m
    return None


# 'the formation of NbH and LiF facilitates …', 'the generation of TiH2 and MgF2 accelerates …': the noun of forming and
# the phases it names as the subject of the verb right after them — phases said to form in the sample, with no run
# or 'in situ' written
_FORMATION_SUBJECT = re.compile(
    rf"\b{FORMATION_WORD}\s+of\s+(?:the\s+)?(?:[A-Z][^\s,;]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,3}}[A-Z][^\s,;]*"
    rf"(?:\s+(?:phases?|species|particles|nanoparticles))?\s+$")


# a kinetics noun before a cue, with no other clause between them: what the cue credits
_KINETICS_CREDITED = re.compile(rf"\b{KINETICS}\b[^.;:]{{0,60}}$", re.I)


# right after the cue, the forming of the phase credited, in a run ('the formation of TiH2 during milling')
_OWED_FORMATION = re.compile(rf"\s*(?:the\s+)?(?={FORMATION_WORD}\s+of\b){FORMATION_DURING.pattern}")


# right after the cue: the phase credited and the participle saying it formed in a run ('the Mg2Ni formed during
# milling', 'the Al3Ti phase formed during cycling'), at most a noun of its form between them
_PHASE_THEN_FORMED = re.compile(r"\s*(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?[A-Z][^\s,;]*"
                                r"(?:\s+(?:phases?|species|particles|nanoparticles|clusters|grains))?\s+(?=\S)")


def owed_to_formed(text: str) -> re.Match[str] | None:
    """The participle of a phase formed in a run or in situ that a sentence credits its kinetics to, after a cue
    ('The enhanced kinetics are ascribed to the Mg2Ni formed during milling'): the in-situ catalytic phase, named by
    no label. The kinetics must be what the cue credits (named before it in its clause) and the phase the first
    thing named after it, a phase of a transition metal: 'the kinetics are slow because of the oxide' names no phase
    formed, 'due to the MgO formed during milling' no catalyst."""
    cue = CAUSE_CUE.search(text)
    if cue is None or not _KINETICS_CREDITED.search(text, 0, cue.start()):
        return None
    # (or its forming, named by the noun of forming with the run it formed in: 'ascribed to the formation of Mg2Ni
    # during milling' — the same phase credited, said the other way round)
    if (formation := _OWED_FORMATION.match(text, cue.end())) is not None:
        return formation if _transition_phase(text, cue.end(), formation.end()) else None
    phase = _PHASE_THEN_FORMED.match(text, cue.end())
    if phase is None or not _transition_phase(text, cue.end(), phase.end()):
        return None
    return FORMED_DURING.match(text, phase.end()) or IN_SITU_AFTER.match(text, phase.end())


def _transition_phase(text: str, start: int, end: int) -> bool:
    """Does the text name, between ``start`` and ``end``, a phase of a transition metal, which in-situ catalysts are?
    ('the MgO formed during milling' is the host's own, no catalyst)"""
    return any(_metals(f) & TRANSITION for p, f, _ in _mentions(text) if start <= p < end)


def clauses_of(text: str, found) -> str:
    """The part of ``text`` between the semicolons around the phrases ``found`` (start, end at [1], [2]), where that
    part names its own actor (a formula before the first phrase); else the whole text ('TiH2 is formed during
    milling; it weakens …': the clause points back)."""
    if ";" not in text or not found:
        return text
    first = min(f[1] for f in found)
    start = text.rfind(";", 0, first) + 1
    end = text.find(";", max(f[2] for f in found))
    if not FORMULA_WORD.search(text, start, first):
        return text
    return text[start:end if end >= 0 else len(text)]


def said_formed(text: str, at: int) -> bool:
    """The sentence says, before ``at``, that a phase formed in situ, during a run or milling, or from an additive
    named before it, or names the forming of phases as the subject of what happens at ``at``."""
    head = text[:at]
    return formed_before(head) or bool(_FORMATION_SUBJECT.search(head))


def formed_before(head: str) -> bool:
    """Does ``head`` say a phase formed in situ, during a run or milling, or from an additive named before it?"""
    # (a phase formed from an additive is said with a verb of forming: a head with none is not read for its materials)
    return said_in_situ(head) or bool(FORMING_START.search(head)) and bool(formed_from(_mentions(head), head, None))


_FORMING_WORD = re.compile(rf"\b{vocabulary().scheme_alternation('PhaseFormingVerb')}\b", re.I)


_FORMING_SPAN = 120       # at most this many characters from the additive to the phase it turns into


_ALLOYED = re.compile(r"([A-Z][a-z]?)\(([A-Z][a-z]?)\)")   # a metal with another alloyed into it ('Mg(Co)')


def phase_name(f: str, system) -> str:
    """The phase a mention names: a phase written by its elements, 'a ternary Mg–Ni–B alloy', is that whole phase,
    not its first metal; 'a Mg–Co alloy', read as the alloy 'Mg(Co)', is its two elements."""
    alloyed = _ALLOYED.fullmatch(system.text) if system is not None and system.additives else None
    return system.text if system is not None and system.additives and ELEMENTS_JOINED.fullmatch(system.text) \
        else "–".join(alloyed.groups()) if alloyed else f


def formed_from(mentions, text: str, host: str | None) -> dict[str, tuple[int, str]]:
    """The phases a sentence says an additive turns into in the sample ('NbF5 reacted with MgH2 to form NbH and
    MgF2', 'TiO2 was reduced to Ti2O3', 'the Ni additive converts to Mg2Ni'): {phase: (where it is named as the
    product, the additive it came from)} — a product (``products``) holding an element the host lacks, named
    after a material of the sentence that holds that element, with a verb of the ontology's PhaseFormingVerb
    between them. A product of the host alone (LiH of LiBH4) or of no named material has no parent, and the
    additive in another state of hydrogen ('TiH2 … decomposes into TiH and Ti') is that additive, no new phase."""
    made = products(mentions, text)
    out: dict[str, tuple[int, str]] = {}
    for pos, f, system in mentions:
        f = phase_name(f, system)
        if pos not in made or f in out or host is not None and same_host(f, host):
            continue
        own = _elements(f) - {"H", "D"} - _elements(host or "")
        if not own:
            continue
        partner = None
        for p0, g, _ in reversed([m for m in mentions if m[0] < pos]):
            if p0 in made or g == f or host is not None and same_host(g, host) or pos - p0 > _FORMING_SPAN:
                continue
            hydrided = _elements(f) - {"H", "D"} == _elements(g) - {"H", "D"} and "H" in _elements(f) | _elements(g)
            if own & _elements(g) and _FORMING_WORD.search(text, p0, pos) and not hydrided:
                if _REACTED_WITH.search(text, max(0, p0 - 80), p0):
                    # ('KOH reacts with Mg(NH2)2 and LiH to form … Li2K(NH2)3': what the additive reacts with is the
                    # sample it reacts in; the phase is the additive's, the subject of the reaction, when one is named)
                    partner = partner or (pos, g)
                    continue
                out[f] = (pos, g)
                break
        if f not in out and partner is not None:
            out[f] = partner
    return out


# the partners a material reacts with, after the verb: 'reacts with Mg(NH2)2 and ', 'react with the host, '
_REACTED_WITH = re.compile(r"\breact\w*\s+with\s+(?:the\s+)?(?:[^\s,;.]+(?:\s*,\s*|\s+and\s+))?$", re.I)


# a clause opening the sentence with what its subject is likened to ('Like anatase TiO2 photocatalysts, SrTiO3 shows a
# catalytic effect', 'Therefore, just like TiF3, the CeF3 …'): the material compared is no actor. Only at the
# sentence's start or after a connective adverb: 'additives like TiO2 improve …' names examples, which do act
_LIKE_OPENING = re.compile(r"(?:^\W*|\b(?i:therefore|thus|hence|moreover|however|similarly|interestingly),?\s+|;\s*)"
                           r"(?i:just\s+|much\s+)?(?i:un)?(?i:like)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


@per_document(maxsize=256)   # (a mention is asked about again for each host a later sentence looks for)
def compared(text: str, pos: int) -> bool:
    return bool(_LIKENED.search(text, max(0, pos - 40), pos) or compared_before(text, pos)
                or "ike" in text[max(0, pos - 40):pos] and _LIKE_OPENING.search(text, max(0, pos - 60), pos))


_SUBSTITUTED = re.compile(r"\b(?:substitut\w*|replac(?:e|es|ed|ing)|replacement\s+of)\b[^;:]*$", re.I)


_REPLACE_WORD = gated(re.compile(r"(?=[sr])(?:substitut|replac)", re.I))


@per_document(maxsize=256)   # (a mention is asked about again for each host a later sentence looks for)
def replaced_before(text: str, pos: int) -> bool:
    """A verb of replacing stands before ``pos`` in its clause (``_SUBSTITUTED``); most sentences hold
    none, which one scan of the sentence tells before the clause is read back from every mention."""
    return bool(_REPLACE_WORD.search(text, 0, pos)) and bool(_SUBSTITUTED.search(text, 0, pos)) \
        and not _PART_OF.search(text, max(0, pos - 40), pos)


# 'substitution of BH4- by I- stabilizes the hexagonal phase of LiBH4': the hydride a phase, lattice or
# bond belongs to is the host the sentence speaks of, whatever was replaced before it
_PART_OF = re.compile(r"\b(?:phases?|polymorphs?|lattice|structure|bonds?|framework)\s+(?:in|of)\s+"
                      r"(?:the\s+|pure\s+|pristine\s+)?$", re.I)


def sped_by_formed_phase(text: str, low: str) -> tuple[re.Match | None, bool]:
    """The phrase crediting a phase formed in situ (or that an additive turned into) with faster kinetics, a lower
    temperature or a higher capacity — the in-situ catalytic phase, named by no label — and whether forming is said
    only by its noun as the subject."""
    # a phase the sentence says formed in situ, or that an additive turned into, credited with faster kinetics ('the in
    # situ formed TiH2 improves the dehydrogenation kinetics'): the in-situ catalytic phase, named by no label
    sped = (SPED_UP.search(text) or OWED_KINETICS.search(text)) if says_kinetics(low) else None
    sped = sped if sped is not None and said_formed(text, sped.start()) else None
    # (forming said only by its noun as the subject, 'the formation of TiH2 and MgF2 accelerates …': a phase an
    # additive turned into, credited to it below; the host's own products, 'the formation of LiH and Al', no catalyst)
    formation_only = sped is not None and not formed_before(text[:sped.start()])
    if sped is None and says_kinetics(low):
        # (or the kinetics credited to it after a cue: 'the enhanced kinetics are ascribed to the Mg2Ni formed during
        # milling', 'fast kinetics, owing to the Al3Ti phase formed during cycling')
        sped = owed_to_formed(text)
    if sped is None and TEMPERATURE_WORD.search(text):
        # (a temperature brought down only by a phase said to form in situ: a product a decomposition forms, 'LiBH4
        # decomposes to form LiH …, and Ni lowers the onset', is no catalyst)
        sped = LOWERED.search(text)
        sped = sped if sped is not None and said_in_situ(text[:sped.start()]) else None
    if sped is None and CAPACITY_WORD.search(text):
        # (or raises its capacity: 'Ni forms Mg2Ni, whose presence raises the reversible capacity', 'the in situ formed
        # Mg2Ni increases the hydrogen capacity'; a phase formed from an additive, as for the kinetics)
        sped = RAISED.search(text)
        sped = sped if sped is not None and said_formed(text, sped.start()) else None
    return sped, formation_only


def catalyst_credited(text: str, low: str) -> re.Match | None:
    """A phrase saying a catalyst acts without naming a mechanism ('sped up by the catalyst', 'X acts as a
    catalyst'): the catalytic effect, where nothing else is credited."""
    catalysed = catalyst_sped_up(text) if says_kinetics(low) else None
    if catalysed is None and CATALYTIC_WORD.search(text):
        catalysed = called_catalyst_acts(text)
    if catalysed is None and " by " in text:
        catalysed = sped_by_catalyst(text)
    return catalysed
