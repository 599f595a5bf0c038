"""The strategy of a claim: the one the sentence names for its phrase ('microwave absorption'), else the one the
sample's composition shows for the additive (Ni with a carbon support: composite catalysis), a strategy said of the
host itself ('nanosized particles of LiBH4'), a nano form opening the sentence ('Nanoparticles stabilize …'), a
processing step that brings the mechanism about ('ball milling introduces defects'), the confinement a scaffold
stands for; and whether a strategy word is an outcome or another clause's cause rather than this phrase's. Apart
because the strategy is read after the host and the additive are known.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.prose.prose_reports import catalyst_arrangements, form_strategies
from ingest.extraction.samples.declared_roles import declarations, declared_roles, may_declare, with_declared_roles
from ingest.extraction.samples.lattice_entry import entering_elements, may_enter, substituted_in
from ingest.extraction.text.challenges import find_terms
from ingest.extraction.text.comparison_words import CLAUSE_CONTRAST
from ingest.extraction.text.mechanisms_words import (
    CATALYSIS,
    CATALYST_ROLE,
    CATALYTIC_WORD,
    CONSEQUENCE,
    FIELD,
    FIELD_DRIVING,
    HYDRIDED_METAL,
    IN_CLAUSE,
    METAL_CATALYSIS,
    NANO,
    NANOCONFINEMENT,
    REACTANT,
    SCAFFOLD_NOUN,
    WORD_END,
)
from ingest.extraction.text.nlp import mentions as nlp_mentions
from ontology.electrode_roles import CONDUCTIVE, carbon_support, sheet_carbon, system_in_application
from ontology.elements import TRANSITION, formula_symbols as _elements
from ontology.models import Component
from ontology.strategy_rules import APPLICATIONS, ROLES, composition_strategies, sentence_wide
from ontology.system import SystemParseError, parse_system
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import gated

from .mechanisms_additives import owner, owner_after, owner_next
from .mechanisms_causes import cause_strategies
from .mechanisms_context import Context, Said
from .mechanisms_materials import SUPPORTS, _metals, as_supported, host_of_system, is_host, is_support
from .mechanisms_phrases import label_places, label_word


def strategy(named: list[str], host: str | None, additive: str | None, sample: list[str] = (),
             system=None, application: str | None = None, catalysing: bool = False, text: str = "",
             held=None) -> str | None:
    """The strategy the sentence names, else the one the sample's composition shows for the
    additive: what the additive makes together with the sample's other additives (Ni with a carbon
    support: composite catalysis) before what it does alone. A named family ('catalytic roles':
    catalysis) gives way to the narrower strategy the composition shows (multi-metal catalysis).
    ``application``: what the mechanism is for, when the ontology gives it one (see ``_application``).
    ``catalysing``: the mechanism is a catalytic one, so the additive it is credited to is a catalyst;
    ``text``: the sentence, for a form it names of the additive itself; ``held``: the system of the sample
    the additive was measured in, where the sentence writes none (is a carbon in it mixed in or holding
    the hydride?)."""
    if additive and HYDRIDED_METAL.fullmatch(additive):
        # 'TiHx', 'VH0.81' (a metal's hydride of no fixed formula, formed from it in the sample): the hydrided state
        # of the metal catalyses as the metal does, as Mg and MgH2 are one host
        additive = HYDRIDED_METAL.fullmatch(additive).group(1)
    if system is None and host and additive and text:
        system = _declared_system(text, host, additive)
    if system is None and not sample and host and additive and text:
        # (a sentence with no sample of its own: a metal on the support it writes it on, 'carbon-supported Ni', is
        # the composite catalyst; a metal compound or several metals keep their own catalysis, README's convention)
        supported = as_supported(text, additive)
        if supported != additive and _shown_strategy(host, additive, (), None, application) == METAL_CATALYSIS:
            additive = supported
    shown = _shown_strategy(host, additive, sample, system, application)
    if shown is None and catalysing:
        shown = _as_catalyst(host, additive, application)
    # the hydride of an intermetallic of the host's metal (Mg2NiH4 with MgH2) the sentence credits with a catalysis
    # is that catalyst, not the reactant the bare composite 'MgH2–Mg2NiH4' reads as
    if shown == REACTANT and (catalysing or CATALYTIC_WORD.search(text)) and _host_metal_hydride(additive, host):
        shown = catalyst_strategy(host, additive, application) or shown
    conductor = _conductor_in_anode(host, additive, application, held)
    if conductor:
        # graphene, a carbon or an MXene mixed into an anode is credited for what it does there, carry
        # electrons through the electrode, whatever its sheet form or its catalysis reads in a hydrogen store
        shown = conductor
    elif shown == _CONDUCTIVE_COMPOSITING and (_held_in_carbon(additive, application, held)
                                              or _grown_on_sheets(additive, held)):
        # the carbon holding the host, or the sheets it grew on ('MgH2@G'), is credited as its holder
        shown = held_as(additive) or shown
    if named:
        vocab = vocabulary()
        if shown and any(vocab.is_a(shown, n) for n in named if n in vocab and shown in vocab):
            return shown
        # a catalyst credited in a sentence about how the host was made ('the catalytic activity of the Pd
        # cap on the Mg thin films'): the film is the host's form, the catalysis is what the additive does
        # (a form said of the additive itself, 'the Pd film surface', is the design the sentence names)
        if shown and catalysing and shown in vocab and CATALYSIS in vocab and vocab.is_a(shown, CATALYSIS) \
                and all(sentence_wide(n, vocab) and not _form_of(n, additive, text) for n in named) \
                and not cause_strategies(text) & set(named):
            return shown
        # 'the nanosized particles of LiBH4 and the high surface area of the MC scaffold': the host's small
        # particles are what the support holding it gives (the support's hkg:supportStrategy, confinement)
        if shown and (shown == held_as(additive) or shown == conductor) \
                and all(said_of_host(n, host, text) for n in named):
            return shown
        # 'both nanoconfinement and chemical catalysis by the carbon scaffold': the catalysis family named, not a kind
        # of it, for a support that holds the host is no catalyst's strategy of the sample (its composition has no
        # catalyst): what the support brings the sample is its confinement, whatever it does there
        if shown and shown == held_as(additive) and all(n == CATALYSIS for n in named):
            return shown
        # ('the graphene sheets suppress the aggregation of the nanocrystals'): a nano form said of no material is
        # the host's, which the support it grew on gives — the support's own nano design (hkg:supportStrategy
        # Nanostructuring), not a nanosizing of the host credited to the support
        held_form = held_as(additive)
        if shown and held_form and (shown == held_form or shown == conductor) and held_form in vocab \
                and NANO in vocab and vocab.is_a(held_form, NANO) \
                and all(said_of_host(n, host, text) or _bare_form(n, text) for n in named):
            return held_form
        return named[0]
    return shown


def _host_metal_hydride(additive: str | None, host: str | None) -> bool:
    """``additive`` is a hydride of the host's metal with a transition metal (Mg2NiH4, Mg2CoH5 beside MgH2)
    and the host a binary hydride: the two share their storage metal and exchange nothing."""
    if not additive or not host or "H" not in _elements(additive):
        return False
    metals, host_metals = _metals(additive), _metals(host)
    return bool(host_metals) and host_metals < metals and bool(metals & TRANSITION) \
        and _elements(host) - {"H", "D"} == host_metals


_METALLIC_SHEETS = "CarbideMXene"     # Material class: a metallic carbide (an MXene) conducts electrons like a carbon


_CONDUCTIVE_COMPOSITING = "ConductiveCompositing"


def _conductor_in_anode(host: str | None, additive: str | None, application: str | None, system=None) -> str | None:
    """ConductiveCompositing where ``additive`` is a carbon or a metallic carbide (an MXene) that conducts
    electrons in an anode of ``host``: a carbon the electrode's roles (``ontology.electrode_roles``) cast as its
    conductive additive (mixed in, not holding the hydride as in 'MgH2@G': ``system``, the sample's system
    where the sentence has one), or an MXene — else None. (A metallic hydride mixed in, TiH2, keeps the
    catalysis its composition shows: it stores lithium itself.)"""
    vocab = vocabulary()
    if application != APPLICATIONS["anode"] or not host or not additive or _CONDUCTIVE_COMPOSITING not in vocab:
        return None
    term = vocab.lookup(additive, "Material")
    if term is not None and _METALLIC_SHEETS in vocab and vocab.is_a(term.id, _METALLIC_SHEETS):
        return _CONDUCTIVE_COMPOSITING
    if system is not None and not any(a.formula == additive for a in system.additives):
        if _held_in_carbon(additive, application, system):
            return None
        system = None
    if system is None:
        system = _composed(host, (additive,))
    if system is None:
        return None
    cast = system_in_application(system, application)
    # (sheets the hydride grew on, 'MgH2@G', conduct too, but what the sentence credits them with is the form they
    # give the hydride: the sheets' own strategy, as the composition reads it)
    return _CONDUCTIVE_COMPOSITING if any(a.formula == additive and a.role == CONDUCTIVE and carbon_support(a)
                                          and not (cast.architecture and sheet_carbon(a))
                                          for a in cast.additives) else None


def _held_in_carbon(additive: str | None, application: str | None, system) -> bool:
    """The sample holds the host in a carbon the sentence names otherwise ('MgH2@G' … 'the graphene'): that
    holder, no conductor mixed in (``system``: the sample's, where the sentence names none of its additives)."""
    if system is None or any(a.formula == additive for a in system.additives):
        return False
    held = system_in_application(system, application).additives
    return bool(held) and all(a.role == ROLES["scaffold"] for a in held) and is_support(additive)


def _grown_on_sheets(additive: str | None, system) -> bool:
    """``system`` (the sample's) puts its host on the sheets ``additive`` names ('MgH2@G' grown on graphene)."""
    return system is not None and system.architecture is not None \
        and any(a.formula == additive and sheet_carbon(a) for a in system.additives)


def held_in_records(additive: str, system) -> bool:
    """Do the records of ``system`` hold its host in ``additive`` (its role the scaffold's)?"""
    return any(a.formula == additive and a.role == ROLES["scaffold"] for a in system.additives)


def held_as(additive: str | None) -> str | None:
    """The strategy of a hydride ``additive`` holds, when it is a support the ontology gives one."""
    term = vocabulary().lookup(additive, "Material") if additive else None
    return term.support_strategy if term is not None else None


def said_of_host(strategy: str, host: str | None, text: str) -> bool:
    """Is a label of ``strategy`` written of the host itself ('nanosized particles of LiBH4', 'LiBH4
    nanoparticles')?"""
    if not host or not text:
        return False
    labels = "|".join(re.escape(label) for label in vocabulary().get(strategy).labels)
    h = re.escape(host)
    return bool(re.search(rf"(?<![\w-])(?:{labels})\s+(?:[a-z][\w-]*\s+){{0,2}}of\s+(?:the\s+)?{h}(?![\w])"
                          rf"|(?<![\w-]){h}\s+(?:{labels})(?![\w-])", text, re.I))


# a nano form written bare, after an article or a possessive and of no material ('the nanocrystals', 'their
# nanoparticles'; not 'the nanocrystals of Ni')
_BARE_BEFORE = re.compile(r"\b(?:the|these|those|its|their)\s+(?:[a-z]+\s+)?$", re.I)


_OF_MATERIAL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _bare_form(strategy: str, text: str) -> bool:
    """Is every place ``text`` names ``strategy`` a nano form written bare ('suppress the aggregation of the
    nanocrystals'), said of no material the sentence names?"""
    vocab = vocabulary()
    if NANO not in vocab or strategy not in vocab or not vocab.is_a(strategy, NANO):
        return False
    places = label_places(text, strategy)
    return bool(places) and all(_BARE_BEFORE.search(text[max(0, a - 40):a]) and not _OF_MATERIAL.match(text, b)
                                for a, b in places)


def _form_of(strategy: str, additive: str | None, text: str) -> bool:
    """Is a label of ``strategy`` written right after the additive ('Pd film', 'Pd thin films')?"""
    if not additive or not text:
        return False
    labels = "|".join(re.escape(label) for label in vocabulary().get(strategy).labels)
    return bool(re.search(rf"(?<![\w-]){re.escape(additive)}\s+(?:[a-z][\w-]*\s+)?(?:{labels})(?![\w-])", text, re.I))


@per_document(maxsize=1024)
def _as_catalyst(host: str | None, additive: str | None, application: str | None) -> str | None:
    """The strategy of an additive the system parser cannot read ('Ti3C2/TiO2(A)-C') that the sentence
    credits with a catalytic mechanism: that credit makes it the host's catalyst, and the strategy rules
    read the component as they read any catalyst (its '/'-joined phases, its elements)."""
    if not host or not additive:
        return None
    try:
        parse_system(f"{host}–{additive}")
        return None                # readable: its composition has spoken (carbon alone shows no catalysis)
    except (SystemParseError, ValueError):
        pass
    return catalyst_strategy(host, additive, application)


@per_document(maxsize=1024)
def catalyst_strategy(host: str, additive: str, application: str | None) -> str | None:
    """The strategy the strategy rules read for ``additive`` cast as the host's catalyst."""
    try:
        system = parse_system(host)
    except (SystemParseError, ValueError):
        return None
    added = Component(formula=additive, text=additive, role=CATALYST_ROLE)
    system = system.model_copy(update={"additives": [added], "text": f"{system.text}–{additive}"})
    found = composition_strategies(system, application)
    return found[0] if found else None


def _declared_system(text: str, host: str, additive: str):
    """host–additive with the role the sentence declares for the additive ('Al was used to destabilize MgH2': its
    destabilizing reactant, whatever its composition would make it; 'upon Ti substitution': its substituent), or None
    where it declares none."""
    entering = may_enter(text) and any(x == additive and substituted_in(host, out)
                                       for _, x, out in entering_elements(text, nlp_mentions(text)))
    if not entering and not may_declare(text):
        return None    # (no role noun or verb: the sentence declares nothing, and its materials need not be read)
    # ('Ti substitution weakens the Mg–H bonds': an element the sentence says enters the lattice is its substituent)
    declared = {additive: ROLES["dopant"]} if entering else declared_roles(
        [(f, role) for _, f, role in declarations(text, nlp_mentions(text)) if f == additive])
    system = _composed(host, (additive,)) if declared else None
    return with_declared_roles(system, declared) if system is not None else None


def _shown_strategy(host: str | None, additive: str | None, sample, system, application=None) -> str | None:
    if not host or not additive:
        return None
    # (what the host shows by itself, Mg2NiH4 an alloy hydride, is no strategy the additive brings)
    bare = set(_composition_strategies(host, (), application))
    with_it = _composition_strategies(host, (additive,), application)
    own = [st for st in with_it if st not in bare] or with_it
    others = [a for a in dict.fromkeys(sample) if a != additive]
    if not others and system is None:
        return own[0] if own else None
    whole = system_strategies(system, application) if system is not None else \
        _composition_strategies(host, (additive, *others), application)
    part = next((a for a in system.additives if a.formula == additive), None) if system is not None else None
    if part is not None:
        # each part as the system casts it (NaH in Mg(NH2)2–2LiH–NaH is its catalyst, which alone with the
        # amide would be a reactive partner): the additive alone with the host, the others without it
        own = [st for st in _part_strategies(system, [part], application) if st not in bare] or own
        alone = set(_part_strategies(system, [a for a in system.additives if a is not part], application))
    else:       # (each other additive alone with the host: composed and parsed only where the system casts none)
        alone = {st for a in others for st in _composition_strategies(host, (a,), application)}
    emergent = [st for st in whole if st not in own and st not in alone and st not in bare]
    return (emergent or [st for st in whole if st in own] or own or [None])[0]


def _part_strategies(system, additives: list, application: str | None = None) -> list[str]:
    """Strategies of ``system`` with only ``additives`` left, each keeping the role the system gave it."""
    return system_strategies(system.model_copy(update={"additives": additives}), application)


def system_strategies(system, application: str | None = None) -> list[str]:
    try:
        return composition_strategies(system, application)
    except (SystemParseError, ValueError):
        return []


@per_document(maxsize=2048)
def _composition_strategies(host: str, additives: tuple[str, ...], application: str | None = None) -> list[str]:
    system = _composed(host, additives)
    if system is None:
        return []
    try:
        return composition_strategies(system, application)
    except (SystemParseError, ValueError):
        return []


@per_document(maxsize=1024)
def _composed(host: str, additives: tuple[str, ...]):
    """The system of ``host`` with ``additives``, or None where the parser cannot read it. (Parsed once for
    every application the strategies are asked for: the parse, not the rules, is the cost.)"""
    try:
        return parse_system("–".join((host, *additives)))
    except (SystemParseError, ValueError):
        return None


_OPENING_WORD = re.compile(r"\W*(?:(?:the|these|such)\s+)?([a-z][\w-]*)\b", re.I)


@lru_cache(maxsize=1)
def _nano_forms() -> dict[str, str]:
    """Folded form noun ('nanoparticles', 'nanosheets') → the nano-engineering strategy it names."""
    vocab = vocabulary()
    return {fold(f): t.id for t in vocab.terms("Strategy") if NANO in vocab and vocab.is_a(t.id, NANO)
            for f in t.form_labels}


def nano_form_opening(text: str) -> str | None:
    """The nano-engineering strategy whose form noun opens the sentence ('Nanoparticles stabilize …')."""
    m = _OPENING_WORD.match(text)
    return _nano_forms().get(fold(m.group(1))) if m else None


def named_as_outcome(text: str, strategy: str, stop: int) -> bool:
    """Is every place ``strategy`` is named in ``text`` after ``stop``, behind a word of consequence?"""
    places = label_places(text, strategy)
    return bool(places) and all(a > stop and CONSEQUENCE.search(text, stop, a) for a, _ in places)


def names_mechanism(text: str, strategy: str, found: list[tuple[str, int, int]]) -> bool:
    """Is every place ``text`` names ``strategy`` part of a mechanism phrase of ``found`` that the strategy does not
    stand for as a cause? ('SiB4 facilitates the structural destabilization of LiBH4', 'thermodynamic destabilization
    of MgH2 formation through interfacial interactions': the destabilization is the mechanism the sentence credits,
    not the way the sample was made — 'the nanoconfinement effect' still names nanoconfinement, whose effect it is.)"""
    places = label_places(text, strategy)
    return bool(places) and all(any(a < stop and at < b and not stands_for(strategy, tid) for tid, at, stop in found)
                                for a, b in places)


def stands_for(strategy: str, tid: str) -> bool:
    """Is ``tid`` the mechanism ``strategy`` stands for as a cause (hkg:effectMechanism), or one narrower? (An
    external-field mechanism, 'the photothermal effect of MXene', is the field strategy's own, as ``named_for``
    reads.)"""
    vocab = vocabulary()
    if strategy not in vocab or tid not in vocab:
        return False
    effect = vocab.get(strategy).effect_mechanism
    return effect is not None and (tid == effect or vocab.is_a(tid, effect)) \
        or FIELD in vocab and vocab.is_a(tid, FIELD) and vocab.is_a(strategy, FIELD_DRIVING)


# a clause set against the one before it ('…, while the carbon shell keeps …', '…, whereas graphene …'): it names
# another actor, whose design is not what the other clause's phrase credits
# ('but' left out: it sets phrases against each other as often as clauses)
_CONTRASTED_CLAUSE = re.compile(rf"[,;]\s*{CLAUSE_CONTRAST}\b", re.I)


# ('… the effect of in situ formed NbH acting as gateways, and the "favorable thermodynamic destabilization" from
# LiH1-xFx'): a second cause the sentence lists after the phrase's, in words of its own
_NEXT_CAUSE = re.compile(r",\s*and\s+the\s+(?=[\"“']?[a-z])", re.I)


# ('ascribed to thermodynamic destabilization due to …, and to kinetic destabilization by addition of TiCl3'): the
# phrase's own cause, the second one a cue lists with its 'to' again; what the first names is the first's
_AGAIN_TO = re.compile(r",\s*and\s+(?:also\s+)?to\s+", re.I)


# ('ascribed to interfacial effects and size reduction', 'where Ti catalysis and strain at the interfaces lowered …'): a
# strategy named as a cause coordinated with the phrase, right after or before it, is that cause's, not the phrase's
_AND_AFTER = re.compile(r"\s*,?\s+and\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?", re.I)


_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+|an?\s+)?", re.I)


