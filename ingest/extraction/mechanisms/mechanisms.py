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
from dataclasses import dataclass

from ingest.extraction.text.abbreviations import designation, initialisms
from ingest.extraction.text.mechanisms_words import (
    ABSOLUTE_OPENING,
    ACRONYM,
    AGENT_AFTER,
    ANION_SUBSTITUTION,
    APPOSED,
    BETWEEN_AFTER,
    BEYOND_EARLIER,
    CARRIED_REF,
    CATALYTIC,
    CATALYTIC_WORD,
    CATION_SUBSTITUTION,
    CAUSE_CUE,
    CAUSE_GAP,
    COCKTAIL,
    COMBINED_SUBJECT,
    CONSEQUENCE,
    DESTABILIZED,
    DOPANT_OF_NEXT,
    FOUND_FOR,
    IN_SITU_PHASE,
    ION,
    IONS_AFTER,
    JOINT,
    METAL_REPLACED,
    METHOD_ACTS,
    NANO,
    NANOCONFINEMENT,
    NEW_CLAUSE,
    NO_CLAIM,
    NON_METALS,
    OF_AFTER,
    OF_THE,
    OWNED_NEXT,
    PARTS_SIGN,
    PHASES_FORMED_IN_SITU,
    POINTS_BACK,
    PRODUCT_LOWERS,
    REACTANT,
    REPLACED_HERE,
    RESTATING,
    STABILITY_STEMS,
    STABLE_PRODUCT,
    SUBJECT,
    WORD_END,
)
from ingest.extraction.text.nlp import clean_text
from ontology.elements import (
    TRANSITION,
    formula_symbols as _elements,  # (the element symbols a formula is written with)
)
from ontology.hosts import designated_alloy_base
from ontology.literal_patterns import apart_word, literal_places
from ontology.models import MechanismClaim
from ontology.strategy_rules import (
    APPLICATIONS,
    ARRANGEMENTS,
    ROLES,
)
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .mechanisms_additives import (
    _added,
    by_element,
    each_alternative,
    host_form_acts,
    host_is_subject,
    host_product_acts,
    listed_before,
    metal_parents,
    modifier,
    opens_definite,
    owner_points_back,
)
from .mechanisms_causes import (
    _credited_families,
    credited_by_cause,
    family_of_mechanism,
    presence_actor,
    presence_effect,
    without_joint_frame,
)
from .mechanisms_claims import claim
from .mechanisms_context import (
    Context,
    Said,
    element_added,
    host_of,
    listed_with,
    sample_named_back,
    with_abbreviations,
)
from .mechanisms_document import (
    alloy_hosted,
    in_document_applications,
    merged,
    studied_as_host,
    substituted_hosted,
    topics_give_way,
    without_restated,
)
from .mechanisms_formed import (
    catalyst_credited,
    clauses_of,
    compared,
    element_species,
    formed_from,
    products,
    said_in_situ,
    sped_by_formed_phase,
)
from .mechanisms_materials import (
    _credited,
    _mentions,
    _metals,
    alloy_holding,
    alloy_named,
    bare_element,
    composite_holding,
    compound_of_worded,
    host_of_system,
    is_confinement,
    is_host,
    is_support,
    modified,
    one_compound_of,
    phase_of,
    same_host,
    sample_additive,
)
from .mechanisms_no_claim import (
    anion_acts,
    anion_agent,
    anion_salt,
    co_conductor,
    of_the_sentences_application,
    own_motion,
    purpose_actor,
    purpose_end,
    without_consequences,
    without_denied,
    without_outcomes_of_means,
)
from .mechanisms_phrases import _application, find_mechanisms, names_any_mechanism
from .mechanisms_samples import (
    element_strategy,
    from_formed,
    from_said_formed,
    host_product,
    of_an_additives_elements,
    paragraph_strategy,
    rehosted,
)
from .mechanisms_strategies import (
    _composition_strategies,
    _sized,
    confining,
    host_forms,
    in_own_clause,
    made_by_step,
    named_as_outcome,
    named_for,
    named_sample,
    named_scaffold,
    named_strategies,
    names_mechanism,
    nano_form_opening,
    not_coordinated,
    processed_for,
    stands_for,
    step_opens,
)


def claims_of_sentence(sent, source_id: str, ctx: Context | None = None, restating: bool = False
                       ) -> list[MechanismClaim]:
    """``restating``: the sentence's section restates or hopes (a summary, an outlook), whose claims the caller
    drops: the sentence is only remembered, as one naming no mechanism is. (What its claims would read of the
    context, and leave in it, is the passage's own, which is all in that section.)"""
    ctx = ctx or Context()
    ctx.enter(sent)
    said = Said(sent)
    if restating:
        ctx.add(said)
        return []
    # the gate reads the cleaned sentence, as the claims below do: its phrases, found once (``_found``
    # is cached), are the claims' own (the measurements cleaned every sentence before: no second cleaning)
    clean = clean_text(sent.text, getattr(sent, "start", 0) or 0)
    text, low = clean.text, clean.text.lower()
    credited, presence = credited_by_cause(text)
    sped, formation_only = sped_by_formed_phase(text, low)
    product = PRODUCT_LOWERS.search(text) if any(w in low for w in STABILITY_STEMS) else None
    catalysed = catalyst_credited(text, low) if sped is None else None
    if not credited and sped is None and product is None and catalysed is None and not names_any_mechanism(text):
        ctx.add(said)
        return []
    found, families = _phrases_credited(text, sped, product, credited, catalysed)
    _read_mentions(said, ctx, text)
    if not found or NO_CLAIM.search(BEYOND_EARLIER.sub(" ", text)):
        # (a sentence that gives no claim is only remembered: its host and sample are asked for by a
        # later sentence, if ever, through ``ctx``)
        ctx.add(said)
        return []
    host, named_here, placed, sample, sample_system = _host_and_sample(said, ctx, text, found, sent)
    ctx.add(said)
    found = without_consequences(without_denied(found, text), text)
    found = of_the_sentences_application(found, text, low)
    found = without_outcomes_of_means(found, text)
    if not found:
        return []
    named = [n for n in named_here if (not placed or n != placed[0]) and not names_mechanism(text, n, found)]
    in_situ, found = _in_situ_said(found, text)
    whole = _systems_written_whole(said, text, host, sample)
    formed = _phases_catalysing(said, text, host, found, in_situ)
    earlier, given = _passage_before(ctx, said)
    found, explaining = _explained_by_mechanisms(found, text, said, host)
    s = _Sentence(sent, source_id, ctx, said, text, host, sample, sample_system, presence, families, named, in_situ,
                  formed, earlier, given, sped)
    claims = _Claims()
    # (each phrase in the sentence's order; one said of a compound or a composite leaves that name, or None, in
    # ``whole`` for the phrases after it: ``_credit_phrase``)
    for tid, at, stop in found:
        whole = _credit_phrase(s, (tid, at, stop), explaining.get((tid, at, stop)), whole, claims)
    out = claims.out
    if sped is not None and all(a == sped.start() for _, a, _ in found):
        out = _reactant_destabilized(out)
    if formation_only:
        out = [c for c in out if c.mechanism != IN_SITU_PHASE or c.in_situ_phase is not None]
    return _narrowest(_one_per_additive(_alloy_as_host(
        out + _also_of(out, text) + _each_of_hosts(out, text, found))))


@dataclass
class _Sentence:
    """What the steps crediting a sentence's phrases one by one all read, fixed before the first phrase (no step
    changes it): the sentence, its context, and what ``claims_of_sentence`` decided of the whole sentence."""
    sent: object
    source_id: str
    ctx: Context
    said: Said
    text: str                           # (the cleaned sentence)
    host: str | None
    sample: list[str]
    sample_system: object
    presence: list[tuple[str, int, int]]
    families: list[tuple[str, int, int]]
    named: list
    in_situ: bool
    formed: dict
    earlier: list[str]
    given: set
    sped: re.Match | None


