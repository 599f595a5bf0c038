"""Samples a sentence names by description instead of by formula.

Papers name a sample once by its composition and then by what sets it apart: "the doped composite",
"the undoped composite", "the Ni-containing material", "the carbon composite", "the LiI-substituted
electrolyte", "upon confinement in CMK-3", "… to 98 kJ/mol with TiCl3". Such a phrase means one of
the samples the passage named before — not simply the last one: the one whose additives fit what
the phrase says (the additive it names, the ontology class of that additive, doped or undoped, in a
scaffold or not).

The samples a passage named are kept per section (``Context.in_passage.seen``), never across one. The words
here are English (how a sample is referred to); what the materials are and which class they belong
to comes from the ontology.

A demonstrative and the noun of a kind ('this alloy', 'such an interface') point back to the last thing of that
kind the passage named (``pointed_kind``, at the end).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ingest.extraction.samples.samples_additives import prefix_additive
from ingest.extraction.samples.samples_context import _REPLACING
from ingest.extraction.samples.samples_systems import (
    _amount,
    _with,
    bare_sample,
    has_hydrogen,
    in_place_of_its_part,
    named_members,
    plus_additive,
    sample_without,
    unfilled_sample,
)
from ingest.extraction.samples.scaffold_held import held_in_named_scaffold
from ingest.extraction.samples.support_names import named_support
from ingest.extraction.text.amounts import AMOUNT_GROUPS, AMOUNT_OF, fraction
from ingest.extraction.text.comparison_words import COMPARED_WITH, CONTRAST_CONJUNCTION, THAT_OF, comparison
from ingest.extraction.text.copula import BE
from ingest.extraction.text.lacking import FREE_WORD, LACKING_ADDED, LACKING_NAMED, says_lacking
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.preparation_words import (
    CATALYSED,
    MILLED,
    MODIFYING_NOUN,
    PUT_INTO_SAMPLE,
    RECEIVING,
    SCAFFOLDED,
)
from ingest.extraction.text.sample_words import ALLOY_NOUNS, SAMPLE_NOUNS, SEVERAL_NOUNS, UNMODIFIED_WORDS
from ingest.extraction.text.samples_words import AMOUNT_BEFORE, PREFIX, SPELLED_OUT
from ingest.extraction.values.value_lists import CONTRAST_CLAUSE
from ontology.elements import formula_symbols
from ontology.formula import is_element_symbol
from ontology.hosts import storage_alloy
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES
from ontology.system import HYDRIDE_ROOT, host_formula, storage_hydride
from ontology.text_memo import per_document
from ontology.units import DURATION_WRITTEN, TEMPERATURE_WRITTEN
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import Gated, gated

_FUNCTION = r"(?!(?:of|in|into|for|and|or|with|to|by|at|on|than|from|is|was|were|are|be|been|as|that|which)\b)"
# "the doped composite", "this Ni-containing material", "the LiI-substituted electrolyte", "the composite"
# ("the 10 wt% Ni sample", "the 5 mol% sample": a loading names the sample of the passage added so)
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_DESCRIBED = re.compile(rf"(?=[tio])\b(?:the|this|that|these|those|its|their|our)\s+"
                        rf"(?:{AMOUNT_GROUPS}\s+)?"
                        # ("the 10 wt% TiVO3.5-containing sample": a decimal count after an element symbol is in
                        # the word)
                        rf"(?P<words>(?:{_FUNCTION}(?:[\w·–-]|(?<=[A-Za-z]\d)\.(?=\d))+\s+){{0,3}}?)"
                        rf"{SAMPLE_NOUNS}\b", re.I)
# "for 3 min milled composite", "of 10 h ball-milled sample": a milling time may stand for the article, the sample
# named by how long it was milled
_MILLED_FOR = re.compile(rf"(?=[fo])\b(?:for|of)\s+"
                         rf"(?=\d+(?:\.\d+)?\s*{DURATION_WRITTEN}\s+(?:co-?)?(?:ball[- ])?{MILLED}\s)"
                         rf"(?P<words>\S+\s+\S+\s+\S+\s+){SAMPLE_NOUNS}\b", re.I)
# "upon confinement in CMK-3", "after the addition of NbF5", "on doping with Ti": the material named after
# the action is what sets the sample apart (the mention must follow within a few words)
_ACTION = re.compile(r"(?=[uaobwftv])\b(?:upon|after|on|by|with|following|through|via)\s+(?:the\s+)?"
                     rf"(?:nano)?{MODIFYING_NOUN}\s+(?:in(?:to|side)?|within|of|with|on(?:to)?|by)\s+"
                     # (a material named by its code after its name in words: 'in Santa Barbara Amorphous-15 (SBA-15)')
                     rf"(?:the\s+|an?\s+)?(?:{AMOUNT_OF})?(?-i:{SPELLED_OUT})?$", re.I)
# "In contrast, nanoconfinement into the high surface area carbon aerogel maintains 70 % …", "Doping with a
# little TiF3 lowers …": the action that sets the sample apart, as the subject of its clause (opening the
# sentence or the clause after a comma), with up to four words describing what it puts in
_OPENS_CLAUSE = rf"(?:^|[,;:])\s*(?:{CONTRAST_CONJUNCTION}\s+)?(?:(?:the|its|their)\s+)?(?:nano)?"
_SUBJECT_ACTION = re.compile(rf"{_OPENS_CLAUSE}{MODIFYING_NOUN}\s+"
                             r"(?:in(?:to|side)?|within|of|with|on(?:to)?|by)\s+(?:the\s+|an?\s+)?"
                             rf"(?:{AMOUNT_OF})?(?:[a-z][\w-]*\s+){{0,4}}$", re.I)
MODIFYING_START = gated(re.compile(rf"{_OPENS_CLAUSE}{MODIFYING_NOUN}\s", re.I))
# "With TiCl3, the first step ends at …": an additive fronted before a clause naming no sample
_FRONTED_WITH = re.compile(r"\W*with\s+(?:the\s+|an?\s+)?"
                           rf"(?:{AMOUNT_OF})?", re.I)
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_ACTION_START = re.compile(r"(?=[uaobwftv])\b(?:upon|after|on|by|with|following|through|via)\s", re.I)
# "… to 98 kJ/mol with TiCl3", "… 5.1 wt% with 5 mol% Nb2O5,": an additive named right after a value,
# ending its clause
_WITH = re.compile(rf"\s*,?\s*with\s+(?:the\s+|an?\s+)?(?:{AMOUNT_OF})?")
_ACTION_NOUN = re.compile(r"(?:\s+(?:addition|doping|loading|incorporation|"
                          r"as\s+(?:the\s+|an?\s+)?(?:catalyst|additive|dopant)))?", re.I)
_CLAUSE_END = re.compile(rf"\s*(?:[,.;:)]|$|\b(?:{COMPARED_WITH}|and|{CONTRAST_CONJUNCTION}|respectively|compared"
                         r"|than)\b)", re.I)
# words before the phrase that make it the reference of a comparison, not the subject
_COMPARED = comparison(rf"{THAT_OF}?\s+$")
# between a value and the phrase naming its sample
# ("… of 72 kJ/mol was obtained for the eutectic": a passive verb of finding between them)
_FOR_GAP = re.compile(rf"\s*,?\s*(?:{BE}\s+(?:obtained|found|measured|determined|observed|calculated|"
                      r"achieved|reached|recorded)\s+(?=for\b))?(?:(?:for|of|in|by|on|from)\s+)?")
# "at 120 °C", "at 393 K", "at room temperature": the temperature a value was measured at, right after it
_MEASURED_AT = re.compile(rf"\s+at\s+(?:room\s+temperature|[-−]?\d+(?:\.\d+)?\s*{TEMPERATURE_WRITTEN})")
# the clause a subject reaches no further than
_CLAUSE_BREAK = re.compile(rf";|\b(?:{COMPARED_WITH}|{CONTRAST_CONJUNCTION}|unlike|compared|than)\b", re.I)

# words that say the sample is the unmodified one (not "milled"/"as-milled": "the milled composite" is
# the composite as made)
_BARE = re.compile(UNMODIFIED_WORDS, re.I)
# "the milled composite", "the as-milled mixture": the sample as made, not the unmodified one ("milled MgH2" is)
_AS_MADE = re.compile(rf"\b(?:as-|ball[- ])?milled\s+{SAMPLE_NOUNS}\b", re.I)
# (the participles: the ontology's ScaffoldedParticiple and CatalysedParticiple)
_SCAFFOLDED = re.compile(rf"(?:nano)?{SCAFFOLDED}", re.I)
_CATALYSED = re.compile(rf"(?:co-?)?{CATALYSED}", re.I)
# "co-doped", "co-catalysed": a sample made with two additives or more (of two samples, the one with more)
_CODOPED = re.compile(rf"co-?{CATALYSED}", re.I)
# "uncoated", "un-doped", "non-confined": a bare word made of a participle, the act the sample was not put through
_UNMADE = re.compile(r"(?:un|non)-?(?P<act>[a-z]+ed)", re.I)
# "Ti-only", "Nb2O5-alone": the sample with that additive and no other
_ALONE = re.compile(r"(?P<add>[A-Z][\w()·]*)[-‐](?:only|alone)", re.I)


def as_made(phrase: str) -> bool:
    """Does a phrase a baseline word matched name the sample as made ("the milled composite")?"""
    return bool(_AS_MADE.search(phrase))


@dataclass(frozen=True)
class Reference:
    """A phrase naming a sample by description, and what it says of that sample."""

    start: int
    end: int
    bare: bool = False                       # "undoped", "pristine", "bulk"
    additive: MaterialSystem | None = None   # the material it names ("Ni-containing", "in CMK-3", "with TiCl3")
    klass: str | None = None                 # a word naming a class of additive ("carbon", "oxide")
    scaffold: bool = False                   # "confined", "infiltrated"
    catalysed: bool = False                  # "doped", "catalysed"
    aside: bool = False                      # "(doped)", "without it": said of the value before it only, no subject
    joins: bool = False                      # "… with X", "upon confinement in X": X may join the passage's sample
    word: str | None = None                  # the class word as written ("carbon", "silica")
    loading: tuple[float, str] | None = None  # "the 10 wt% Ni sample": (10.0, "wt%")
    lacks: MaterialSystem | None = None      # "the composite without graphite": the additive it was made without
    several: bool = False                    # "the composite", "the eutectic": a noun naming a sample of several parts
    alone: bool = False                      # "the Ti-only sample": the one with that additive and no other
    codoped: bool = False                    # "the co-doped sample", "the Ce co-doped one": the one with two or more
    unmade: str | None = None                # "uncoated": the act a bare word says the sample was not put through


@per_document(maxsize=2048)
def _material_word(word: str) -> str | None:
    """The ontology Material term a lower-case word names ("carbon", "oxide", "nickel"), else None."""
    if not word.islower() or len(word) < 4:
        return None
    term = vocabulary().lookup(word, "Material")
    return term.id if term is not None else None


@lru_cache(maxsize=2048)
def _class_words(term: str) -> frozenset[str]:
    """The words of the labels of a material term and of the classes above it ('carbon' for CMK-3, a
    carbon support; 'silica' for SBA-15; 'oxide' for Nb2O5)."""
    vocab = vocabulary()
    words: set[str] = set()
    for t in (term, *vocab.ancestors(term)):
        if t == "AdditiveMaterial" or t not in vocab:
            continue
        x = vocab.get(t)
        for label in (x.label, *x.alt_labels):
            words.update(fold(label).split())
    return frozenset(words)


@per_document(maxsize=1024)
def hydride_word(word: str) -> bool:
    """Does a lower-case word name a class of hydrides in the ontology ("hydride", "borohydride", "alanate",
    "amide")? Such a word names the passage's host, as "the composite" names its sample."""
    if not word.islower():
        return False
    term = vocabulary().lookup(word, "Material")
    return term is not None and (term.id == HYDRIDE_ROOT or vocabulary().is_a(term.id, HYDRIDE_ROOT))