def not_coordinated(text: str, at: int, stop: int, strategies: list[str]) -> list[str]:
    """``strategies`` without those named only in a cause coordinated with the phrase at ``at``–``stop`` by 'and'
    ('interfacial effects and size reduction': the size reduction is its own cause, not the interface's strategy)."""
    if not strategies or " and " not in text:
        return strategies
    return [s for s in strategies
            if not (places := label_places(text, s))
            or not all(_AND_AFTER.fullmatch(text, stop, a) or _AND_BEFORE.fullmatch(text, b, at) for a, b in places)]


def in_own_clause(text: str, at: int, strategies: list[str]) -> list[str]:
    """``strategies`` without those named only in another clause of a sentence split by 'while'/'whereas' than the
    mechanism phrase at ``at`` ('the catalyst weakens the Al–H bonds, while the carbon shell keeps the particles
    apart': the shell's core–shell design is not what weakens the bonds)."""
    listed = _NEXT_CAUSE.search(text, at)
    if listed is not None and strategies:
        # (a strategy named only in a cause listed after the phrase's, ', and the …', is that cause's)
        strategies = [s for s in strategies
                      if not (places := label_places(text, s)) or any(a < listed.start() for a, _ in places)]
    again = [m.end() for m in _AGAIN_TO.finditer(text, 0, at) if IN_CLAUSE.fullmatch(text, m.end(), at)]
    if again and strategies:
        strategies = [s for s in strategies
                      if not (places := label_places(text, s)) or any(a >= again[-1] for a, _ in places)]
    cuts = [m.start() for m in _CONTRASTED_CLAUSE.finditer(text)]
    if not cuts or not strategies:
        return strategies
    start = max((c for c in cuts if c < at), default=0)
    end = min((c for c in cuts if c > at), default=len(text))
    return [s for s in strategies
            if not (places := label_places(text, s)) or any(start <= a < end for a, _ in places)]