class _Claims:
    """A sentence's claims in the order made, each (mechanism, host, additive, phase) once: the phrases of one
    sentence often credit the same material twice."""

    def __init__(self) -> None:
        self.out: list[MechanismClaim] = []
        self.seen: set = set()

    def fresh(self, key: tuple) -> bool:
        """Is ``key`` not yet claimed (and from now on claimed)?"""
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def _phrases_credited(text: str, sped, product, credited: list, catalysed) -> tuple[list, list]:
    """The mechanism phrases the sentence credits (labels, the in-situ phase, a stable product, families, strategies
    credited by a cue, a bare catalyst), each once; with the family phrases among them."""
    found = find_mechanisms(text)
    if sped is not None and IN_SITU_PHASE in vocabulary() and not any(a < sped.end() and sped.start() < b
                                                                         for _, a, b in found):
        found = [*found, (IN_SITU_PHASE, sped.start(), sped.end())]
    if product is not None and STABLE_PRODUCT in vocabulary():
        # (a product said to lower the stability, 'the formation of CaB6 lowers the stability of NaBH4', is the
        # product's stabilisation, not a reactant's destabilisation its words would name alone)
        found = [f for f in found if not (f[0] == DESTABILIZED and f[1] < product.end() and product.start() < f[2])]
        if not any(t == STABLE_PRODUCT or a < product.end() and product.start() < b for t, a, b in found):
            found = [*found, (STABLE_PRODUCT, product.start(), product.end())]
    # a family credited beside a particular mechanism of another kind ('plays a catalytic role by reducing
    # the size'); beside one of its own members it gives way ('catalytic roles, with TiFe … as hydrogen pumps')
    credited_families = _credited_families(text)
    # ('a kinetic destabilization of LiAlH4 by TiCl3', 'TiCl3 kinetically destabilizes LiAlH4'): a credited family
    # label that starts before a particular one and ends inside it qualifies its words — read from the left, as the
    # words of one label are, the reading that starts first wins (a destabilization said to be kinetic is a catalyst's
    # doing); a particular label lying wholly inside the family's ('act as the real catalysts') stays the claim
    found = [f for f in found if not any(a < f[1] < b < f[2] for _, a, b in credited_families)]
    families = [f for f in credited_families if not any(a < f[2] and f[1] < b for _, a, b in found)
                and not any(vocabulary().is_a(tid, f[0]) for tid, _, _ in found)
                and not family_of_mechanism(text, f, found)]
    found += families
    found = without_joint_frame(found, credited, text)
    found += [c for c in credited if not any(a < c[2] and c[1] < b or t == c[0] for t, a, b in found)]
    if catalysed is not None and not found and CATALYTIC in vocabulary():
        # (nothing else credited: the catalyst's effect; two catalysts said to act combined, their cocktail effect)
        joint = COCKTAIL in vocabulary() and COMBINED_SUBJECT.search(text, 0, catalysed.start()) is not None
        found = [(COCKTAIL if joint else CATALYTIC, catalysed.start(), catalysed.end())]
    return found, families


def _read_mentions(said: Said, ctx: Context, text: str) -> None:
    """Give ``said`` the cleaned sentence and its materials, abbreviations spelled out, for this sentence's steps and
    for later sentences that ask the context for it."""
    # (and a formula in capitals the passage added with an amount, 'milled with 10 wt% VN': the word again, 'VN acts
    # as …', is that material, not an acronym) (each name looked at once: the passage names most many times)
    capitals = {f: f for f in dict.fromkeys(ctx.added(passage=True)) if ACRONYM.fullmatch(f)}
    said._text, said._mentions = text, with_abbreviations(_mentions(text), text,
                                                          {**capitals, **ctx.abbreviated} if capitals
                                                          else ctx.abbreviated)


def _host_and_sample(said: Said, ctx: Context, text: str, found: list, sent) -> tuple:
    """The host the sentence's claims are of, the strategies it names (and the one naming its sample), and the
    sample its additives act in with that sample's system: the sentence's own, else the paragraph's."""
    host = host_of(said, ctx, text)
    # 'the Ti additive in the reactive hydride composite': the sample the additive acts in, named by its
    # strategy, is the passage's system of that strategy, whose host is the claim's (LiBH4 of 2LiBH4–MgH2 in a
    # passage that also studies MgH2 alone); that strategy is the sample's, not what the additive does
    # (the strategies the sentence names, read once: the sample's and, below, the claims')
    named_here = named_strategies(text, said.mentions)
    placed = named_sample(text, named_here, ctx, said)
    host = placed[1] if placed else host
    # the sample this sentence makes ('Ni/C was introduced into LiBH4 …, with Ni2B acting as …'),
    # else the one the paragraph made before
    sample, sample_system = said.made(host) if host else ([], None)
    if not sample:
        sample, sample_system = ctx.sample(host)
        if sample:
            sample, sample_system = _class_turned_to(sample, sample_system, ctx, sent)
    # a paragraph that names no sample of its host goes on about the one the paragraph before it made
    # ('The composite …' / 'The five elements of the alloy weaken …' in the next paragraph)
    if not sample and CARRIED_REF.search(text, 0, found[-1][2]):
        sample, sample_system = ctx.sample(host, before=True)
    return host, named_here, placed, sample, sample_system


def _in_situ_said(found: list, text: str) -> tuple[bool, list]:
    """Does the sentence say a phase formed in situ (at its phrases)? And its phrases, with the in-situ catalytic
    phase at the first catalytic one where it says so and names none."""
    vocab = vocabulary()
    # 'in situ formed' (a synthesis method) or 'formed in situ' (the in-situ catalytic phase itself)
    # (read without articles, as the mechanism labels are: 'produced from the reactions between …')
    # (and with its words hyphenated: 'the in-situ formed Mg2Ni')
    # (or a participle of forming said with the run or the milling it formed in: 'generated during hydrogenation',
    # 'produced upon the first dehydrogenation', 'formed after ball milling')
    # (in the clauses of the phrases only: 'Ni acts as a catalyst; MgO forms during milling' says nothing formed of Ni)
    in_situ = any(t == IN_SITU_PHASE for t, _, _ in found) \
        or said_in_situ(clauses_of(text, found))   # (the cheap look first)
    # (at the first catalytic phrase: 'X formed during milling plays a catalytic role, while graphene prevents the
    # agglomeration' credits the in-situ phase where the catalysis is said, not graphene's phrase)
    catalytic = next((f for f in found if f[0] in vocab and vocab.is_a(f[0], CATALYTIC)), None)
    if in_situ and IN_SITU_PHASE in vocab and not any(t == IN_SITU_PHASE for t, _, _ in found) \
            and catalytic is not None:
        found.append((IN_SITU_PHASE, catalytic[1], catalytic[2]))
    return in_situ, found


def _systems_written_whole(said: Said, text: str, host: str | None, sample: list[str]) -> list:
    """The host systems the sentence writes whole ('MgH2–TiVNbZrFe'), with their places: a material named in one
    acts in that system."""
    # what the sentence says is replaced ('the replacement of Li/Mg by Zn … to Li/Mg'): the host's part
    replaced = {s.text for pos, f, s in said.mentions if s is not None and REPLACED_HERE.search(text, 0, pos)}
    # (written with a sign between its parts: one compound's formula, 'MgBH4NH2', read as two salts, is no sample)
    return [(pos, s) for pos, f, s in said.mentions      # a system written whole: 'MgH2–TiVNbZrFe'
            if modified(s) and is_host(host_of_system(s)) and s.text not in replaced
            and PARTS_SIGN.search(s.text)
            and not (host and PHASES_FORMED_IN_SITU.search(text[max(0, pos - 80):pos]))
            and not (host and phase_of(host_of_system(s), host, said.added() + sample))]