# "the doped hydride", "the nanoconfined borohydride", "this Ti-catalysed alanate": the words before a hydride
# class noun that say how the sample was made
_BEFORE_CLASS_NOUN = re.compile(rf"(?=[tio])\b(?:the|this|that|these|those|its|their|our)\s+"
                                rf"(?P<words>(?:{_FUNCTION}[\w·–-]+\s+){{1,3}}?)$", re.I)


def _described(words: str, start: int, end: int) -> Reference | None:
    bare = additive = klass = word = lacks = unmade = None
    scaffold = catalysed = alone = codoped = False
    for w in words.split():
        prefix = PREFIX.fullmatch(w)
        only = _ALONE.fullmatch(w)
        codoped = codoped or bool(_CODOPED.fullmatch(w) or prefix and _CODOPED.search(prefix.group(0)))
        if only and (named := prefix_additive(only.group("add"))) is not None and not has_hydrogen(named):
            additive, alone = named, True
            continue
        if _BARE.fullmatch(w):
            bare = True
            unmade = _UNMADE.fullmatch(w)
            # "the graphene-free sample": the sample without that additive (its other additives kept)
            lacked = free_of(w)
            lacks = lacked if lacked is not None and not has_hydrogen(lacked) else lacks
        elif prefix:
            additive = prefix_additive(prefix.group("add"))
            if additive is None:
                klass = _material_word(prefix.group("add"))   # "oxide-doped", "carbon-coated"
                word = prefix.group("add")
            if additive is not None and has_hydrogen(additive) and not _additive_hydride(additive):
                return None  # "the MgH2-based electrode": the host itself
            scaffold = scaffold or bool(prefix.group("placed"))
            catalysed = catalysed or not prefix.group("placed")
        elif _SCAFFOLDED.fullmatch(w):
            scaffold = True
        elif _CATALYSED.fullmatch(w):
            catalysed = True
        elif re.search(r"[A-Z]\w*\d|\d[A-Z]|^[A-Z][a-z]?$", w):
            named = prefix_additive(w)
            if named is None or has_hydrogen(named) or storage_hydride(named.host.formula) is not None:
                return None  # "the 2LiBH4–MgH2 composite", "the Nd4Mg80Ni8 electrode": the host, named by formula
            additive = named   # "the CMK-3 composite", "the TiO2 sample": named by what was put in
        elif (term := _material_word(w)) is not None:
            klass, word = term, w
    return Reference(start, end, bool(bare), additive, klass, scaffold, catalysed, word=word, lacks=lacks,
                     alone=alone, codoped=codoped, unmade=unmade.group("act") if unmade else None)