def named_for(tid: str, phrase: str, named: list[str], ctx: Context) -> list[str]:
    """Strategies named for one mechanism phrase: one its own words name first ('microwave
    absorption' in a sentence that also names light-driven strategies), then the sentence's; an
    external-field mechanism in a sentence naming none takes the field strategy the paragraph names."""
    own = [t for t in find_terms(phrase, ("Strategy",)) if not names_mechanism(phrase, t, [(tid, 0, len(phrase))])]
    # (a strategy credited as the cause, 'the nanoconfinement in CMK-3' read as its confinement effect, is that
    # claim's strategy alone: the catalysis credited beside it is another claim's)
    standing = [t for t in own if stands_for(t, tid)]
    if standing and standing == own:
        return standing
    if own:
        return own + [n for n in named if n not in own]
    vocab = vocabulary()
    if not named and FIELD in vocab and vocab.is_a(tid, FIELD):
        return ctx.named_strategy(FIELD_DRIVING)
    return named


# 'milling with additives such as Nb and Zr for 8 h to refine …': the materials go with
# a processing step, and the phrase is what that step is done for (an infinitive of purpose)
_WITH_MATERIALS = re.compile(r"\s+(?:together\s+)?with\b(?:[^.;:]|\b(?:e\.g|i\.e)\.)*$", re.I)


