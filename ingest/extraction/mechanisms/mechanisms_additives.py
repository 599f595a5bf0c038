"""The additive a claim credits: the material written right before or after the phrase ('Au' of 'Au acts as …'), a word
pointing back to the paragraph's sample ('the additive', 'this catalyst'), the additive a phase formed in situ came
from ('Ni2B from the Ni additive'), the sample's additive named by its kind after the phrase ('… the silica walls':
the SBA-15), one of the passage's alternatives, materials listed together ('A, B and C act as'), a nano form of the
host or a phase of it that acts ('The Mg formed in situ acts as a nucleation site'). Apart because which material
acts is decided before the strategy it is credited for.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extraction.attribution.shared_values import COUNT_OF, EACH_WORDS
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.text.challenges import find_terms
from ingest.extraction.text.mechanisms_words import (
    FORMATION_DURING,
    FORMATION_WORD,
    FORMED_DURING,
    FORMED_WORD,
    NANO,
    OWNED_NEXT,
    POINTS_BACK,
    SUBJECT,
    said_in_situ,
)
from ingest.extraction.text.sample_words import SAMPLE_NOUNS, agent_nouns
from ontology.electrode_roles import TAKEN_UP, anode_material
from ontology.elements import formula_symbols as _elements
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary

from .mechanisms_context import Context
from .mechanisms_formed import phase_name
from .mechanisms_materials import _credited, _metals, host_of_system, same_host, usually_additive, usually_catalyst
from .mechanisms_phrases import label_word

# a sentence whose subject is a method or a kind of modification, not a material
# what joins a phrase to the word it is said of: 'of', 'by', 'provided by', 'induced by', 'between' …
# (after one more word of the phrase's noun: 'the suppression of NH3 release by the additive')
_OWNER_JOIN = re.compile(r"(?:\s+[a-z]+)?\s+(?:(?:[a-z]+ed)\s+)?"
                         r"(?:of|by|from|with|between)\s+(?=[a-z])", re.I)


_JOINED_END = re.compile(r"\b(?:of|by|between|from|with)$", re.I)


_SPACE = re.compile(r"\s+")


def owner_points_back(text: str, stop: int) -> bool:
    """Is the phrase ending at ``stop`` said of a word that points back to the paragraph's sample ('the
    spillover effect of the catalyst', 'the grain refinement induced by the additive')?"""
    # (a phrase that ends on its own preposition: 'the electron transfer between the catalyst and …')
    join = _OWNER_JOIN.match(text, stop) \
        or _JOINED_END.search(text, max(0, stop - 9), stop) and _SPACE.match(text, stop)
    return bool(join) and bool(POINTS_BACK.match(text, join.end()))


# words that point back to the paragraph's sample: it, its, which, this composite, the catalysed hydride
# "The reduced diffusion distances account for …", "The weakened Mg–H bonds explain …": a sentence whose subject
# is the mechanism itself, said with a definite article, speaks of what the paragraph just made (a general
# remark names it bare: "Reduced diffusion distances generally speed up …")
_DEFINITE_OPENING = re.compile(r"\W*(?:the|these|this|such)\s+(?:[\w–-]+\s+){0,2}", re.I)


def opens_definite(text: str, at: int) -> bool:
    """Does the sentence open with the mechanism phrase at ``at``, said with a definite article?"""
    return bool(_DEFINITE_OPENING.fullmatch(text, 0, at))