def _additive_hydride(named: MaterialSystem) -> bool:
    """'the RbH-containing composite', 'the TiH2-doped sample': a hydride the ontology gives a usual role as another
    hydride's additive (a catalyst, a destabilizing partner) names that additive; one it gives none (MgH2, LiBH4) is
    a host, and names the host itself."""
    term = vocabulary().by_formula(named.host.formula)
    return term is not None and term.usual_role is not None


def free_of(word: str) -> MaterialSystem | None:
    """The material a word 'X-free' says a sample lacks ("graphene-free", "Nb2O5-free"), else None (a class,
    "additive-free", "catalyst-free", names no one material: the sample is the bare one)."""
    free = FREE_WORD.fullmatch(word)
    return prefix_additive(free.group("add")) if free is not None else None


# "… to 70 kJ/mol (doped)", "(undoped sample)": a word in brackets after a value naming whose it is
_BRACKETED = re.compile(rf"\(\s*(?:the\s+)?(?P<words>[\w·–-]+\s*?)(?:\s+{SAMPLE_NOUNS})?\s*\)", re.I)


# "… against 160 kJ/mol without it", "… without the catalyst": the sample before the addition
_WITHOUT = re.compile(rf"\b{LACKING_ADDED}", re.I)


def references(text: str, ms: list[Mention]) -> list[Reference]:
    """The phrases of a sentence that name a sample by description, in order."""
    out: list[Reference] = [Reference(m.start(), m.end(), bare=True, aside=True) for m in _WITHOUT.finditer(text)] \
        if says_lacking(text) else []
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            w = m.group("words").strip()
            if _BARE.fullmatch(w) or _CATALYSED.fullmatch(w) or _SCAFFOLDED.fullmatch(w) or PREFIX.fullmatch(w):
                r = _described(w, m.start(), m.end())
                if r is not None:
                    out.append(replace(r, aside=True))
    if " the " in text or " this " in text or text[:4].lower() in ("the ", "this") or "its " in text \
            or "illed " in text:
        lacking = says_lacking(text)
        found = [*_DESCRIBED.finditer(text), *_MILLED_FOR.finditer(text)]
        for m in sorted(found, key=lambda m: m.start()):
            r = _described(m.group("words"), m.start(), m.end())
            if r is not None and m.re is _DESCRIBED and m.group("value"):
                # (a loading with its additive names the whole sample: it may join the passage's host)
                r = replace(r, loading=(float(m.group("value")), f"{fraction(m.group('unit'))}%"),
                            joins=r.additive is not None)
            if r is not None and SEVERAL_NOUNS.fullmatch(m.group(0).rsplit(None, 1)[-1]):
                r = replace(r, several=True)
            if r is not None and lacking:
                r = _lacking(text, r, ms)
            if r is not None and not _COMPARED.search(text, max(0, m.start() - 40), m.start()):
                out.append(r)
    for x in ms:
        # "the doped hydride", "the confined borohydride": a hydride class noun named with how it was made
        if x.kind != "Material" or not hydride_word(x.text):
            continue
        d = _BEFORE_CLASS_NOUN.search(text, max(0, x.start - 60), x.start)
        r = _described(d.group("words"), d.start(), x.end) if d is not None else None
        if r is not None and (r.bare or r.catalysed or r.scaffold or r.additive is not None) \
                and not _COMPARED.search(text, max(0, d.start() - 40), d.start()) \
                and not any(o.start <= r.start < o.end for o in out):
            out.append(r)
    fronted = MODIFYING_START.search(text)
    if _ACTION_START.search(text) or fronted:
        for x in ms:
            if x.kind not in (SYSTEM_LABEL, "Material"):
                continue
            # (further back before a code in brackets, which its name in words may precede)
            act = _ACTION.search(text, max(0, x.start - (120 if text[x.start - 1:x.start] == "(" else 60)), x.start) \
                or (_SUBJECT_ACTION.search(text, max(0, x.start - 90), x.start) if fronted else None)
            if act is None:
                continue
            placed = any(v in act.group(0).lower() for v in ("confine", "infiltrat", "encapsul", "embedd", "impregn"))
            add = prefix_additive(x.text)
            # ("upon confinement in the silica": a word may name the class of the passage's scaffold)
            klass = _material_word(x.text) if x.text.islower() else None
            if add is not None and not has_hydrogen(add) or klass is not None:
                out.append(Reference(act.start(), x.end, additive=add, klass=klass, scaffold=placed,
                                     catalysed=not placed,
                                     joins=add is not None, word=x.text if klass else None))
    first = next((x for x in ms if x.kind in (SYSTEM_LABEL, "Material")), None)
    if first is not None and _FRONTED_WITH.fullmatch(text, 0, first.start) and re.match(r"\s*,", text[first.end:]):
        add = prefix_additive(first.text)
        if add is not None:
            out.append(Reference(0, first.end, additive=add, catalysed=True, joins=True))
    out.sort(key=lambda r: r.start)
    return out


def _lacking(text: str, r: Reference, ms: list[Mention]) -> Reference:
    """A described sample followed by 'without X' (X a material the passage added, not a hydride) is the
    passage's sample without X: the reference is bare and says what it lacks, so that the sample keeps its
    other additives ("MgH2 with Ni and graphene … the sample without graphene" is MgH2–Ni)."""
    w = LACKING_NAMED.match(text, r.end)
    x = next((x for x in ms if w is not None and x.start == w.end() and x.kind in (SYSTEM_LABEL, "Material")), None)
    lacked = prefix_additive(x.text) if x is not None else None
    if lacked is None and x is not None and x.term and x.term in vocabulary() and x.text.isupper():
        # ('the sample without ACNF' after 'activated carbon nanofibers (ACNF)': letters the text defined for a
        # material named in words stand for that material, the term the mention carries)
        lacked = prefix_additive(vocabulary().get(x.term).label)
    if x is None or lacked is None or has_hydrogen(lacked):
        return r
    return replace(r, end=x.end, bare=True, lacks=lacked)


def _with_additive(text: str, end: int, ms: list[Mention]) -> Reference | None:
    """'… to 98 kJ/mol with TiCl3': an additive named right after a value, ending its clause."""
    w = _WITH.match(text, end)
    if w is None or "with" not in w.group(0):
        return None
    x = next((x for x in ms if x.start == w.end() and x.kind in (SYSTEM_LABEL, "Material")), None)
    if x is None or not _CLAUSE_END.match(text, _ACTION_NOUN.match(text, x.end).end()):
        return None
    add = prefix_additive(x.text)
    return Reference(end, x.end, additive=add, catalysed=True, joins=True) if add is not None else None


def after_value(text: str, end: int, refs: list[Reference], ms: list[Mention]) -> Reference | None:
    """The phrase that names the sample of a value ending at ``end`` right after it ("… for the undoped
    composite", "… upon confinement in CMK-3", "… with TiCl3"), else None."""
    # ("… 2 mS/cm at 90 °C upon confinement in CMK-3": the temperature the value was measured at stands between)
    measured = _MEASURED_AT.match(text, end) if " at " in text[end:end + 4] else None
    for e in (end, measured.end()) if measured else (end,):
        gap = _FOR_GAP.match(text, e)
        at = gap.end() if gap else e
        # (", while the addition of Nb2O5 lowers …": a phrase opening a contrasting clause is that clause's subject,
        # never the sample of the value before it)
        for r in refs:
            if (r.start == at or r.start == e or (r.start > e and not text[e:r.start].strip(" ,"))) \
                    and not CONTRAST_CLAUSE.match(text, r.start):
                return r
    return _with_additive(text, end, ms)