_PURPOSE = re.compile(r"\bto\s+(?:$|[a-z]+\b(?!\s+(?:be|have)\b))", re.I)     # 'to reduce', 'to ' before the phrase


def step_opens(text: str, at: int) -> bool:
    """Does the sentence open, before the phrase at ``at``, with a processing step of the ontology as its subject
    ('Ball milling keeps the particles small', 'Prolonged milling refines the grains')? The step acts, not the
    sample's additive."""
    head = text[:at]
    vocab = vocabulary()
    for tid in find_terms(head, ("SynthesisMethod",)):
        for label in vocab.get(tid).labels:
            for m in label_word(label).finditer(head):
                if _STEP_SUBJECT.fullmatch(head, 0, m.start()):
                    return True
    return False


# (an article and one describing word before the step: 'Prolonged ball milling', 'The reactive milling')
_STEP_SUBJECT = re.compile(r"\W*(?:(?:the|this|such)\s+)?(?:[a-z][\w-]*\s+)?", re.I)


def processed_for(text: str, first: int, at: int) -> bool:
    """The materials named from ``first`` on are what a processing step of the ontology (a
    SynthesisMethod label: ball milling, sputtering …) was done with, and the mechanism phrase at
    ``at`` is the purpose of that step: the step is credited, not the materials."""
    vocab = vocabulary()
    head = text[:first]
    for tid in find_terms(head, ("SynthesisMethod",)):
        for label in vocab.get(tid).labels:
            for m in label_word(label).finditer(head):
                if _WITH_MATERIALS.match(text, m.end(), first) and _PURPOSE.search(text, first, at):
                    return True
    return False