def _phases_catalysing(said: Said, text: str, host: str | None, found: list, in_situ: bool) -> dict:
    """The phases the sentence says its additives turn into that do the catalysing (phase → (place, additive)): each
    is an in-situ catalytic phase of that additive."""
    vocab = vocabulary()
    # the phases the sentence says its additives turn into ('TiO2 was reduced to Ti2O3 …, and the Ti2O3 serves as
    # the active catalyst'): where one does the catalysing, it is an in-situ catalytic phase of that additive
    formed = formed_from(said.mentions, text, host)
    # (or, in a sentence saying it formed in situ, does what a catalyst does, of any kind: 'RbF reacts with LiNH2 to
    # form RbNH2 …, and the in situ formed RbNH2 weakens the N–H bonds')
    return {f: v for f, v in formed.items() if any(v[0] < stop and (
        in_situ or t == CATALYTIC or t in vocab and vocab.is_a(t, CATALYTIC)) for t, _, stop in found)}


def _passage_before(ctx: Context, said: Said) -> tuple[list[str], set]:
    """What the passage added before this sentence (for the alloy a bare metal belongs to), and what it added or
    named before it (a material it introduced is its own actor, not a phase the sentence's sample formed)."""
    earlier = [f for f in ctx.added(passage=True) if f not in said.added()]
    # (what the passage added or named before this sentence: a material it introduced is its own actor, not
    # a phase the sentence's sample formed — 'Mg2Ni formed from NiCp2. The Mg2Ni alloys disrupt …')
    given = ctx.given(passage=True) | {f for s_ in [*ctx.earlier, *ctx.previous] if s_ is not said for f in s_.added()}
    return earlier, given


def _explained_by_mechanisms(found: list, text: str, said: Said, host: str | None) -> tuple[list, dict]:
    """The phrases without a catalytic effect that particular mechanisms of the sentence are said to explain, and
    for each explaining phrase the (effect, additive) it explains: those mechanisms are that additive's."""
    # ('shorter diffusion paths help explain how well an NbF5 additive catalyses the host'): particular
    # mechanisms said to explain the catalytic effect of an additive are that additive's, and the effect they explain
    # is no claim of its own
    # (the effect looked for among the phrases of the catalytic family the sentence credits, kept or not beside a
    # narrower mechanism)
    effects = [f for f in {*found, *_credited_families(text)} if f[0] == CATALYTIC]
    explaining = {f: e for f in found if f[0] != CATALYTIC
                  and (e := _explained_family(text, f[2], effects, said.mentions, host)) is not None}
    return [f for f in found if f not in {e[0] for e in explaining.values()}], explaining


def _credit_phrase(s: _Sentence, phrase: tuple[str, int, int], explained, whole: list, claims: _Claims):
    """Add the claims one mechanism phrase makes: its strategies, the host and the additive it credits, each phase
    that additive turned into. Returns the sentence's systems written whole as the next phrase reads them (a phrase
    said of one compound or composite leaves that name, or None, in their place)."""
    tid, at, stop = phrase
    claim_host, additive, system = s.host, None, None
    if explained is not None:
        additive = explained[1]
    if phrase in s.presence:
        # (a result credited to an additive's being there: that additive, the passage's, acts by what its kind
        # of strategy stands for)
        actor = presence_actor(s.text, stop, s.said.mentions, [*s.sample, *s.ctx.added(passage=True)],
                               s.sample, claim_host)
        tid = presence_effect(actor) if actor is not None else None
        if tid is None:
            return whole
    strategies, anion, agent_anion = _strategies_of_phrase(s, tid, at, stop)
    if explained is None:                       # (else the additive whose catalytic effect the phrase explains)
        claim_host, additive, system = _in_system_written_whole(s, (tid, at, stop), whole, claim_host)
    if additive is None:
        additive, tid, strategies, whole = _actor_of_phrase(s, tid, at, stop, claim_host, strategies, anion,
                                                            agent_anion, whole, claims)
    additive, strategies = _scaffold_or_form(s, tid, additive, strategies, claim_host)
    if _credits_nothing(s, tid, at, stop, additive, strategies, claim_host):
        return whole
    # (a claim without a host waits for the host its paragraph names next: ``mechanism_claims``)
    # (a sample written with the abbreviation, 'the LiBH4/MAH composite', credits the formula it stands for)
    additive = s.ctx.as_written(s.ctx.spelled.get(additive or "", additive))
    pairs = _phases_of_additive(s, at, stop, additive, claim_host)
    _claim_pairs(s, tid, pairs, claim_host, strategies, system, claims)
    return whole


def _strategies_of_phrase(s: _Sentence, tid: str, at: int, stop: int) -> tuple[list, object, object]:
    """The strategies a phrase is credited to (named in its clause, else a substitution the sentence says), with the
    anion the sentence says acts and the one a passive's agent substitutes in."""
    text = s.text
    strategies = in_own_clause(text, at, named_for(tid, text[at:stop], s.named, s.ctx))
    strategies = not_coordinated(text, at, stop, strategies)
    if strategies and CONSEQUENCE.search(text, stop):
        strategies = [n for n in strategies if not named_as_outcome(text, n, stop)]
    # 'substitute Li with Mg and Ca … weakens the N–H bonds': a metal of the host replaced by others (also after
    # the phrase: 'vacancies form by substitution of Ca with Al')
    replaced = METAL_REPLACED.search(text)
    if not strategies and replaced and replaced.group(1) not in NON_METALS and CATION_SUBSTITUTION in vocabulary():
        strategies = [CATION_SUBSTITUTION]
    # 'F^- can break the B–H bond': an anion of the sample acting is that anion's substitution
    anion = anion_acts(text, at, s.said.mentions)
    # ('the HT phase … can be stabilized by Br− substitution'): the anion the passive's agent substitutes in
    agent_anion = anion_agent(text, stop)
    anion = anion or agent_anion
    if not strategies and anion and ANION_SUBSTITUTION in vocabulary():
        strategies = [ANION_SUBSTITUTION]
    return strategies, anion, agent_anion


def _in_system_written_whole(s: _Sentence, phrase: tuple[str, int, int], whole, claim_host):
    """The host, additive and system of a phrase said in a system the sentence writes whole: the composite its actor
    acts in, else that system's partner (unless a catalytic mechanism, which is the catalyst's)."""
    tid, at, stop = phrase
    text = s.text
    additive, system = None, None
    # (a composite named after the phrase, "… in the Mg(NH2)2–2LiH system", is where a material named
    # before it acts, not the actor)
    owner_at = OF_AFTER.match(text, stop)
    # (for a family phrase, credited to a material by the sentence's frame: "X exhibited a catalytic effect")
    actor_first = phrase in s.families and any(
        (pos < at or owner_at is not None and stop < pos <= owner_at.end()) and _credited(f, claim_host)
        and (s_ is None or not modified(s_)) for pos, f, s_ in s.said.mentions)
    if whole and actor_first and not any(w[0] < at for w in whole):
        claim_host = host_of_system(whole[0][1])   # the composite the actor acts in
    elif whole and purpose_end(text, at) is None:
        before = [w for w in whole if w[0] < at]
        _, system = before[-1] if before else whole[0]
        claim_host, partner = host_of_system(system), system.additives[0]
        # (a reactive composite written whole, 'the Li–Mg–B–H system', 2LiBH4–MgH2: its partner destabilizes;
        # a catalytic mechanism is the catalyst's, found below as in any sentence)
        if not (partner.role == ROLES["destabilizer"] and vocabulary().is_a(tid, CATALYTIC)):
            additive = partner.formula
    return claim_host, additive, system


def _candidate_actors(s: _Sentence, claim_host: str | None) -> list[tuple[int, str]]:
    """The materials of the sentence that may act (with their places): none it forms, replaces, lists beside the
    host, compares with, or names as ions or as a dopant of the next word."""
    text, said = s.text, s.said
    # a product the sentence forms ('forming stable AlB2') is no additive, unless the
    # sentence says it forms in situ and acts ('the in situ generated Ni2B acting as …')
    made = set() if s.in_situ else products(said.mentions, text)
    # (a phase the sentence says an additive turns into, credited with a catalytic mechanism, is the
    # actor: 'NbF5 reacted with MgH2 to form NbH and MgF2, which catalyse …', credited below to NbF5)
    if s.formed:
        made -= {p for p, _ in s.formed.values()}
    # (what the sentence says is replaced, 'Li/Mg' of 'replacement of Li/Mg by Zn', is the host's part)
    # (and hydrides listed with the host, 'in Li(CB11H12) and NaCB11H12', are studied beside it)
    replaced = {f for pos, f, _ in said.mentions if REPLACED_HERE.search(text, 0, pos)}
    replaced |= listed_with(said.mentions, text, claim_host)
    return [(pos, f) for pos, f, _ in said.mentions
            if (_credited(f, claim_host) or f in s.ctx.abbreviated) and f not in replaced
            and not sample_named_back(text, pos)
            and not DOPANT_OF_NEXT.match(text, WORD_END.match(text, pos).end())
            and pos not in made and not compared(text, pos)
            and not IONS_AFTER.match(text, WORD_END.match(text, pos).end())]