def before_value(text: str, start: int, refs: list[Reference], systems) -> Reference | None:
    """The phrase that is the subject of a value starting at ``start``: the last descriptive phrase
    before it in its clause, with no material of the sentence named in between."""
    for r in reversed(refs):
        if r.end > start or r.aside:
            continue
        if _CLAUSE_BREAK.search(text, r.end, start) \
                or any(r.end <= m.start < start for m, _ in systems):
            return None
        return r
    return None


def _fits(component, ref: Reference) -> bool:
    """Does an additive of a sample fit what the phrase says of it?"""
    vocab = vocabulary()
    if ref.additive is not None:
        named = ref.additive.host
        if component.formula == named.formula or (component.term and named.term and component.term == named.term):
            return True
        if named.formula in component.formula.split("/"):
            return True   # "the TiF3-containing sample" of one doped with TiF3 on graphene (TiF3/graphene)
        if named.term and component.term and named.term in vocab and vocab.is_a(component.term, named.term):
            return True  # "the oxide-doped sample": an oxide
        # "the Ti-doped sample" of a TiCl3-doped one: the element named is in the additive
        if re.fullmatch(r"[A-Z][a-z]?", named.formula) \
                and named.formula in formula_symbols(component.formula):
            return True
    if ref.klass is not None:
        if component.term == ref.klass \
                or component.term and component.term in vocab and vocab.is_a(component.term, ref.klass):
            return True
        # "the carbon composite" of a CMK-3 one, "the silica" of SBA-15: the word names a class above the additive
        return bool(ref.word) and bool(component.term) and component.term in vocab \
            and fold(ref.word) in _class_words(component.term)
    return False


def _loaded(system: MaterialSystem, ref: Reference) -> bool:
    """Has the sample an additive at the loading the phrase names (of the additive it names, if any)?"""
    return any(a.amount is not None and (a.amount.value, a.amount.unit) == ref.loading
               and (ref.additive is None or _fits(a, replace(ref, loading=None))) for a in system.additives)


def _joined_parts(additive: MaterialSystem) -> set[str]:
    """The formulas of the materials a prefix's additive joins ('CeCl3/Ti': CeCl3 and Ti)."""
    return {part for c in additive.components for part in c.formula.split("/") if part}


def _fitting(pool, ref: Reference) -> MaterialSystem | None:
    """The first sample of ``pool`` (latest first) with an additive the phrase names as written, else the
    first with one that fits it (an element of it, a member of its class). "Ti-only" keeps the samples whose every
    additive fits; "co-doped" those with two additives or more, where the pool has such."""
    if ref.alone:
        pool = [s for s in pool if (added := _put_in(s)) and all(_fits(a, ref) for a in added)]
    if ref.codoped:
        pool = _codoped_first(pool)
    if ref.loading is not None:
        return next((s for s in pool if _loaded(s, ref)), None)
    hit = None
    if ref.additive is not None:
        named = [s for s in pool if any(a.formula == ref.additive.host.formula for a in s.additives)]
        # ("the ZrCl4-doped sample" beside MgH2–ZrCl4–graphene: the sample with that additive alone, where there is one)
        hit = next((s for s in named if {a.formula for a in s.additives if a.role != ROLES["destabilizer"]}
                    == {ref.additive.host.formula}), named[0] if named else None)
    hit = hit or next((s for s in pool if any(_fits(a, ref) for a in s.additives)), None)
    if hit is None and ref.additive is not None and len(parts := _joined_parts(ref.additive)) > 1:
        # "the CeCl3/Ti-codoped sample" of NaAlH4 + 2 mol% CeCl3 + 2 mol% Ti: additives joined by a slash in
        # the prefix are the sample's own additives, each apart
        hit = next((s for s in pool if parts <= {a.formula for a in s.additives}), None)
    if hit is None:
        return None
    # the same sample as the text named it, with its amounts ("2 mol% NbCl5"), over a guess without them
    parts = sorted(c.formula for c in hit.components)
    return max((s for s in pool if sorted(c.formula for c in s.components) == parts),
               key=lambda s: sum(c.amount is not None for c in s.components), default=hit)


def _put_in(system: MaterialSystem) -> list:
    """The additives put into a sample (not the hydride partners of a composite)."""
    return [a for a in system.additives if a.role != ROLES["destabilizer"]]


def _codoped_first(pool: list[MaterialSystem]) -> list[MaterialSystem]:
    """The samples of ``pool`` with two additives or more put in, where there are such; else the pool."""
    return [s for s in pool if len(_put_in(s)) > 1] or pool


def told_apart(words: list[str], pool: list[MaterialSystem]) -> list[MaterialSystem]:
    """'the co-doped and Ti-doped materials' of NaAlH4–4 mol% TiCl3 and NaAlH4–2 mol% TiCl3–2 mol% CeCl3: the sample
    of ``pool`` each word names, when the words tell them apart (a co-doping word the one with two additives or
    more, 'Ti-only' the one with Ti alone, a named additive or element those holding it). A sample only one word
    fits is that word's; the other words share out the rest. [] when a word fits none or stays undecided."""
    fits = []
    for w in words:
        ref = _described(w, 0, 0)
        if ref is None:
            return []
        fits.append([s for s in pool if _names(ref, s)])
    chosen: list[MaterialSystem | None] = [None] * len(words)
    progress = True
    while progress:
        progress = False
        for i, fit in enumerate(fits):
            left = [s for s in fit if all(s is not c for c in chosen)]
            if chosen[i] is None and len(left) == 1:
                chosen[i], progress = left[0], True
    return [c for c in chosen if c is not None] if all(c is not None for c in chosen) else []


def _names(ref: Reference, system: MaterialSystem) -> bool:
    """Does a described phrase fit a modified sample (its additives, how many, and whether it names them alone)?"""
    added = _put_in(system)
    if not added or ref.bare or ref.codoped and len(added) < 2 \
            or ref.alone and not all(_fits(a, ref) for a in added):
        return False
    if ref.additive is not None or ref.klass is not None:
        return any(_fits(a, ref) for a in added)
    return ref.codoped or ref.catalysed


def _modified(system: MaterialSystem) -> bool:
    """A sample with something put into it (not only the hydride partners of a composite)."""
    return any(a.role != ROLES["destabilizer"] for a in system.additives)


def members_first(hits: list[MaterialSystem]) -> MaterialSystem:
    """The latest of ``hits``, unless it names a class ('oxide') that another sample of its host names the
    members of: that one says which ("co-catalysed by two oxides" in a title, "with TiO2 and CeO2" in the text:
    the co-catalysed sample is the one with TiO2 and CeO2)."""
    first = hits[0]
    return next((h for h in hits[1:] if host_formula(h) == host_formula(first)
                 and named_members(first, [a.formula for a in h.additives]) is not first), first)