# what a phrase is said to be brought about by, in its own clause ('the grain refinement, defects, etc. in the material
# introduced by ball milling', 'the strain induced by the milling process')
_BROUGHT_BY = gated(re.compile(r"(?:[^.;:()]|(?<=\betc)\.){0,80}?\b"
                         r"(?:introduced|induced|caused|created|generated|produced|brought\s+about)\s+"
                         r"(?:[a-z]+ly\s+)?(?:by|during|through)\s+(?:the\s+)?", re.I))


def made_by_step(text: str, stop: int) -> bool:
    """Is the mechanism phrase ending at ``stop`` said to be brought about by a processing step of the ontology (a
    SynthesisMethod label: ball milling, annealing …) rather than by a material?"""
    by = _BROUGHT_BY.match(text, stop)
    if by is None:
        return False
    tail = text[by.end():by.end() + 40]
    return any(re.match(label_word(label).pattern, tail, re.I)
               for tid in find_terms(tail, ("SynthesisMethod",)) for label in vocabulary().get(tid).labels)


def _sized(tid: str, ctx: Context) -> list[str]:
    """The nano strategy the paragraph (else its passage) names, when ``tid`` is its effect mechanism."""
    vocab = vocabulary()
    if not any(vocab.get(t).effect_mechanism == tid for t in vocab.descendants(NANO) if t in vocab):
        return []       # (most mechanisms are no nano form's effect: the paragraph is not read back for them)
    # (the strategy a paragraph names, else the nano form it writes of a storage material: 'Mg nanoparticles')
    nano = ctx.named_strategy(NANO) or next(
        (found for said in reversed(ctx.previous) if (found := host_forms(said.text))), [])
    return nano[:1] if nano and nano[0] in vocab and vocab.get(nano[0]).effect_mechanism == tid else []