def _subject_first(s: _Sentence, before: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
    """The materials named before the phrase, the actor last: the sentence's subject in the phrase's clause, else the
    nearest (or the sample's additive of an element species the phrase is said of)."""
    text = s.text
    # a material after the phrase is more often its object or a comparison ('between the
    # hydride and the silica walls', 'just like the effect of KH') than its actor: the
    # paragraph's sample comes first
    species = element_species(text, at)
    if not before and species and s.sample:
        before = [(species[0], element_added(species[1], s.sample, s.ctx))]
    # the sentence's subject acts ('The graphene keeps the Mg and LiH domains connected and
    # buffers …'), else the material nearest before the phrase
    # (in the phrase's own clause: 'TiO2 provides …, while HCS prevents …' credits HCS)
    subject = [(pos, f) for pos, f in before if SUBJECT.fullmatch(text, 0, pos)
               and not NEW_CLAUSE.search(text, pos, at)]
    if subject and subject[0] != before[-1] and subject[0][1] not in listed_before(before, text):
        before = [b for b in before if b != subject[0]] + subject
    return before


def _sample_acts(s: _Sentence, at: int, stop: int, strategies: list) -> bool:
    """Is the paragraph's sample the phrase's actor? Only where the sentence points back to it or names a species,
    strategy, cue or material of its own, and no method or processing step acts."""
    text = s.text
    # the paragraph's sample is the actor only where the sentence points back to it ('it', 'the
    # catalysed hydride', 'which') or names a species of its own; one naming no actor credits nothing
    # (or inside it: 'the synergistic effect of the constituent elements')
    # (and the word it is said of, after it: 'the hydrogen pump effect of the catalyst', 'the
    # grain refinement induced by the additive')
    pointed = bool(POINTS_BACK.search(text, 0, stop)) or owner_points_back(text, stop)
    # 'These methods induce …', 'Anion doping … induces …': a way of modifying acts, no sample
    # (and a result of the sample's credited to the phrase itself: 'The faster uptake can be ascribed
    # to the hydrogen spillover effect')
    cue = next((m for m in CAUSE_CUE.finditer(text, 0, at)
                if CAUSE_GAP.fullmatch(text, m.end(), at)), None)
    return bool(s.sample) and not METHOD_ACTS.search(text, 0, at) \
        and not step_opens(text, at) and (
        pointed or bool(strategies) or bool(s.said.mentions) or bool(ION.search(text)) or cue is not None
        or opens_definite(text, at))


def _actor_named_before(s: _Sentence, tid: str, at: int, stop: int, claim_host: str | None, strategies: list,
                        anion, agent_anion, before: list, after: list[str]) -> tuple:
    """The actor of a phrase from what the sentence names before it, else the alternatives a counting subject
    names, the anion, the sample, what follows; none where the milling or the host's own form acts. Returns
    (before, each, additive, strategies)."""
    text, sample = s.text, s.sample
    sample_acts = _sample_acts(s, at, stop, strategies)
    # ('The three studied systems destabilized LiBH4', 'Both composites …'): a subject that counts the
    # passage's samples, each with one of its alternatives, credits every one of them
    each = each_alternative(text, at, s.ctx, sample) if sample_acts and not before else []
    # (the sample's additives holding the element, else those the passage added: 'TiF3 or Ti(OBu)4')
    named_by = by_element(text, before[-1][0], at, sample) or \
        by_element(text, before[-1][0], at, sorted(s.given)) if before else []
    if named_by:
        before, each = [], named_by
    additive = before[-1][1] if before else each[0] if each else agent_anion if agent_anion \
        else modifier(s.ctx.best_first(sample), after, claim_host) if sample_acts \
        else anion if anion else after[0] if after else None      # (the anion substituted in acts)
    # the effect of a nano form the paragraph gives the host ('Mg nanoparticles … the decrease of path
    # lengths for diffusion'), where the sentence names no actor, is the host's own, not the sample's
    # catalyst's (the ontology's hkg:effectMechanism of that nano strategy)
    sized = _sized(tid, s.ctx) if not before and not strategies and sample_acts else []
    if sized:
        additive, strategies = None, sized
    if before and processed_for(text, before[0][0], at) or made_by_step(text, stop):
        # 'milling with Ti, V for 5 h to reduce particle size', '… as well as the grain refinement and defects
        # introduced by ball milling': the milling acts
        before, additive = [], None
    elif not before and (host_form_acts(text, at, s.said.mentions, claim_host)
                         or host_product_acts(text, at, s.said.mentions, claim_host)):
        additive = None                # 'the nanocrystals of MgH2 … provide shorter diffusion paths'
    return before, each, additive, strategies


def _owner_after_phrase(s: _Sentence, tid: str, at: int, stop: int, claim_host: str | None, others: list,
                        before: list, additive, whole) -> tuple:
    """The material a phrase is said of or by after it ('the photothermal effect of MXene', '… by TiF3'), which
    acts whatever comes before, with the materials listed after it; one compound or composite they make acts
    together (the cocktail effect). Returns (owned, before, additive, tid, whole)."""
    text, vocab = s.text, vocabulary()
    # 'the photothermal effect of MXene', 'the LSPR effect of Cu nanoparticles': the material
    # the phrase is said of acts, whatever comes before it
    # (and the agent of a passive or a nominal phrase: '… was suppressed in the presence of KH',
    # 'weakening of the Mg–H bond by TiF3')
    owner = OF_AFTER.match(text, stop) or BETWEEN_AFTER.match(text, stop) \
        or FOUND_FOR.match(text, stop) or AGENT_AFTER.match(text, stop)
    owned = [(pos, f) for pos, f in others if owner and stop < pos <= owner.end()][:1]
    if owner and not owned:
        # (an additive a system of the passage was written with, by its own name: 'the high surface
        # area of the MC scaffold' after 'LiBH4@MC–NbF5')
        at_name = OF_THE.match(text, stop)
        owned = [(at_name.end(), f) for f in dict.fromkeys([*s.sample, *s.ctx.given(passage=True)])
                 if at_name and _credited(f, claim_host)
                 and text.startswith(f, at_name.end())
                 and not _joins_name(text, at_name.end() + len(f))
                 and not DOPANT_OF_NEXT.match(text, at_name.end() + len(f))][:1]
    if owned and owner is not None and owner.re in (OF_AFTER, BETWEEN_AFTER, FOUND_FOR):
        # ('the synergistic effect of Ni and Ti', '… between Ni and Ti'): each material listed after the
        # first is said of too
        for pos, f in others:
            if pos > owned[-1][0] and OWNED_NEXT.fullmatch(text, owned[-1][0], pos):
                owned.append((pos, f))
    if owned:
        before, additive = owned, owned[-1][1]
        whole = one_compound_of(owned, s.sample)
        if whole is not None and tid == CATALYTIC and COCKTAIL in vocab:
            # ('the synergistic effect of the mixed oxides of Ni and Mo' in MgH2 + NiMoO4): the combined action
            # of the elements of one additive is its cocktail effect, one claim on that additive
            tid, before, additive = COCKTAIL, [owned[-1]], whole
        joint = tid == COCKTAIL or (tid == CATALYTIC and COCKTAIL in vocab
                                     and JOINT.search(text, at, stop) is not None)
        whole = composite_holding(owned, others, text, s.ctx.added(passage=True)) if joint else None
        if whole is not None:
            # ('synergetic catalysis of NiCo NPs and rGO' in a passage on MgH2–NiCo/rGO): the materials acting
            # together are the parts of one additive the passage wrote as a composite, one claim on it
            tid, before, additive = COCKTAIL, [owned[-1]], whole
    return owned, before, additive, tid, whole


def _named_around_phrase(s: _Sentence, at: int, stop: int, others: list, owned: list, before: list,
                         additive) -> tuple:
    """The materials a phrase names in brackets right after it ('the active species (NbHx and NbB2)'), else the
    subject of the main clause a purpose opens the sentence with: what it speaks of. Returns (before, additive)."""
    text = s.text
    # the materials a phrase names in brackets right after it are what it speaks of ('the active
    # species (NbHx and NbB2)')
    apposed = APPOSED.match(text, stop)
    named_in = [(pos, f) for pos, f in others if apposed and stop < pos < apposed.end()]
    if named_in and not owned:
        before, additive = named_in, named_in[-1][1]
    # ('To lower the interfacial resistance between LiBH4 and LiCoO2, a Li3PO4 layer was inserted'): a purpose
    # the sentence opens with is what its main clause's subject does; the materials inside it are its object
    purposed = purpose_actor(text, at, others)
    if purposed is not None:
        before, additive = [purposed], purposed[1]
    return before, additive


def _additive_as_named(s: _Sentence, additive: str, before: list, claim_host: str | None,
                       strategies: list) -> tuple:
    """The credited material as the claim names it: the name the sentence gives it, the compound its words name,
    the sample's additive, the alloy holding it (unless an absolute clause opens with the bare metal), the anion's
    salt. Returns (additive, strategies)."""
    text, sample, said = s.text, s.sample, s.said
    # ('TiO2 (designated as NaTiOxH)'): the name the sentence gives the credited material
    additive = next((named_as for _, end in literal_places(text, additive, joined_before=apart_word,
                                                           joined_after=apart_word)
                     if (named_as := designation(text, end)) is not None), additive)
    additive = compound_of_worded(additive, sample or [f for _, f, _ in said.mentions], text,
                                  claim_host, s.in_situ)
    metal = additive
    additive = sample_additive(additive, sample, claim_host, s.in_situ)
    alloy = alloy_named(additive, said.mentions, claim_host, s.earlier)
    if bare_element(metal) and before and ABSOLUTE_OPENING.search(text, 0, before[-1][0]):
        # (a metal an absolute clause opens with acts on its own, not as the alloy the sentence or the
        # sample names: 'Nb/V sites …, with V weakening the Mg–H bonds and Nb …'; the strategy is
        # still that of the alloy holding it, named here, the sample's or added by the passage)
        holder = next((a for a in (alloy, additive) if a != metal), None) \
            or alloy_holding(metal, [*s.earlier, *sample])
        additive = metal
        if holder is not None and claim_host and not strategies:
            strategies = _composition_strategies(claim_host, (holder,))[:1]
    else:
        additive = alloy
    return anion_salt(additive, claim_host, [*sample, *s.earlier]), strategies


def _claim_listed(s: _Sentence, tid: str, at: int, stop: int, listed: list[str], additive, claim_host: str | None,
                  strategies: list, claims: _Claims) -> str:
    """Claim each material listed with the actor ('TiH2 and MgF2 act as …'); a catalytic phrase of acting together
    said of two or more is their combined action. Returns the phrase's mechanism."""
    text, sample, said, vocab = s.text, s.sample, s.said, vocabulary()
    if listed and tid == CATALYTIC and COCKTAIL in vocab and JOINT.search(text, at, stop) \
            and not s.in_situ:
        # ('KH and RbH provide synergetic effects', 'the synergistic effect of CeO2 and NbF5'): a catalytic
        # phrase of acting together, credited to two or more additives at once, is their combined action
        # (phases the sentence says formed, 'the newly formed MgS and Fe present a co-catalytic effect', act
        # together as what their additive turned into: its in-situ catalytic phase, no cocktail of catalysts)
        tid = COCKTAIL
    # 'TiH2 and MgF2 act as …', 'ZrCo and TiFe acting as …': each material of the list
    for f in listed:
        f = compound_of_worded(f, sample or [g for _, g, _ in said.mentions], text, claim_host, s.in_situ)
        f = alloy_named(sample_additive(f, sample, claim_host, s.in_situ), said.mentions, claim_host, s.earlier)
        added, phase = _added(f, s.in_situ, said.mentions, text, sample, claim_host, s.given, s.formed)
        measured = s.ctx.measured_as(claim_host, added, sample)
        added = measured[0] if measured else added
        f_tid = IN_SITU_PHASE if f in s.formed and tid == CATALYTIC and IN_SITU_PHASE in vocab \
            or _turned_into(tid, phase) else tid
        if added != additive and claims.fresh((f_tid, claim_host, added, phase)):
            claims.out.append(claim(f_tid, claim_host, added, strategies, s.ctx.apart(sample, added), None,
                                    s.in_situ or f in s.formed, s.sent,
                                    s.source_id, phase, measured=measured))
    return tid


def _actor_of_phrase(s: _Sentence, tid: str, at: int, stop: int, claim_host: str | None, strategies: list,
                     anion, agent_anion, whole, claims: _Claims) -> tuple:
    """The additive a phrase credits where no system written whole gives it (claiming the materials listed with it
    on the way). Returns (additive, tid, strategies, whole)."""
    others = _candidate_actors(s, claim_host)
    before = _subject_first(s, [(pos, f) for pos, f in others if pos < at], at)
    after = [f for pos, f in others if pos >= at]
    before, each, additive, strategies = _actor_named_before(s, tid, at, stop, claim_host, strategies, anion,
                                                             agent_anion, before, after)
    owned, before, additive, tid, whole = _owner_after_phrase(s, tid, at, stop, claim_host, others, before,
                                                              additive, whole)
    before, additive = _named_around_phrase(s, at, stop, others, owned, before, additive)
    if additive is not None:
        additive, strategies = _additive_as_named(s, additive, before, claim_host, strategies)
    listed = listed_before(before, s.text) or each[1:]
    tid = _claim_listed(s, tid, at, stop, listed, additive, claim_host, strategies, claims)
    return additive, tid, strategies, whole


def _scaffold_or_form(s: _Sentence, tid: str, additive, strategies: list, claim_host: str | None) -> tuple:
    """The actor a confinement or a nano form stands for: the scaffold (not a catalyst or hydride it holds), the
    nano form a sentence naming no material opens with, the host's own form. Returns (additive, strategies)."""
    text, sample, said, ctx = s.text, s.sample, s.said, s.ctx
    if additive is not None and not is_support(additive) and confining(tid, strategies):
        # the confinement a sentence credits is the scaffold's, not a catalyst's it holds ('the synergistic
        # effects of nanoconfinement and the Ni sites in the mesoporous carbon'): the support it names, else
        # the sample's
        scaffold = [f for _, f, _ in said.mentions if is_support(f)] or [f for f in sample if is_support(f)]
        additive = scaffold[-1] if scaffold else additive
    if additive is not None and (is_host(additive) or co_conductor(additive, claim_host)) and strategies \
            and all(map(is_confinement, strategies)):
        # 'nanoconfined 2LiBH4–MgH2 decomposes with no B2H6 release': what a sentence credits to the confinement
        # of a composite of hydrides is the scaffold's doing, not the partner hydride's: the support it names,
        # else the sample's, else the passage's
        scaffold = [f for _, f, _ in said.mentions if is_support(f)] or [f for f in sample if is_support(f)] \
            or [f for f in ctx.added(passage=True) if is_support(f)]
        additive = scaffold[-1] if scaffold else additive
    if additive is not None and not strategies and named_scaffold(additive, text, said.mentions):
        strategies = [NANOCONFINEMENT]   # 'the carbon scaffold … alleviates the volume expansion'
    if additive is None and not strategies and not said.mentions and claim_host:
        # 'Nanoparticles stabilize the molten state': the sample's nano form opens a sentence naming no
        # material, and acts
        form = nano_form_opening(text)
        strategies = [form] if form else []
    if additive is None and not strategies and host_is_subject(text, said.mentions, claim_host):
        # 'The resulting MgH2 particles … shorten diffusion paths': the host as the paragraph made it
        # acts, through the nano form the paragraph (else its passage) names
        # (its own sentence first: 'MgH2 nanoparticles shorten the diffusion paths')
        strategies = host_forms(text) or ctx.named_strategy(NANO)
    if additive is None and not strategies and not said.mentions and claim_host and not sample:
        # 'Nanocrystalline MgH2 was made by milling. … The fast kinetics are ascribed to the shorter diffusion
        # paths': a sentence naming no material, in a paragraph whose sample of the host holds no additive,
        # credits the mechanism to the paragraph's nano form that stands for it (the ontology's
        # hkg:effectMechanism), else to the host's nano form the paragraph named last
        strategies = [t for t in ctx.named_strategy(NANO) if stands_for(t, tid)] or ctx.last_strategy_of(NANO)
    return additive, strategies


def _credits_nothing(s: _Sentence, tid: str, at: int, stop: int, additive, strategies: list,
                     claim_host: str | None) -> bool:
    """Does the phrase credit nothing (no additive, strategy or host acting on its own)? A general remark, or
    faster kinetics of no phase, is no claim."""
    if additive is None and s.sped is not None and at == s.sped.start():
        return True                   # (faster kinetics of no phase: 'in situ-formed nanocrystals of MgH2')
    # (nothing credited: a general remark, not a claim)
    return additive is None and not strategies and not (not s.sample and claim_host
                                                        and own_motion(tid, s.text, at, stop))


def _phases_of_additive(s: _Sentence, at: int, stop: int, additive, claim_host: str | None) -> list:
    """The (additive, phase) pairs a credited material stands for: each phase the sentence says it turned into
    (or it, a phase, with its additive), else the material as the sample added it, and for a phase formed in situ
    each additive that holds its metal."""
    text, sample, said = s.text, s.sample, s.said
    # the additive the sentence says turned into the phases it credits, or one of those phases ('The Ni
    # additive converts to Mg2Ni …, providing catalytic sites'): each phase, credited to that additive
    # (a phase named after the phrase is not what it credits: 'TiH2, functioning as a hydrogen pump, decomposes
    # into TiH and Ti')
    pairs: list[tuple[str | None, str | None]] = \
        [(g, f) for f, (pos, g) in s.formed.items() if additive in (f, g) and pos < stop] \
        if additive is not None else []
    if len(pairs) > 1:
        # (a phase named again after it formed, before the phrase, is the one credited: 'RbF reacts … to form RbNH2
        # and LiF …, and the in situ formed RbNH2 weakens …' credits RbNH2, not LiF)
        again = [(g, f) for g, f in pairs if any(s.formed[f][0] < p < at and m == f for p, m, _ in said.mentions)]
        pairs = again or pairs
    if not pairs:
        pairs = [_added(additive, s.in_situ, said.mentions, text, sample, claim_host, s.given)]
        if s.in_situ and not sample and additive is not None and pairs[0][1] is None:
            # ('NaBH4 was destabilized by using CaH2 or Ca(BH4)2. … the formation of CaB6 upon dehydrogenation
            # stabilizes …'): a passage of alternatives makes no one sample; the phase formed in situ came from
            # each additive the passage gave that holds its metal, one claim each
            pairs = metal_parents(additive, sorted(s.given), claim_host) or pairs
        elif s.in_situ and pairs[0][1] is not None:
            # (and where two additives of the sample are each a compound of that metal alone, 'CaH2 or Ca(BH4)2',
            # the text does not say which it came from: each is credited; a modifier holding another metal as well,
            # Li3AlH6 beside the LiH of Mg(NH2)2–2LiH, is the one it came from, as above)
            own = _metals(pairs[0][1]) - _elements(claim_host or "")
            many = [p for p in metal_parents(pairs[0][1], sample, claim_host) if _metals(p[0]) == own]
            pairs = many if len(many) > 1 else pairs
    return pairs


def _claim_pairs(s: _Sentence, tid: str, pairs: list, claim_host: str | None, strategies: list, system,
                 claims: _Claims) -> None:
    """Claim each (additive, phase) pair: a phase an additive turned into that catalyses is its in-situ catalytic
    phase, and a metal's hydride the passage formed is the metal's phase."""
    text, sample, ctx, vocab = s.text, s.sample, s.ctx, vocabulary()
    for additive, phase in pairs:
        parent = _hydride_of_metal_added(additive, claim_host, ctx, text) if phase is None else None
        if parent is not None:
            phase, additive = additive, parent   # (the hydride the metal turned into: its in-situ phase)
        measured = ctx.measured_as(claim_host, additive, sample)
        additive = measured[0] if measured else additive
        # (a phase an additive turned into that does the catalysing is an in-situ catalytic phase: the
        # catalytic family said of it is that, and a particular catalytic effect it has is that too, as
        # for a phase said to form in situ above)
        p_tids = [tid]
        # (and so is a phase the sentence says formed in situ and catalyses, credited to the sample's additive it
        # came from: 'the in situ formed Al3Ti, which catalyzes the breaking of Al–H bonds', LiAlH4 with TiF3)
        # (not a mechanism of a battery alone: 'the in situ formed closo-borate species give rise to conducting
        # interfaces' credits the interface, and nothing catalyses hydrogen release in an electrolyte)
        if (phase in s.formed or s.in_situ and phase is not None and CATALYTIC_WORD.search(text)) \
                and IN_SITU_PHASE in vocab and _application(tid) in (None, APPLICATIONS["storage"]):
            p_tids = [IN_SITU_PHASE] if tid == CATALYTIC else [tid, IN_SITU_PHASE]
        elif _turned_into(tid, phase):
            p_tids = [IN_SITU_PHASE]
        for p_tid in p_tids:
            if not claims.fresh((p_tid, claim_host, additive, phase)):
                continue
            claims.out.append(claim(p_tid, claim_host, additive, strategies, ctx.apart(sample, additive),
                                    system or (s.sample_system if additive in sample else None),
                                    s.in_situ or phase in s.formed, s.sent, s.source_id, phase,
                                    ctx.abbreviations.get(additive or ""), measured,
                                    ctx.holding(claim_host, measured)))


def _hydride_of_metal_added(additive: str | None, host: str | None, ctx, text: str) -> str | None:
    """The transition metal whose binary hydride ``additive`` is ('TiH2', 'VH0.81', 'NbH'), where the passage named
    that metal by itself (as an additive of its samples or among the metals compared), never put the hydride in as an
    additive of its own, and says, in this sentence ``text`` or an earlier one naming the hydride, that it formed in
    a run or in situ: the hydride is the phase the metal catalyst turned into as the host was hydrogenated — 'Ti …
    TiH2 formed on hydrogenation … the TiH2 acts as a hydrogen pump' credits the Ti catalyst's in-situ phase, the
    metal's catalysis (issue 10). Else None (a hydride milled in as such, 'MgH2 with 5 wt% TiH2', is its own)."""
    if not additive or bare_element(additive) or "H" not in _elements(additive) or is_host(additive):
        return None
    metals = _metals(additive)
    if len(metals) != 1 or _elements(additive) - metals != {"H"} or metals & _metals(host or ""):
        return None
    (metal,) = metals
    if metal not in TRANSITION or metal not in ctx.added(passage=True) or additive in ctx.given(passage=True):
        return None
    said = [text, *(s.text for s in [*ctx.earlier, *ctx.previous] if additive in s.added())]
    return metal if any(said_in_situ(t) for t in said) else None


# ('the Ti catalyst lowers not only the dehydrogenation temperature of NaAlH4, but also that of Na3AlH6'): a second host
# the sentence says the same of, after 'but also that of'
def _joins_name(text: str, at: int) -> bool:
    r"""Does the character at ``at`` go on with the name written before it (``[\w(\[·⋅-]``: 'MC' of 'MCM-41' or
    'MC(5)')? Not at the text's end."""
    return at < len(text) and (apart_word(text[at]) or text[at] in "([·⋅")


_ALSO_OF = re.compile(r"\bnot\s+only\b[^.;:]*?\bof\s+(?:the\s+)?(\S+?)\s*,?\s+but\s+also\s+(?:that|those)\s+of\s+"
                      r"(?:the\s+)?(\(?[A-Z][\w()]*)")


def _also_of(claims: list[MechanismClaim], text: str) -> list[MechanismClaim]:
    """The claims made of the first host of a 'not only … of A, but also that of B' made of B as well."""
    also = _ALSO_OF.search(text) if "but also" in text else None
    if also is None or not is_host(also.group(2)):
        return []
    return [c.model_copy(update={"host": also.group(2)}) for c in claims
            if c.host is not None and same_host(c.host, also.group(1)) and not same_host(c.host, also.group(2))]


# ('… cutting the onset temperatures of LiAlH4 and NaAlH4 by 60 and 45 °C, respectively'): the
# hosts a consequence of the credited mechanism names one by one, each with its own value
_HOSTS_RESPECTIVELY = re.compile(r"\bof\s+(?:the\s+)?(\(?[A-Z][\w()]*)\s*,?\s+and\s+(?:the\s+)?(\(?[A-Z][\w()]*)"
                                 r"(?=(?:[^.;]|\.(?=\d))*\brespectively\b)")    # (a decimal point ends no sentence)


def _each_of_hosts(claims: list[MechanismClaim], text: str, found) -> list[MechanismClaim]:
    """The claims made of the first host of 'of A and B …, respectively', after the mechanism phrase, made of B as
    well (the values given 'respectively' are each host's: the credit is said of both)."""
    if "respectively" not in text or not found:
        return []
    start = min(a for _, a, _ in found)
    pair = next((m for m in _HOSTS_RESPECTIVELY.finditer(text, start)
                 if is_host(m.group(1)) and is_host(m.group(2)) and not same_host(m.group(1), m.group(2))), None)
    if pair is None:
        return []
    return [c.model_copy(update={"host": pair.group(2)}) for c in claims
            if c.host is not None and same_host(c.host, pair.group(1))]


# a verb or noun of one thing explaining another: 'are contributions to', 'account for', 'underlie', 'the origin of'
# (the phrases: the ontology's ExplainingWord scheme)
_EXPLAINS = gated(re.compile(rf"\b{vocabulary().scheme_alternation('ExplainingWord', spaced=True)}\b", re.I))


def _explained_family(text: str, stop: int, effects, mentions, host: str | None) -> tuple[tuple, str] | None:
    """(the catalytic-effect phrase of ``effects``, its additive) of 'the catalytic effect of an NbF5 additive' that
    the mechanism phrase ending at ``stop`` is said, in the same clause, to explain; else None."""
    for family in sorted(effects, key=lambda f: f[1]):
        if family[1] < stop:
            continue
        between = text[stop:family[1]]
        if _EXPLAINS.search(between) is None or re.search(r"[;:]|\.\s", between):
            continue
        owner = OF_AFTER.match(text, family[2])
        owned = next((f for pos, f, _ in mentions if owner is not None and family[2] < pos <= owner.end()
                      and _credited(f, host)), None)
        if owned is not None:
            return family, owned
    return None


def _reactant_destabilized(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """Claims of a sentence that credits faster release, by no label, to phases formed ('LiBH4 could react with Al
    to form AlB2 and AlLi, resulting in improved dehydrogenation'): where the additive is the host's reactive
    partner (the sample's strategy the reactive hydride composite), the phases are the reaction's products, no
    catalyst, and what the sentence credits is the reactant destabilized by that partner — one claim of it."""
    if DESTABILIZED not in vocabulary():
        return claims
    # (a phase holding the host's own elements is that reaction's product; one of the additives' alone, CeAl4 from CeH2
    # and Al in LiBH4, formed beside the host and does the catalysing)
    reacted = {c.host for c in claims if c.mechanism == IN_SITU_PHASE and c.strategy == REACTANT
               and c.in_situ_phase and _elements(c.in_situ_phase) & _elements(c.host or "") - {"H", "D"}}
    out: list[MechanismClaim] = []
    for c in claims:
        if c.mechanism == IN_SITU_PHASE and c.host in reacted:
            if c.strategy != REACTANT:
                continue     # (a product of that reaction credited on its own, 'CaB6, which leads to …': no catalyst)
            c = c.model_copy(update={"mechanism": DESTABILIZED, "in_situ_phase": None})
            if any((o.mechanism, o.host, o.additive) == (c.mechanism, c.host, c.additive) for o in out):
                continue
        out.append(c)
    return out


def _alloy_as_host(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """``claims`` with a Mg alloy named by its designation credited as an additive of its own base metal's hydride
    ('GrainRefinement', MgH2, 'AZ91') read as the host itself, no additive: AZ91 is a Mg host (README: a designated
    alloy's host is Mg), which the claim's host already says."""
    return [c.model_copy(update={"additive": None})
            if c.additive and c.host and (base := designated_alloy_base(c.additive)) is not None
            and same_host(base, c.host) else c for c in claims]


def _one_per_additive(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """A sentence's claims with one per mechanism, host and additive: the phases one additive turned into, listed
    together as doing one thing ('the in situ formed NbF4, LiF and K-containing phases promoted …' with K2NbF7), are
    one claim of that additive, as annotators of real abstracts record it: the first made (the sample's strategy as
    it was read first), with the phase that holds a metal of the additive's other than the host's (NbH of NbCl5, not
    MgCl2), else the first phase."""
    def carries(c: MechanismClaim) -> bool:
        return bool(c.in_situ_phase and c.additive
                    and _metals(c.in_situ_phase) & _metals(c.additive) - _metals(c.host or ""))
    kept: dict[tuple, MechanismClaim] = {}
    for c in claims:
        key = (c.mechanism, c.host, c.additive, None if c.in_situ_phase is None else "")
        if key not in kept:
            kept[key] = c
        elif carries(c) and not carries(kept[key]):
            kept[key] = kept[key].model_copy(update={"in_situ_phase": c.in_situ_phase})
    return list(kept.values())


def _class_turned_to(sample: list[str], system, ctx: Context, sent) -> tuple[list[str], object]:
    """The paragraph's sample for a sentence naming none, where the sentence before it turned to a class of
    additives by its class noun alone ('… ZrCo acts as a hydrogen pump. High-entropy alloys bring many metals
    together. Their benefit comes from the cocktail effect.'): the earlier sample only if an additive of it is of
    that class; else the member of the class the paragraph names next ('The MgH2–TiVNbZrFe composite …'), else
    none (the claim is the class's, which names no material)."""
    last = ctx.previous[-1] if ctx.previous else None
    if last is None or last.mentions:
        return sample, system
    vocab = vocabulary()
    # (a class the paragraph's host belongs to, 'The doped alanate starts to decompose …' of LiAlH4, names that
    # sample again, no class of additives)
    host = vocab.lookup(ctx.host() or "", "Material")
    classes = [c for c in last.classes() if host is None or not vocab.is_a(host.id, c)]
    if not classes:
        return sample, system

    def member(formula: str) -> bool:     # (of any class it names: 'high-entropy alloys' of 'many metal elements')
        term = vocab.lookup(formula, "Material")
        return any(term is not None and term.id != cls and vocab.is_a(term.id, cls)
                   or formula in ctx.kinds.get(cls, ()) for cls in classes)

    if any(member(f) for f in sample):
        return sample, system
    # (the paragraph's next sentences, a few at most: the class's member it goes on to name)
    at = next((i for i, s in enumerate(ctx.sentences) if s is sent), None)
    paragraph = getattr(sent, "paragraph", None)
    for nxt in ctx.sentences[at + 1:at + 3] if at is not None else ():
        if getattr(nxt, "paragraph", None) != paragraph:
            break
        text = clean_text(nxt.text, getattr(nxt, "start", 0) or 0).text
        for _, f, s_ in _mentions(text):
            for g in [f, *(a.formula for a in getattr(s_, "additives", ()))]:
                if member(g):
                    return [g], None
    return [], None


def _narrowest(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """A sentence's claims without one whose mechanism is broader than another it makes for the same host
    and additive ('Ni formed in situ acts as the catalytic centre': the in-situ catalytic phase, which is
    already a catalytic effect, not both)."""
    vocab = vocabulary()

    def broader(c: MechanismClaim) -> bool:
        return c.mechanism in vocab and any(
            o.mechanism != c.mechanism and o.host == c.host and o.additive == c.additive
            and o.mechanism in vocab and vocab.is_a(o.mechanism, c.mechanism) for o in claims)
    return [c for c in claims if not broader(c)]


def mechanism_claims(sentences: Iterable, source_id: str, section_titles: dict[str, str] | None = None,
                     measured: Iterable = (), title=None, reports: Iterable = ()) -> list[MechanismClaim]:
    """Claims of running-text sentences (objects with .text, .start, .end, .section, .refs,
    .paragraph), in document order. ``section_titles`` (number → title): a heading names the
    strategy its passage is about ('2.1.2. Metal-Based Compounds'). ``measured``: the document's
    measurements, whose systems name each credited additive and give its strategy (``_Context.measured_as``).
    ``title``: the document's title as a sentence, whose claims come first (``_title_claims``). ``reports``: the
    strategies the document's records carry, whose arrangements a claim of the same system shares (``claim``)."""
    measured, sentences = (list(measured), list(reports)), list(sentences)
    unhosted: list[MechanismClaim] = []
    body = _body_claims(sentences, source_id, section_titles, measured, unhosted)
    body = merged(body, alloy_hosted(unhosted, measured[0]))
    claims = [*_title_claims(title, source_id, body, measured), *body] if title is not None else body
    claims = without_restated(studied_as_host(in_document_applications(claims, measured[0]), measured[0],
                                                sentences))
    return substituted_hosted(topics_give_way(claims, sentences), sentences)


def _turned_into(tid: str, phase: str | None) -> bool:
    """Is a claim of ``tid`` on a ``phase`` one additive of the sample turned into its in-situ catalytic phase? A
    phase credited with catalysis or with acting together with another of its phases ('MgCo2O4 and FeO play a
    synergistic role' of CoFe2O4): what the additive became does the work, no cocktail of two catalysts."""
    return phase is not None and tid in (CATALYTIC, COCKTAIL) and IN_SITU_PHASE in vocabulary()


def _with_measured(ctx: Context, measured: tuple[list, list]) -> Context:
    """``ctx`` knowing the document's measured samples: section → sample name → (system, properties), and the
    arrangements their records carry."""
    values, reports = measured
    for m in values:
        if m.system.additives:
            found = ctx.measured.setdefault(m.source.section, {}).setdefault(m.system.name, (m.system, set()))
            found[1].add(m.property)
    for r in reports:
        ctx.arranged.setdefault((r.source.section, r.system.name), set()).update(
            s for s in r.strategies if s in ARRANGEMENTS)
    return ctx


def _title_claims(title, source_id: str, body: list[MechanismClaim], measured: tuple) -> list[MechanismClaim]:
    """The claims of the document's title ("Interfacial conduction pathways in LiBH4/Al2O3 boost …"): a title
    states the paper's finding as a sentence does, so the same frames read it. Kept only when the title itself
    names the host and the additive credited (read on its own, no passage to lend a host or an additive: a
    bare mechanism word in a title is a topic, not a claim), and when the body claims none of the same
    mechanism for that host and additive (the body's claim is the one with the evidence)."""
    # (the samples the body measured name the additive as the document writes it: 'mesoporous SiO2' for a
    # title's 'SiO2')
    claims = claims_of_sentence(title, source_id, _with_measured(Context(), measured))
    seen = {(c.mechanism, c.host, c.additive) for c in body}
    vocab = vocabulary()
    out = []
    for c in claims:
        if c.host is None or c.additive is None or (c.mechanism, c.host, c.additive) in seen:
            continue
        # ('Catalytic effect of … nanocatalysts on MgH2' over a body crediting their hydrogen-pump role): a broad
        # mechanism the title names as its topic is what the body's narrower claim for that pair says in full
        if c.mechanism in vocab and any(b.host == c.host and b.additive == c.additive and b.mechanism in vocab
                                        and vocab.is_a(b.mechanism, c.mechanism) for b in body):
            continue
        seen.add((c.mechanism, c.host, c.additive))
        out.append(c)
    return out


def _body_claims(sentences: Iterable, source_id: str, section_titles: dict[str, str] | None,
                 measured: tuple, unhosted: list[MechanismClaim] | None = None) -> list[MechanismClaim]:
    """The claims of the running text, in order; ``unhosted`` receives those whose sentence, paragraph and passage
    named no host (see ``alloy_hosted``)."""
    ctx = Context()
    sentences = list(sentences)
    ctx.text = "\n".join(getattr(s, "text", "") or "" for s in sentences)
    ctx.sentences = sentences
    # ('LiBH4@MC-NbF5 … the MC scaffold' after 'a mesoporous carbon scaffold': an abbreviation the text
    # uses without defining it, spelled by the initials of a material's name it wrote, is that material)
    for abbr, material in initialisms(ctx.text):
        ctx.abbreviations.setdefault(abbr, material)
        ctx.abbreviated.setdefault(abbr, material)
    _with_measured(ctx, measured)
    out: list[MechanismClaim] = []
    said: set = set()              # what the current paragraph credited already: one claim each
    # claims of a paragraph that has named no host yet, hosted by the passage before it: the host the
    # paragraph names next is theirs ('TiO2-x acts as a hotspot … This promotes the dehydrogenation of
    # MgH2' in a passage about LiBH4), else they keep the passage's
    pending: list[MechanismClaim] = []
    titles = section_titles or {}

    formed: dict[tuple[str, str], MechanismClaim] = {}   # (host, phase) → the claim that formed it in situ

    def keep(claims: list[MechanismClaim]) -> None:
        credited = {c.additive for c in claims if c.additive}
        for c in claims:
            if c.host is None:
                if unhosted is not None:
                    unhosted.append(c)
                continue          # no host named in the paragraph or its passage: a general remark
            c = from_formed(c, formed)
            c = from_said_formed(c, ctx) if not c.in_situ_phase else c
            c = of_an_additives_elements(c, ctx, credited - {c.additive}) if not c.in_situ_phase else c
            if host_product(c, ctx):
                continue
            if c.in_situ_phase and c.additive:
                formed.setdefault((c.host, c.in_situ_phase), c)
            key = (c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase)
            if key not in said:
                said.add(key)
                out.append(c)

    for sent in sentences:
        before = ctx.paragraphs
        title = titles.get(getattr(sent, "section", None) or "", "")
        # a summary, an outlook or a conclusion restates or hopes: no finding (its sentences are not read for claims)
        claims = claims_of_sentence(sent, source_id, ctx, restating=bool(RESTATING.search(title)))
        if ctx.paragraphs != before:
            keep(pending)
            pending, said = [], set()
        claims = [paragraph_strategy(element_strategy(c, ctx, title), ctx) for c in claims]
        # (a phase credited is read against the additives given so far, while the sentence's passage is current)
        credited = {c.additive for c in claims if c.additive}
        claims = [c if c.in_situ_phase else of_an_additives_elements(c, ctx, credited - {c.additive}) for c in claims]
        if not claims and not pending:
            continue              # (nothing to host: the paragraph's host is not sought for most sentences)
        topic = ctx.host()
        if topic is None:
            pending += claims
            continue
        if pending:
            keep([rehosted(c, topic, ctx, title)
                  if not same_host(c.host, topic) and (c.additive is None or _credited(c.additive, topic)) else c
                  for c in pending])
            pending = []
        keep(claims)
    keep(pending)
    return out