def resolve(ref: Reference, seen: list[MaterialSystem], current: MaterialSystem | None) -> MaterialSystem | None:
    """The sample of the passage the phrase means, latest first; None when nothing fits."""
    pool = list(seen)
    if current is not None and all(s.name != current.name for s in pool):
        pool.append(current)
    if not pool:
        return None
    modified = [s for s in reversed(pool) if _modified(s)]
    if ref.lacks is not None:
        # "the composite without graphite": the latest sample with that additive, without it
        found = next((without for s in reversed(pool) if (without := sample_without(s, ref.lacks)) is not None), None)
        if found is not None:
            return found
    if ref.bare:
        # the unmodified sample is the one before the passage's addition (a composite keeps its partners)
        base = current if current is not None and _modified(current) else (modified[0] if modified else current)
        if base is not None and ref.several and ref.unmade and not _modified(unfilled_sample(base)) \
                and not _CATALYSED.fullmatch(ref.unmade) and not _SCAFFOLDED.fullmatch(ref.unmade):
            return _not_put_through(base)
        return unfilled_sample(base) if base is not None else None
    if ref.additive is not None or ref.klass is not None or ref.loading is not None:
        hit = _fitting(list(reversed(pool)), ref)
        if hit is not None:
            return hit
        # (a hydride named so is an additive only where the passage made it one: "… with KH" of the KH-doped
        # composite, never a new sample)
        if ref.joins and current is not None and has_hydrogen(current) and not has_hydrogen(ref.additive):
            host = host_formula(current)
            joined = plus_additive(current, ref.additive) if ref.loading is None else \
                _with(unfilled_sample(current), [("–", ref.additive.name, f"{ref.loading[0]:g} {ref.loading[1]}")],
                      set())
            return joined if joined is not current and host_formula(joined) == host else None
        return None
    if ref.scaffold:
        hits = [s for s in modified if any(a.role == ROLES["scaffold"] for a in s.additives)]
        return hits[0] if hits else None
    if ref.catalysed:
        hits = [s for s in modified
                if any(a.role not in (ROLES["scaffold"], ROLES["destabilizer"]) for a in s.additives)]
        hits = _codoped_first(hits) if ref.codoped else hits
        return members_first(hits) if hits else None
    if ref.several and not (current is not None and not current.bare):
        # "Mg(BH4)2 and a LiBH4–Mg(BH4)2 eutectic were examined. The eutectic …": a noun naming a sample of several
        # parts is not the bare hydride the passage is about, but the latest sample of several parts it named
        return next((s for s in reversed(pool) if not s.bare), None)
    return None   # "the composite": whatever the passage is about, which the caller keeps


def composite_not_put_through(phrase: str) -> bool:
    """Does the phrase name a composite by an act other than catalysing or confining it was not put through ('the
    uncoated composite')? Such a composite is no bare host (``_not_put_through``)."""
    words = phrase.split()
    return any((u := _UNMADE.fullmatch(w)) is not None and not _CATALYSED.fullmatch(u.group("act"))
               and not _SCAFFOLDED.fullmatch(u.group("act"))
               and any(SEVERAL_NOUNS.fullmatch(n) for n in words[k + 1:k + 3]) for k, w in enumerate(words))


def _not_put_through(base: MaterialSystem) -> MaterialSystem:
    """'MgH2 was milled with 10 wt% Ni and part of it coated with carbon … the uncoated composite': a composite (a
    noun of several parts) the word says was not put through an act other than catalysing or confining is no bare
    host: it is the passage's composite before that last step, the part the step added (its last additive) taken
    away; a composite of one additive is that composite itself (the step added no part the text named)."""
    if len(base.additives) < 2:
        return base
    last = system_of(base.additives[-1].formula)
    return (sample_without(base, last) if last is not None else None) or base


def note(seen: list[MaterialSystem], systems) -> None:
    """Keep the samples a sentence gave values to or went on about, latest last, once each."""
    for s in systems:
        if s is None or not (has_hydrogen(s) or not s.bare):
            continue
        seen[:] = [x for x in seen if x.name != s.name]
        seen.append(s)
    del seen[:-12]   # a passage names a handful of samples; older ones are no referents


# "5 mol% TiCl3 was milled into the composite", "NbF5 was added to the mixture", "the powder was milled
# with 2 wt% Ni": a material put into the sample a sentence names by a noun
_PUT_INTO = re.compile(rf"\s*(?:\([^()]{{0,20}}\)\s*)?(?:was|were|is|are|has\s+been|have\s+been)\s+"
                       rf"(?:then\s+|subsequently\s+|also\s+)?"
                       rf"(?:(?:co-?|ball[- ])?{MILLED}|{PUT_INTO_SAMPLE})\s+(?:together\s+)?(?:in(?:to)?|to|with)\s+"
                       rf"(?:the|this|that)\s+"
                       rf"(?:{_FUNCTION}[\w-]+\s+){{0,2}}?{SAMPLE_NOUNS}\b", re.I)
_RECEIVES = Gated(re.compile(rf"(?=[t])\b(?:the|this)\s+(?:{_FUNCTION}[\w-]+\s+){{0,2}}?{SAMPLE_NOUNS}\s+(?:was|were|"
                       rf"is|are)\s+"
                       rf"(?:then\s+|subsequently\s+|also\s+)?(?:(?:co-?|ball[- ])?{MILLED}|{RECEIVING})"
                       rf"\s+(?:together\s+)?(?:with|by)\s+(?:{AMOUNT_OF})?$"
                       # "the milled mixture containing a small amount of TiCl3", "the composite doped with NbF5": the
                       # passage's sample named by its noun with what it holds
                       rf"|(?=[t])\b(?:the|this)\s+(?:{_FUNCTION}[\w-]+\s+){{0,2}}?{SAMPLE_NOUNS}\s+"
                       rf"(?:containing|including|(?P<dope>(?:co-?)?doped\s+with|cataly[sz]\w*\s+(?:with|by)))\s+"
                       rf"(?:(?:an?\s+)?(?:small|trace|minor|little)\s+(?:amounts?|quantity|quantities)\s+of\s+)?(?:{AMOUNT_OF})?$",
                       re.I),
                  # (searched only where the sentence holds a word one of its readings needs: most hold none)
                  tuple(dict.fromkeys((*(w.removesuffix("*").lower()
                                         for c in ("MillingParticiple", "ReceivingParticiple")
                                         for w in vocabulary().scheme_words("PreparationVerb", concept=c)),
                                       "containing", "including", "doped", "cataly"))))


# the participles that put a sample into a scaffold ("confined", "melt-infiltrated", "embedded")
_PLACING_STEMS = ("confin", "infiltrat", "impregnat", "embedd", "encapsulat", "incorporat")
_PLACING = rf"(?:{'|'.join(_PLACING_STEMS)})ed"

# "the hydride was then melt-infiltrated into CMK-3", "the powder was confined inside the pores of SBA-15": the
# passage's sample, named by a noun, put into a scaffold (the noun is checked: a sample noun or a hydride class)
_PLACED_INTO = re.compile(rf"(?=[t])\b(?:the|this)\s+(?:{_FUNCTION}[\w-]+\s+){{0,2}}?(?P<noun>[a-z][\w-]*)\s+"
                          rf"{BE}\s+(?:then\s+|subsequently\s+|further\s+|finally\s+)?"
                          rf"(?:melt[- ]|solution[- ]|wet[- ])?(?:nano)?{_PLACING}\s+"
                          rf"(?:(?:from|by|via)\s+(?:the\s+)?[a-z][\w-]*\s+)?"
                          rf"(?:in(?:to|side)?|within)\s+(?:the\s+(?:meso|nano|micro)?(?:pores|channels)\s+of\s+)?"
                          rf"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){{0,2}}$", re.I)