def confining(tid: str, strategies: list[str]) -> bool:
    """Is ``tid`` the mechanism of the confinement strategy the sentence names for it?"""
    vocab = vocabulary()
    return NANOCONFINEMENT in vocab and any(n == NANOCONFINEMENT or n in vocab and vocab.is_a(n, NANOCONFINEMENT)
                                             for n in strategies) \
        and vocab.get(NANOCONFINEMENT).effect_mechanism == tid


def named_scaffold(additive: str, text: str, mentions) -> bool:
    """``additive`` is a support of the ontology the sentence calls a scaffold, framework or host:
    it confines the hydride, whatever the application makes of the composition."""
    vocab = vocabulary()
    term = vocab.lookup(additive, "Material") or vocab.by_formula(additive)
    if term is None or not any(k in vocab and (term.id == k or vocab.is_a(term.id, k)) for k in SUPPORTS):
        return False
    return any(f == additive and SCAFFOLD_NOUN.match(text, WORD_END.match(text, pos).end()) for pos, f, _ in mentions)


_MEANS = re.compile(r"(?:\s+of\s+(?:the\s+)?[^\s,;]+)?\s+(?:through|via|by(?:\s+means\s+of)?)\s+(?:the\s+|an?\s+)?"
                    r"(?:[\w-]+\s+)?", re.I)