# 'formed in situ from the NiCl2 additive', 'through the hydrogenation of NiCp2', 'made by the
# dehydrogenation of the ball-milled CuNi–MgH2': the material a phase formed in situ comes from
_FROM = re.compile(r"\b(?:from|(?:hydrogenation|dehydrogenation|decomposition|reduction|reaction)\s+of)"
                   r"\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def _parent_additive(material: str, sample: list[str], host: str | None, given: Iterable[str] = ()) -> str | None:
    """The one additive of the sample a material the text never added is a phase of: a hydride of that
    additive or a phase it forms with the host, made of nothing but their elements and hydrogen (V2H in a
    Mg sample made with V, 'MgCo hydrides' in one made with Co, Mg2NiH4 of MgH2 + Ni) — it formed in the
    sample whether or not the sentence says so; else None."""
    if not host or not sample or material in sample or material in given or same_host(material, host):
        return None
    els = _elements(material)
    own = els - {"H", "D"} - _elements(host)
    # (a hydride, or a phase holding an element of the host's — Mg of Mg2Ni, B of Ni2B in LiBH4 — with a metal of
    # the additive's: a part of the additive, 'Ni' of 'Ni/C', is named as the sentence names it, and a phase of
    # the host's metal with the additive's non-metal, MgO beside ZrO2, is an additive of its own)
    # (or a reduced form of one additive, made of some of its elements only, none the host's: FeO or Fe of a
    # CoFe2O4 additive, Nb of Nb2O5, Ti of TiCl3 — an oxide's, a halide's; not a metal of an alloy, the Co of CoNi,
    # a product of a hydride, the Li2B6 of LiBH4, or a part written in a joined additive's name, the Ni of 'Ni/C')
    if not own & _metals(material):
        return None
    if not ("H" in els or (_elements(host) - {"H", "D"}) & els):
        reduced = [a for a in sample if a != material and els < _elements(a) and _single_formula(a)
                   and _elements(a) - _metals(a) and not _elements(a) & {"H", "D"}]
        return reduced[0] if len(reduced) == 1 else None
    parents = [a for a in sample if a != material and own <= _elements(a)
               and els - {"H", "D"} <= _elements(a) | _elements(host)]
    return parents[0] if len(parents) == 1 else None


_ONE_FORMULA = re.compile(r"[A-Z][A-Za-z0-9.()]*")


def _single_formula(material: str) -> bool:
    """Is ``material`` one formula written whole (CoFe2O4, Nb2O5), not parts joined ('Ni/C', 'Ni@CNT', 'Fe–Ni')?"""
    return _ONE_FORMULA.fullmatch(material) is not None


def _added(additive: str | None, in_situ: bool, mentions, text: str, sample: list[str],
           host: str | None, given: Iterable[str] = (),
           formed: dict[str, tuple[int, str]] | None = None) -> tuple[str | None, str | None]:
    """(the additive the sample was made with, the phase formed in situ) for a credited material:
    a phase the sentence says formed in situ (Ni2B, TiH2, Mg2NiH4) is credited to the additive it
    came from — the one the sentence names it from, else the sample's additive holding an element of
    it the host has not (Ti of TiH2 from TiF3, F of MgF2 in MgH2 from TiF3) —
    and kept as the phase; any other material is credited as it is."""
    if additive is None:
        return additive, None
    if formed and additive in formed:      # ('CeO2 transforms into CeH2.73 …, which catalyses'): ``formed_from``
        return formed[additive][1], additive
    if not in_situ:
        parent = _parent_additive(additive, sample, host, given)
        return (parent, additive) if parent else (additive, None)
    own = _elements(additive) - {"H", "D"} - _elements(host or "")     # what the host could not give it
    if not own or additive in sample and not any(f != additive and own <= _elements(f) for f in sample):
        # ('the formation of Mg3P2 and Mg2CoH5 during the reaction is responsible for the kinetics of MgH2–Co2P',
        # 'the effects of MnP and Fe2P can be ascribed to the in-situ formation of Mg3P2, Mn and Fe'): the phases the
        # sentence says formed, credited to an additive, are that additive's, kept with the phase holding its metal
        return additive, _formed_holding(additive, text, mentions, host)
    # (a phase the paragraph named before as its own species — 'the multivalent Ti species' of Ti3C2 — is still
    # the phase of the additive that holds its elements, not an additive of its own)
    named = [f for pos, f, _ in mentions if f != additive and _credited(f, host)
             and _FROM.search(text, max(0, pos - 40), pos)]
    # the sample's additives latest first: a modifier is named after the composite it modifies
    # ('Mg(NH2)2–2LiH modified with 5 wt.% Li3AlH6'); a hydride partner of the composite last: NaMgF3 formed in
    # 2NaBH4–MgH2–TiF3 takes its F from the TiF3 added, its Mg from the composite's own MgH2
    latest = list(reversed(sample))
    # (a material the passage named before, holding a metal the candidate lacks, 'Co2P, TiP, MnP and Fe2P can
    # improve …', is its own additive, not a phase of the sample's Co2P that shares its P)
    metal = _metals(additive) - _elements(host or "") if additive in given else frozenset()
    discharged = TAKEN_UP if host and anode_material(host) else frozenset()   # (what an anode takes up on discharge)
    if metal and discharged and not any(discharged & _elements(f) for f in sample):
        # (lithium the sample holds none of, in a phase of an anode, is what the electrode took up on discharge:
        # 'the thus-formed Li2B6' of MgH2 with Mg(BH4)2 takes only its boron from an additive)
        metal -= discharged
    # (a phase takes its elements from its parent, the host and the sample's other materials: TiCl3 is no phase of
    # the Ti of 'an in situ formed Al–Ti alloy' in NaAlH4 — its Cl came from nowhere — but the additive that alloy
    # formed from)
    held = _elements(host or "") | {"H", "D"} | {e for f in sample if f != additive for e in _elements(f)} | discharged
    # (a hydride of varying hydrogen, 'NbHx', is written with its hydrogen's count as a letter: no element of its own)
    needs = frozenset(re.findall(r"[A-Z](?:[a-wy](?![a-z]))?", additive))
    for f in [*named, *[f for f in latest if "H" not in _elements(f)], *[f for f in latest if "H" in _elements(f)]]:
        if f != additive and own & _elements(f) and not (metal and not metal & _metals(f)) \
                and needs <= held | _elements(f):
            return f, additive
    return additive, _formed_holding(additive, text, mentions, host)


# ('the in-situ formation of Mg3P2, Mn and Fe'): the noun of forming after 'in situ' and the phases it names
_FORMATION_IN_SITU = re.compile(
    rf"\bin[\s-]situ\s+{FORMATION_WORD}\s+of\s+(?:the\s+)?(?:[A-Z][^\s,;]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,4}}"
    rf"[A-Z][^\s,;.]*", re.I)


# ('an in situ formed Al3Ti', 'the in-situ generated highly dispersed Al–Ti alloy'): the participle of forming after
# 'in situ', a few words describing the phase, and the phase
_IN_SITU_FORMED = re.compile(
    rf"\b(?i:in[\s-]situ)[\s-]+(?i:{FORMED_WORD})\s+(?:[a-z][\w-]*\s+){{0,3}}[A-Z][^\s,;]*")


def _formed_holding(additive: str, text: str, mentions, host: str | None) -> str | None:
    """The phase the sentence says formed in a run or the milling ('the formation of Mg3P2 and Mg2CoH5 during the
    reaction') or in situ ('an in situ formed Al3Ti') that holds a metal of ``additive`` the host has not, else None
    (a phase written by its elements, 'Al–Ti alloy', as that whole phase)."""
    said = FORMATION_DURING.search(text) or FORMED_DURING.search(text) or _FORMATION_IN_SITU.search(text) \
        or _IN_SITU_FORMED.search(text)
    own = _metals(additive) - _elements(host or "")
    return next((g for pos, f, system in mentions if said is not None and own and f != additive and f != host
                 and said.start() <= pos < said.end() and own & _metals(g := phase_name(f, system))), None)


def metal_parents(phase: str, materials: Iterable[str], host: str | None) -> list[tuple[str, str]]:
    """(additive, ``phase``) for each of ``materials``, besides the host, holding a metal of the phase formed in situ
    that the host has not."""
    own = _metals(phase) - _elements(host or "")
    return [(f, phase) for f in materials if own and f != phase and own & _elements(f)
            and not (host and same_host(f, host))]


def modifier(sample: list[str], after: list[str] = (), host: str | None = None) -> str:
    """The sample's additive a sentence that names none before its phrase credits: the one it names
    by its kind after the phrase ('… between the hydride and the silica walls': the SBA-15), else its
    catalyst or dopant before a hydride partner of the composite ('3 mol% KOH' in Mg(NH2)2–2LiH, not LiH),
    and before a phase it forms with the host's metal (the Pd of a Mg/Pd film, not its Mg6Pd)."""
    for f in after:
        kind = _of_kind(f, tuple(sample))
        if kind is not None:
            return kind
    own = _metals(host or "")
    kept = next((a for a in sample if not hydride_like(a) and not own & _metals(a)), None)
    # (a hydride the ontology knows as a catalyst, KH in Mg(NH2)2–2LiH–KH, before one it knows as the
    # composite's partner, LiH; not before a hydride of the sample it knows as neither, MgH2 beside TiH2)
    if kept is None and any(usually_additive(a) and not usually_catalyst(a) for a in sample):
        kept = next((a for a in sample if usually_catalyst(a)), None)
    if kept is None and own:
        # (a sample of phases with the host's metal only, Mg6Pd and Mg5Pd2: the metal the sentence names
        # that they hold besides the host's is what was added)
        kept = next((f for f in after if _metals(f) and any(_metals(f) <= _metals(a) - own for a in sample)), None)
    return kept or next((a for a in sample if not hydride_like(a)), sample[0])


@per_document(maxsize=1024)
def _of_kind(word: str, sample: tuple[str, ...]) -> str | None:
    """The additive of ``sample`` that ``word`` names by the kind of material it is: the word is the
    head noun of a label of the additive or of a class it belongs to ('silica' of 'mesoporous silica'
    for SBA-15, 'carbon' of 'porous carbon'); None when it names none or several."""
    vocab = vocabulary()
    term = vocab.lookup(word, "Material") or vocab.by_formula(word)
    if term is None:
        return None
    heads = {fold(label) for label in term.labels}
    found = []
    for a in sample:
        own = vocab.lookup(a, "Material") or vocab.by_formula(a)
        if own is None or own.id == term.id:
            continue
        labels = [label for t in [own.id, *vocab.ancestors(own.id)] for label in vocab.get(t).labels]
        if any(fold(label).rsplit(" ", 1)[-1] in heads for label in labels if " " in label):
            found.append(a)
    return found[0] if len(found) == 1 else None


# the sentence opens with its samples counted: 'The three studied systems', 'Both composites', 'All three samples'
_EACH_SAMPLE_SUBJECT = re.compile(rf"\W*(?:{EACH_WORDS})\s+(?:[a-z][\w-]*\s+){{0,2}}?{SAMPLE_NOUNS}(?<=s)\b", re.I)


# ('the Ti-containing agents weaken …', 'the Nb-based catalysts act as …'):
# the passage's additives named by an element they all hold, before the phrase
_BY_ELEMENT = re.compile(rf"\b([A-Z][a-z]?)[-‐–](?:containing|based|bearing)\s+(?:[a-z]+\s+)?"
                         rf"{agent_nouns('CatalystNoun', 'AdditiveNoun', 'DopantNoun', 'AgentWordNoun')}\b")


def each_alternative(text: str, at: int, ctx: Context, sample: list[str]) -> list[str]:
    """The passage's alternatives (one sample each with the host) a sentence opening with its samples counted says a
    phrase at ``at`` of, as many as it counts; else []."""
    opening = _EACH_SAMPLE_SUBJECT.match(text, 0, at)
    if opening is None:
        return []
    alternatives = [a for a in sample if a in ctx.alternatives]
    count = next((n for w, n in COUNT_OF.items() if re.search(rf"\b{w}\b", opening.group(), re.I)), None)
    return alternatives if len(alternatives) > 1 and count in (None, len(alternatives)) else []


def by_element(text: str, pos: int, at: int, sample: list[str]) -> list[str]:
    """The sample's additives holding the element a sentence names at ``pos`` as a kind of additive before the phrase
    at ``at`` ('the Ti-containing agents weaken …': TiF3 and TiCl3, each an alternative of its own); else []."""
    named = _BY_ELEMENT.match(text, pos)
    if named is None or named.end() > at:
        return []
    # (each additive of the passage's samples holding it: the alternatives, each a sample of its own, or the one)
    return [a for a in sample if named.group(1) in _elements(a)]


def listed_before(before: list[tuple[int, str]], text: str) -> list[str]:
    """The materials listed with the one nearest before a phrase ('A, B and C act as …'), nearest first."""
    out = []
    for (pos, f), (next_pos, _) in zip(reversed(before[:-1]), reversed(before[1:])):
        gap = text[pos:next_pos]
        # ('TiO2, along with graphene, buffers …', 'A together with B', 'A as well as B': acting together, each one)
        if not re.fullmatch(r"\S+(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+|,?\s+(?:along|together)\s+with\s+"
                            r"|,?\s+as\s+well\s+as\s+)(?:the\s+)?", gap) \
                and not OWNED_NEXT.fullmatch(gap):    # ('A and the B', 'A particles and the presence of B')
            break
        out.append(f)
    return out


def owner_after(text: str, end: int, mentions) -> str | None:
    """The material a strategy word is said of ('alloying of CoNi'), as its host formula; else None."""
    of = re.compile(r"\s+of\s+(?:the\s+)?").match(text, end)
    if of is None:
        return None
    for pos, f, system in mentions:
        if pos == of.end():
            return host_of_system(system) if system is not None else f
    return None


# what may stand before a sentence's subject: an article and one describing word ('The resulting')
_SUBJECT_OPENING = re.compile(r"\W*(?:(?:the|this|these|such)\s+)?(?:[a-z][\w-]*\s+)?", re.I)


def host_is_subject(text: str, mentions, host: str | None) -> bool:
    """The sentence opens with the host ('The resulting MgH2 particles have …')."""
    first = mentions[0] if mentions else None
    return first is not None and same_host(first[1], host) and bool(_SUBJECT_OPENING.fullmatch(text, 0, first[0]))


def host_form_acts(text: str, at: int, mentions, host: str | None) -> bool:
    """A nano form of the host named before the phrase at ``at`` is what acts ('The nanocrystals of
    MgH2 provide shorter diffusion paths', 'Nanosized MgH2 particles shorten …'), not an additive."""
    vocab = vocabulary()
    head = text[:at]
    for t in find_terms(head, ("Strategy",)):
        if NANO not in vocab or not vocab.is_a(t, NANO):
            continue
        for label in vocab.get(t).labels:
            for m in label_word(label).finditer(head):
                owner = owner_after(text, m.end(), mentions) or owner_next(text, m.end(), mentions)
                if owner is not None and same_host(owner, host):
                    return True
    return False


def host_product_acts(text: str, at: int, mentions, host: str | None) -> bool:
    """'The Mg formed in situ acts as a nucleation site' (MgH2 milled with Nb2O5), 'Ni formed in situ eases the
    electron transport' (a Mg2NiH4 anode): the subject before the phrase at ``at`` is made of the host's own
    elements and said formed in situ — a product of the host acts, not the sample's additive."""
    if not host or not said_in_situ(text[:at]):
        return False
    own = _elements(host) - {"H", "D"}
    return any(pos < at and SUBJECT.fullmatch(text, 0, pos) and (els := _elements(f) - {"H", "D"}) and els <= own
               for pos, f, _ in mentions)


def owner_next(text: str, end: int, mentions) -> str | None:
    """The material written right after a word ending at ``end`` ('nanosized MgO'), as its host formula."""
    gap = re.compile(r"\s+").match(text, end)
    for pos, f, system in mentions:
        if gap is not None and pos == gap.end():
            return host_of_system(system) if system is not None else f
    return None


def owner(text: str, at: int, mentions) -> str | None:
    """The material written right before position ``at``, at most one plain word between ('Au' of
    'Au metal nanoparticles'), as its host formula; None when there is none."""
    words = list(re.finditer(r"\S+", text[max(0, at - 60):at]))[-2:]
    base = max(0, at - 60)
    for k, w in enumerate(reversed(words)):
        for pos, f, system in mentions:
            if pos == base + w.start():
                return host_of_system(system) if system is not None else f
        # (a describing word may stand between, 'Au metal nanoparticles'; a grammar word may not: 'catalysis by TiF3
        # and nanoconfinement' names TiF3 beside the confinement, not a nano form of it)
        if k == 0 and (not re.fullmatch(r"[a-z]+", w.group(0)) or w.group(0) in _GRAMMAR_WORDS):
            return None
    return None


_GRAMMAR_WORDS = frozenset({"and", "or", "by", "with", "in", "of", "to", "from", "for", "as", "than", "via"})