@cache
def _vessel_after() -> re.Pattern[str]:
    """The ontology's apparatus nouns right after a material ('an Al2O3 crucible', 'a quartz capillary')."""
    return re.compile(rf"\s+{vocabulary().scheme_alternation('ApparatusNoun')}\b", re.I)


# one word of the equipment's kind may stand between ('a Cu sample holder', 'an internal Si standard'), no word that
# opens a phrase of its own ('LiI in cells' puts LiI in the cells)
_EQUIPMENT_KIND = r"(?:(?!(?:in|on|of|with|and|or|to|for|at|by|as|the|an?)\b)[a-z][\w-]*\s+)?"


@cache
def _equipment_after() -> re.Pattern[str]:
    return re.compile(rf"\s+{_EQUIPMENT_KIND}{vocabulary().scheme_alternation('ApparatusNoun')}\b", re.I)


def equipment_after(text: str, end: int) -> bool:
    """Is the material that ends at ``end`` named as the stuff of a piece of equipment ('heated in a Cu sample
    holder', 'calibrated with a Si standard'), the ontology's ApparatusNoun scheme? Such a material is no part
    of the sample the sentence measures."""
    return bool(_equipment_after().match(text, end))


# ((?=[cie]): the first letters of the stems, which lets a search pass other positions at once)
_PLACING_WORD = Gated(re.compile(rf"(?=[cie]){_PLACING}\b", re.I), _PLACING_STEMS)


def _placed_sample(text: str, x) -> re.Match | None:
    """The phrase that puts the passage's sample, named by a noun, into the material ``x`` as its scaffold."""
    placed = _PLACED_INTO.search(text, max(0, x.start - 120), x.start)
    if placed is None or _vessel_after().match(text, x.end):
        return None   # ("… was sealed in an Al2O3 crucible": a vessel, no scaffold)
    noun = placed.group("noun")
    return placed if re.fullmatch(SAMPLE_NOUNS, noun, re.I) or hydride_word(noun) else None


def _named_member(text: str, x, rest) -> MaterialSystem | None:
    """'an ordered silica, MCM-41', 'a carbon (CMK-3)': the scaffold named right after the word of its class."""
    for m in rest[:1]:
        if re.fullmatch(r"\s*(?:,|\()\s*", text[x.end:m.start]) and m.term and m.term in vocabulary() \
                and fold(x.text) in _class_words(m.term):
            return prefix_additive(m.text)
    return None


def _of_class(system: MaterialSystem, noun: str) -> bool:
    """Is the host of ``system`` a member of the hydride class a noun names ("borohydride" of Mg(BH4)2)?"""
    term = vocabulary().lookup(noun, "Material")
    host = system.host.term
    return term is not None and bool(host) and host in vocabulary() and vocabulary().is_a(host, term.id)


def _into_scaffold(text: str, systems, ms: list[Mention], current: MaterialSystem | None) -> MaterialSystem | None:
    """'The hydride was then melt-infiltrated into CMK-3', 'To speed up Mg(BH4)2, the borohydride was impregnated
    inside the pores of an ordered silica, MCM-41': the sample a noun takes up (the passage's, or the hydride the
    sentence named before of the class the noun names) in the scaffold; None when the sentence says no such thing."""
    # (a scaffold may be a named material without a formula: "a carbon aerogel")
    materials = [x for x in ms if x.kind in (SYSTEM_LABEL, "Material")]
    for k, x in enumerate(materials):
        placed = _placed_sample(text, x)
        if placed is None:
            continue
        add = prefix_additive(x.text)
        if add is None or has_hydrogen(add) or any(has_hydrogen(s) and m.start > x.start for m, s in systems):
            return None
        add = _named_member(text, x, materials[k + 1:]) or add
        named = [s for m, s in systems if has_hydrogen(s) and m.start < placed.start()]
        base = current
        if named:
            if len({host_formula(s) for s in named}) > 1 or any(s.additives for s in named) \
                    or not _of_class(named[-1], placed.group("noun")):
                return None
            base = named[-1]
        if base is None or not has_hydrogen(base):
            return None
        joined = _with(base, [("@", add.name, None)], set())   # the sample sits in the scaffold
        return joined if joined is not base else None
    return None


def added_to_sample(text: str, systems, current: MaterialSystem | None,
                    ms: list[Mention] | tuple = ()) -> MaterialSystem | None:
    """The passage's sample with the material a sentence puts into it by reference ("5 mol% TiCl3 was
    milled into the composite", "the mixture was doped with NbF5"), when the sentence names no hydride
    of its own; the sample a noun puts into a scaffold ("the borohydride was melt-infiltrated into CMK-3",
    ``_into_scaffold``); None otherwise."""
    if _PLACING_WORD.search(text):
        placed = _into_scaffold(text, systems, list(ms), current)
        if placed is not None:
            return placed
    if current is None or not has_hydrogen(current):
        return None
    for x, _ in systems:   # (the sentence's materials: hydrogen gas or a bond is none)
        receives = _RECEIVES.search(text, max(0, x.start - 90), x.start)
        if not (_PUT_INTO.match(text, x.end) or receives):
            continue
        add = prefix_additive(x.text)
        # (a hydride put in by its loading, "4 mol% KH was added to the sample", is the sample's catalyst;
        # a hydride named otherwise is a sample of the sentence's own; "the composite doped with KH" dopes it)
        amount = AMOUNT_BEFORE.search(text, max(0, x.start - 16), x.start)
        if add is None or has_hydrogen(add) and not amount and not (receives and receives.group("dope")) \
                or any(has_hydrogen(s) and m.start != x.start for m, s in systems):
            return None
        # the notation with its loading ("–5 mol% TiCl3"); put in 'instead of' an additive of the sample, named
        # ("2 mol% Ti was added to the sample instead of TiN"), of the part the new one plays, it replaces them:
        # the bare sample with it
        base = bare_sample(current) if _replaces_its_additive(text, current) \
            and in_place_of_its_part(current, add) is not None else current
        joined = _with(base, [("–", add.name, _amount(amount) if amount else None)], set(),
                       catalysts={add.name} if has_hydrogen(add) else set())
        return joined if joined is not current else None
    return None


def _replaces_its_additive(text: str, current: MaterialSystem) -> bool:
    """Does the sentence say its addition takes the place of one of ``current``'s additives, named after the word
    of replacing ('instead of TiN', 'in place of the Ni')? ('instead of Al2O3' of a sample without Al2O3 replaces
    none of its parts.)"""
    said = _REPLACING.search(text)
    after = text[said.end():said.end() + 40] if said else ""
    return any(re.search(rf"(?<!\w){re.escape(a.formula)}(?!\w)", after) for a in current.additives)