# 'in the reactive hydride composite', 'for this composite': a sample named by its strategy, as where something acts
_IN_NAMED_SAMPLE = re.compile(r"\b(?:in|within|for)\s+(?:the|this|that|these|those|such)\s+$", re.I)


def named_sample(text: str, named: list[str], ctx: Context, said: Said) -> tuple[str, str] | None:
    """(strategy, host) where the sentence names the sample a material acts in by a strategy of ``named``
    ('the Ti-based additive in the reactive hydride composite'): the host of the last system the sentence or
    its passage wrote that the composition rules give that strategy (or a narrower one); else None."""
    vocab = vocabulary()
    for t in named:
        if not any(_IN_NAMED_SAMPLE.search(text, max(0, at - 30), at) for at, _ in label_places(text, t)):
            continue
        for earlier in [said, *reversed(ctx.previous), *reversed(ctx.earlier)]:
            for _, _, system in reversed(earlier.mentions):
                if getattr(system, "additives", None) and any(
                        st == t or st in vocab and vocab.is_a(st, t) for st in system_strategies(system)):
                    return t, host_of_system(system)
    return None


def named_strategies(text: str, mentions) -> list[str]:
    """Strategies the sentence names, without a nano form said only of a material that stores no
    hydrogen ('Au metal nanoparticles' credit no nanosizing; 'MgH2 nanoparticles', 'Mg thin films' do)."""
    vocab = vocabulary()
    out = []
    for t in find_terms(text, ("Strategy",)):
        nano = NANO in vocab and vocab.is_a(t, NANO)
        places = list(label_places(text, t))
        # 'the alloying of CoNi': a strategy said of the additive tells how it was made, not the host;
        # 'nanosized MgO particles': a nano form written before a material is that material's
        owners = [owner_after(text, end, mentions) or (owner_next(text, end, mentions) or owner(text, at, mentions)
                                                        if nano else None)
                  for at, end in places]
        if places and all(o is not None and not is_host(o) for o in owners):
            continue
        out.append((t, places))
    # 'destabilization through nanoconfinement', 'catalysis by alloying': the strategy written after
    # 'through'/'by'/'via' is the means, the one before it what that means achieves
    means = [(t, places) for t, places in out if places and all(
        any(_MEANS.fullmatch(text, end, at) for u, other in out if u != t for at, _ in other if at > end)
        for _, end in places)]
    # ('the single-atom Ni weakens …', 'Ni single atoms': how the catalyst is arranged, said by a form word beside it)
    arranged = [m.term for m in catalyst_arrangements(text, nlp_mentions(text)) if m.term]
    return list(dict.fromkeys([t for t, places in out if (t, places) not in means or len(means) == len(out)]
                              + arranged))


def host_forms(text: str) -> list[str]:
    """Strategies a form noun right after a storage material names ('MgH2 nanoparticles shorten …':
    nanosizing), read as the records read them; a catalyst's form ('ZrO2 nanoparticles') names none."""
    return list(dict.fromkeys(m.term for m in form_strategies(nlp_mentions(text), text) if m.term))