def named_by_prefix(systems, seen: list[MaterialSystem]):
    """'NaAlH4 doped with TiCl3 … the Ti-doped sample': a sample named by a prefix and a noun
    (``ingest.extraction.samples.samples`` joins the paragraph's bare host with the prefix's material) is the passage's
    sample whose additive the prefix names, element for compound, with its amount and the host's own
    substituents, when there is one."""
    out = []
    for m, s in systems:
        p = PREFIX.match(m.text) if m.kind == SYSTEM_LABEL and not s.bare else None
        if p is not None and re.search(r"[A-Z]", m.text[p.end():]):
            p = None   # "Ti-doped MgH2": a sample named with its host is the text's own, not a referent
        add = prefix_additive(p.group("add")) if p else None
        ref = Reference(m.start, m.end, additive=add) if add is not None else None
        hit = _fitting([x for x in reversed(seen) if host_formula(x) == host_formula(s)], ref) if ref else None
        # (the passage's sample has every other part of the one the prefix made: "the SiO2-containing
        # electrolyte" of 3LiBH4–LiI–SiO2 keeps its LiI)
        rest = {c.formula for c in s.components} - {add.host.formula} if add is not None else set()
        if hit is None and add is not None and p is not None:
            hit = _composite_given_more(m.text[p.end():], add, [x for x in seen if host_formula(x) == host_formula(s)])
        out.append((m, hit if hit is not None and rest <= {c.formula for c in hit.components} else s))
    return out


def _composite_given_more(noun: str, add: MaterialSystem, seen: list[MaterialSystem]) -> MaterialSystem | None:
    """'Mg2Ni milled with 5 wt% CNTs, and part of the composite coated with Ni … the Ni-coated composite': a prefix
    on the noun of a sample of several parts ('composite', the ontology's SeveralPartsNoun) whose additive the
    passage's composite of that host does not hold puts it into that composite (Mg2Ni–CNT–Ni), not into the
    bare host; None where the passage named no such composite."""
    if not SEVERAL_NOUNS.search(noun):
        return None
    composite = next((x for x in reversed(seen) if not x.bare), None)
    return plus_additive(composite, add) if composite is not None else None


# "the catalysed MgH2", "this nanoconfined LiBH4": the words between a determiner and a host's formula; without
# one ("catalysed Mg(BH4)2 starts …", "via efficiently catalysed MgH2") only the participle right before it
_BEFORE_FORMULA = re.compile(rf"(?:(?=[tio])\b(?:the|this|that|these|those|its|their|our)\s+"
                             rf"(?P<words>(?:{_FUNCTION}[\w·–-]+\s+){{1,3}}?)"
                             rf"|(?<![\w-])(?P<word>(?:[a-z]+ly\s+)?(?:[a-z]|^[A-Z])[\w-]*ed\s+))$")


# "… nanoconfinement of LiBH4 and MgH2 in carbon aerogel scaffold (CAS)", "prepared by melt infiltration into
# mesoporous carbon scaffolds": a material the sentence puts a hydride in, with a word of confining in the sentence
# (the ontology's ConfiningStem, any ending: "nanoconfinement", "infiltration"; not _PLACING_WORD, which
# added_to_sample reads; the look-ahead at the stems' first letters lets a search pass other positions at once)
_CONFINING_FIRST = "".join(sorted({w[0] for w in vocabulary().scheme_words("PreparationVerb",
                                                                           concept="ConfiningStem")}))
# (and searched only in a sentence holding one of the stems as a substring: most hold none)
_CONFINING_WORD = Gated(re.compile(rf"(?=[{_CONFINING_FIRST}])"
                                   + vocabulary().scheme_alternation("PreparationVerb", ("ConfiningStem",)), re.I),
                        tuple(w.removesuffix("*").lower() for w in vocabulary().scheme_words("PreparationVerb",
                                                                                            concept="ConfiningStem")))
_INTO_BEFORE = re.compile(r"\b(?:in(?:to|side)?|within)\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I)


# "SBA-15 silica served as the scaffold", "CMK-3 was used as the host for LiBH4": a material named by its function of
# holding the hydride (the ontology's ConfiningHead nouns), a few words after it
_AS_CONFINING_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:"
                                 + vocabulary().scheme_alternation("GenericHead", ("ConfiningHead",)) + r")\b", re.I)


def scaffolds_named(text: str, ms: list[Mention]) -> list[MaterialSystem]:
    """The materials a sentence says a hydride is put in (its scaffolds), or names by that function ('served as the
    host'), in order; none where it says neither."""
    confining = bool(_CONFINING_WORD.search(text))
    named_as = " as " in text
    if not confining and not named_as:
        return []
    out = []
    for x in ms:
        if x.kind != "Material" or not (confining and _INTO_BEFORE.search(text, max(0, x.start - 50), x.start)
                                        or named_as and _AS_CONFINING_AFTER.match(text, x.end)):
            continue
        add = prefix_additive(x.text)
        # (a name in words, 'mesoporous carbon', or one the ontology knows as a scaffold, 'CMK-3', 'SBA-15', 'MOF-5';
        # never another material written by its formula, 'TiO2')
        if add is not None and not has_hydrogen(add) and add.bare \
                and (x.text.islower() or _scaffold_term(x.term)):
            out.append(add)
    return out


_CONFINING_STRATEGY, _POROUS_SCAFFOLD = "Nanoconfinement", "PorousScaffold"


def _scaffold_term(term: str | None) -> bool:
    """Is ``term`` a material the ontology knows as a scaffold: a support whose hydride is confined
    (hkg:supportStrategy Nanoconfinement: 'CMK-3', 'carbon aerogel') or a porous scaffold ('SBA-15', 'MOF-5')?"""
    vocab = vocabulary()
    if not term or term not in vocab:
        return False
    return vocab.get(term).support_strategy == _CONFINING_STRATEGY or vocab.is_a(term, _POROUS_SCAFFOLD)


def named_by_description(text: str, systems, seen: list[MaterialSystem], current: MaterialSystem | None,
                         scaffolds: list[MaterialSystem] | None = None, carbons: list[MaterialSystem] | None = None):
    """'Co was milled into MgH2 … The catalysed MgH2 desorbs …': the host's formula with a word saying it
    was modified (doped, catalysed, confined, infiltrated; ``_CATALYSED``, ``_SCAFFOLDED``) names the
    passage's modified sample of that host, when the passage made one. A word saying it is bare
    ("pristine", "bulk") leaves it bare; ``ingest.extraction.samples.samples`` reads those as baselines."""
    if not seen and current is None and not scaffolds and not carbons:
        return systems
    out = []
    for m, s in systems:
        # (a class word, "the confined hydride", is read by ``references``; here only a formula)
        bare_formula = s.bare and has_hydrogen(s) and not m.text.islower()
        # ("nanoconfined 2LiBH4–MgH2": a composite of hydrides only, after the passage put its parts in a scaffold)
        partners = bool(scaffolds) and bool(s.additives) and has_hydrogen(s) and not m.text.islower() \
            and all(a.role == ROLES["destabilizer"] for a in s.additives)
        d = _BEFORE_FORMULA.search(text, max(0, m.start - 60), m.start) if bare_formula or partners else None
        r = _described(d.group("words") or d.group("word"), d.start(), m.end) if d is not None else None
        hit = resolve(r, seen, current) if r is not None and not r.bare and r.additive is None \
            and (r.catalysed or r.scaffold) and not partners else None
        if hit is None and r is not None and r.scaffold and not r.bare and r.additive is None and scaffolds:
            # "Nanoconfined NaAlH4 …" after "… by melt infiltration into mesoporous carbon": in that scaffold
            hit = _with(s, [("@", scaffolds[-1].name, None)], set())
        if hit is None and bare_formula and scaffolds and (held := held_in_named_scaffold(text, m, s, scaffolds)):
            hit = _with(s, [("@", held, None)], set())   # "CMK-3 served as the host for LiBH4"
                                                         # (ingest.extraction.samples.scaffold_held)
        s = hit if hit is not None and host_formula(hit) == host_formula(s) else s
        # "… confined in carbon foams. The Mg(BH4)2@C sample …": the bare carbon is the carbon the passage named
        # (or the one carbon scaffold it names anywhere: 'Mg(BH4)2/carbon … supported on carbon aerogel')
        out.append((m, (named_support(s, scaffolds or [], carbons) if scaffolds or carbons else None) or s))
    return out


# ----------------------------------------------------------------------------- a sample pointed back to by its kind
# "… and produced Mg5.5Ni0.5Cu. On heating, this alloy splits …", "It was found that Fe/Mn interfaces promote electron
# transfer. At 250 °C, such an interface enables …": a demonstrative and the noun of a kind ('this alloy', 'such an
# interface', 'these heterojunctions', 'the ternary alloy') point back to the last thing of that kind the passage
# named, not to the sample the paragraph was about before (a composite of the solid solution the alloy grew from,
# often; another study's sample). The kinds are those of the passage's samples the ontology names (an alloy: its
# AlloyNoun written after the sample's name, or a composition written as alloys are on a storage metal,
# ``ontology.hosts.storage_alloy``), and the features the sentence before named of a pair of elements ('Nb/V
# interfaces': the noun written after them is the kind, no list of features kept; what has the feature is the
# sample whose additive holds those elements). English here is only how a kind is pointed back to.
_POINTING = re.compile(r"\b(?i:such\s+an?|such|this|that|these|those|the)\s+(?P<noun>[a-z]+)\b"
                       r"(?=(?:[a-z-]*\s+(?P<after>[a-z]+)\b)?)")


def kind_stem(noun: str) -> str:
    """The singular of a regular plural ('interfaces', 'boundaries', 'alloys'), else the noun."""
    return re.sub(r"ies$", "y", noun) if noun.endswith("ies") else re.sub(r"(?<!s)s$", "", noun)


def pointed_kind(text: str, kinds: dict, lo: int = 0, hi: int | None = None):
    """What ``text[lo:hi]`` points back to by a demonstrative and the noun of a kind ('such an interface', 'this
    alloy', 'the ternary alloy': at most one lower-case word between): the value ``kinds`` holds for that noun's
    stem (``kind_stem``), else None ('such a method', 'this work': no kind named before)."""
    if not kinds:
        return None
    for m in _POINTING.finditer(text, lo, len(text) if hi is None else hi):
        for noun in (m.group("noun"), m.group("after")):
            if noun is not None and (found := kinds.get(kind_stem(noun))) is not None:
                return found
    return None


# the ontology's nouns of an alloy sample, by stem: the kind 'this alloy' points to
_ALLOY_KINDS = tuple(sorted({kind_stem(w) for w in vocabulary().scheme_words("SolidKindNoun", "AlloyNoun")}))
_ALLOY_NOUN_AFTER = re.compile(rf"\s+(?i:{ALLOY_NOUNS})\b")


def note_kinds(text: str, ms: list[Mention], kinds: dict[str, MaterialSystem]) -> None:
    """Keep in ``kinds`` the last alloy ``text`` names (a composition on a storage metal, or a material named with the
    alloy noun after it), under its kind's nouns; none from a sentence that itself points to an alloy ('this alloy …':
    the materials it names are the alloy's phases or products, not a new alloy)."""
    if pointed_kind(text, dict.fromkeys(_ALLOY_KINDS, True)) is not None:
        return
    found = None
    for m in ms:
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        s = system_of(m.text)
        if s is not None and s.bare and (storage_alloy(s.host.formula) or _ALLOY_NOUN_AFTER.match(text, m.end)):
            found = s
    if found is not None:
        kinds.update(dict.fromkeys(_ALLOY_KINDS, found))


# "Nb/V interfaces", "Fe–Mn boundaries", "Ni-Co heterojunction": two or more element symbols joined by a slash or
# dash, then the (lower-case) noun of the feature they share
_PARTS_NOUN = re.compile(r"(?<![\w(])(?P<parts>[A-Z][a-z]?(?:\s?[/–-]\s?[A-Z][a-z]?)+)\s+(?P<noun>[a-z]{4,})\b")


# the ontology's nouns of a sample and of a kind of solid, by stem: 'Mg–Li alloy', 'Ni–Co composite', 'Mg/Pd film'
# name a sample (a kind of its own), no feature of its elements
_SAMPLE_KINDS = frozenset(kind_stem(w) for scheme in ("SampleNoun", "SolidKindNoun")
                          for w in vocabulary().scheme_words(scheme))


def described_parts(text: str) -> dict[str, tuple[str, ...]]:
    """The features ``text`` names of element pairs ('Nb/V interfaces'), by the noun's stem: their elements (the
    kinds a later 'such an interface' points to, ``pointed_kind``); a sample named by its elements ('the Mg–Li
    alloy') is none."""
    found: dict[str, tuple[str, ...]] = {}
    for m in _PARTS_NOUN.finditer(text):
        parts = tuple(re.split(r"\s?[/–-]\s?", m.group("parts")))
        if len(set(parts)) == len(parts) and all(is_element_symbol(p) for p in parts) \
                and kind_stem(m.group("noun")) not in _SAMPLE_KINDS:
            found[kind_stem(m.group("noun"))] = parts
    return found


def holder_of(parts: tuple[str, ...], texts) -> list[MaterialSystem]:
    """The additive(s) of the sample with the feature: the first material the paragraph names (``texts``, each
    sentence with its mentions) made of all ``parts`` and more (a compound of them: 'V4Nb18O55'), else the elements
    themselves."""
    wanted = set(parts)
    for _text, ms in texts:
        for m in ms:
            if m.kind not in (SYSTEM_LABEL, "Material"):
                continue
            s = system_of(m.text)
            if s is not None and s.bare and wanted < set(formula_symbols(s.host.formula)) and "H" not in \
                    formula_symbols(s.host.formula):
                return [s]
    return [e for p in parts if (e := system_of(p)) is not None]


def _with_feature(system: MaterialSystem, additives: list[MaterialSystem]) -> MaterialSystem:
    """The passage's host with the additives that have the feature, instead of the sample the paragraph named."""
    new = bare_sample(system)
    for a in additives:
        new = plus_additive(new, a)
    return new if host_formula(new) == host_formula(system) else system


def on_feature_holder(records: list, parts: tuple[str, ...], texts) -> list:
    """The sentence's values that took the paragraph's sample (cue 'system:context') moved to the sample with the
    feature the sentence points back to, unless that sample already holds the feature's elements."""
    additives: list[MaterialSystem] | None = None
    out = []
    for x in records:
        held = set().union(*(formula_symbols(a.formula) for a in x.system.additives)) if x.system.additives else set()
        if {"system:context", "system:continued"} & set(x.cues) and not set(parts) <= held:
            additives = holder_of(parts, texts) if additives is None else additives
            new = _with_feature(x.system, additives)
            if new is not x.system:
                x = x.model_copy(update={"system": new, "cues": [*x.cues, "system:feature-referent"]})
        out.append(x)
    return out
