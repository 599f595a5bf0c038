"""A claim read against the passage's samples: a phase credited that an earlier sentence said an additive turned into
('Ti3C2 partly converts into TiB2 … Such TiB2 could act as an active catalyst'), a phase of the host's own elements
no sentence added, a bare element credited ('multivalent Ti') for the sample's additive holding it, the host its
paragraph names after the sentence, the strategy the paragraph's last sentence names for the additive, an additive
the section measured as a milling aid. Apart because these run once a claim exists and read the passage's earlier
sentences.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extraction.text.challenges import find_terms
from ingest.extraction.text.mechanisms_words import CATALYSIS, CATALYTIC, FORMING_START, IN_SITU_PHASE, NANOCONFINEMENT
from ontology.elements import formula_symbols as _elements
from ontology.models import MechanismClaim
from ontology.strategy_rules import ROLES
from ontology.vocabulary import vocabulary

from .mechanisms_context import Context
from .mechanisms_formed import formed_from
from .mechanisms_materials import placed_system, same_host
from .mechanisms_phrases import _application
from .mechanisms_strategies import catalyst_strategy, strategy


def from_formed(claim: MechanismClaim, formed: dict) -> MechanismClaim:
    """A phase the document said formed in situ from an additive ('NbTi nanocrystals formed in situ from
    the NbTiC MXene'), credited again later ('the catalytic activity of NbTi'), acts for that additive: the
    claim is the additive's, with the phase; a bare catalytic effect of it is its in-situ catalytic phase."""
    origin = formed.get((claim.host, claim.additive)) if claim.additive and not claim.in_situ_phase else None
    # (within the section that said so: a review's next section is about other samples — 'TiH2' formed from Ti3C2
    # in one study is not the TiH2 of a TiN@TiO2 sample in another)
    if origin is None or origin.source.section != claim.source.section:
        return claim
    mechanism = IN_SITU_PHASE if claim.mechanism == CATALYTIC and IN_SITU_PHASE in vocabulary() \
        else claim.mechanism
    return claim.model_copy(update={"mechanism": mechanism, "additive": origin.additive,
                                    "in_situ_phase": claim.additive, "strategy": origin.strategy})


def host_product(claim: MechanismClaim, ctx: Context) -> bool:
    """Is the claim's additive a phase of the host's own elements that no sentence added to a sample and no measured
    sample holds ('Li2B12H12 precipitated at the interface' as LiBH4 oxidised)? Then the host made it: no additive."""
    additive, host = claim.additive, claim.host
    if not additive or not host or claim.in_situ_phase or additive in ctx.given(passage=True):
        return False
    own = _elements(additive)
    if len(own) < 2 or not own <= _elements(host) or same_host(additive, host):
        return False
    # (a sentence that mills, mixes, adds or coats with it put it into a sample: 'Mixing NaCB11H12 with Na2B12H12')
    if any(additive in said.text and _PUT_INTO.search(said.text) for said in [*ctx.earlier, *ctx.previous]):
        return False
    return not any(additive in [a.formula for a in system.additives]
                   for section in ctx.measured.values() for system, _ in section.values())


# the verbs that put a material into a sample (the ontology's PreparationVerb words of milling, mixing, adding, doping
# and coating)
_PUT_INTO = re.compile(r"\b" + vocabulary().scheme_alternation("PreparationVerb", (
    "MillingStem", "MixingParticiple", "MixingGerund", "MixingPresent", "BlendingStem", "AddingParticiple",
    "AddingPresent", "AddingGerund", "AddingNominal", "DopingWord", "CoatingParticiple", "CoatingGerund",
    "CoatingPresent", "InfusingParticiple")), re.I)


def from_said_formed(claim: MechanismClaim, ctx: Context) -> MechanismClaim:
    """A material credited that an earlier sentence of the passage said an additive of the sample turned into ('Ti3C2
    partly converts into TiB2 … Such TiB2 could act as an active catalyst'): the additive's in-situ phase, as a phase
    said to form in the crediting sentence itself is (``_added``). Only a material the sample was not made with."""
    phase = claim.additive
    if not phase or not claim.host or phase in ctx.given(passage=True):
        return claim
    for said in [*reversed(ctx.previous), *reversed(ctx.earlier)]:
        # (the phase's name looked for before the forming verb: most of the passage's sentences do not name it)
        if getattr(said.sent, "start", None) == claim.source.start or phase not in said.text \
                or not FORMING_START.search(said.text):
            continue
        parent = formed_from(said.mentions, said.text, claim.host).get(phase)
        if parent is None or parent[1] not in ctx.given(passage=True):
            continue
        vocab = vocabulary()
        mechanism = IN_SITU_PHASE if claim.mechanism == CATALYTIC and IN_SITU_PHASE in vocab else claim.mechanism
        strategy = catalyst_strategy(claim.host, parent[1], _application(mechanism)) or claim.strategy
        return claim.model_copy(update={"mechanism": mechanism, "additive": parent[1], "in_situ_phase": phase,
                                        "strategy": strategy})
    return claim


def of_an_additives_elements(claim: MechanismClaim, ctx: Context, credited: Iterable[str]) -> MechanismClaim:
    """A phase credited with catalysis that the sample was not made with, of the host's elements and those of one
    additive the passage gave it, among them one the host lacks ('MgH2 with MoS2 … attributed to the presence of MgS
    and Mo which catalyze …': MgS): it can only have formed from that additive in the sample — its in-situ phase.
    (The additives: the passage's, the document's measured samples', those ``credited`` beside it, and the materials
    the passage's earlier sentences name.)
    A phase that more than one additive could have given, or one of an additive's own elements ('Mo' of MoS2), is left
    as written."""
    phase, host = claim.additive, claim.host
    if claim.mechanism != CATALYTIC or not phase or not host or IN_SITU_PHASE not in vocabulary():
        return claim
    given = ctx.given(passage=True) | set(credited) | {
        a.formula for systems in ctx.measured.values() for system, _ in systems.values() for a in system.additives} | {
        f for said in [*ctx.earlier, *ctx.previous] if said.sent is not None
        and getattr(said.sent, "start", None) != claim.source.start for _, f, _ in said.mentions}
    if phase in given:
        return claim
    own, host_els = _elements(phase) - {"H", "D"}, _elements(host)
    # (a phase of the additive's elements alone, 'Fe' of Fe/CNTs, may be its own part: only a compound that took an
    # element of the host with it is known to have formed)
    parents = [a for a in sorted(given) if a != phase and own <= host_els | _elements(a)
               and own & (_elements(a) - host_els) and own - _elements(a)]
    if len(parents) != 1 or not own - host_els:
        return claim
    strategy = catalyst_strategy(host, parents[0], _application(IN_SITU_PHASE)) or claim.strategy
    return claim.model_copy(update={"mechanism": IN_SITU_PHASE, "additive": parents[0], "in_situ_phase": phase,
                                    "strategy": strategy})


def rehosted(claim: MechanismClaim, host: str, ctx: Context, title: str) -> MechanismClaim:
    """``claim`` given the host its paragraph named after it; a strategy its composition could not show
    without a host is looked for again (the composition, the paragraph, the heading)."""
    claim = claim.model_copy(update={"host": host})
    if claim.strategy is None and claim.additive:
        shown = strategy([], host, claim.additive, application=_application(claim.mechanism))
        claim = paragraph_strategy(element_strategy(claim.model_copy(update={"strategy": shown}), ctx, title), ctx,
                                    upto_last=True)
    return claim


def element_strategy(claim: MechanismClaim, ctx: Context, title: str) -> MechanismClaim:
    """A bare element credited ('multivalent Ti', 'Nb and V … through electron transfer') names no
    compound: whether it acts as a metal or in a compound is what the paragraph, else its heading,
    says ('2.1.2. Metal-Based Compounds': metal compound catalysis), when that is a catalysis kind
    the composition alone (Ti: metal catalysis) would not give."""
    if not claim.additive or not re.fullmatch(r"[A-Z][a-z]?", claim.additive) or not claim.strategy:
        return claim
    vocab = vocabulary()
    if CATALYSIS not in vocab or not vocab.is_a(claim.strategy, CATALYSIS):
        return claim
    named = ctx.named_strategy(CATALYSIS) or [t for t in find_terms(title, ("Strategy",))
                                               if vocab.is_a(t, CATALYSIS)][:1]
    if not named or vocab.is_a(claim.strategy, named[0]) or vocab.is_a(named[0], claim.strategy):
        return claim
    return claim.model_copy(update={"strategy": named[0]})


def paragraph_strategy(claim: MechanismClaim, ctx: Context, upto_last: bool = False) -> MechanismClaim:
    """A claim whose sentence names no strategy and whose additive's composition shows none (carbon
    in MgH2) takes the strategy the last sentence of its paragraph naming that additive with a strategy
    named ('a composite catalyst of ZrO2 on a carbon matrix … carbon materials facilitate hydrogen
    dissociation': composite catalysis), else nanoconfinement for a scaffold of the ontology."""
    if claim.strategy is not None or claim.additive is None:
        return claim
    vocab = vocabulary()
    for said in reversed(ctx.previous if upto_last else ctx.previous[:-1]):
        if claim.additive not in said.added():
            continue
        found = [t for t in said.strategies() if t in vocab]
        if found:
            return claim.model_copy(update={"strategy": found[0]})
    # none named with it: a support the ontology makes a scaffold (SBA-15, N-doped carbon) confines the host —
    # unless the document measured it as a milling aid, which holds no hydride (README: no confinement follows)
    placed = placed_system(claim.host, claim.additive) if claim.host else None
    if placed is not None and NANOCONFINEMENT in vocab and not _milling_aid(claim, ctx):
        return claim.model_copy(update={"strategy": NANOCONFINEMENT})
    return claim


def _milling_aid(claim: MechanismClaim, ctx: Context) -> bool:
    """Did the section measure the claim's additive in its host's sample as a milling aid (the role MillingAid)?"""
    measured = ctx.measured_as(claim.host, claim.additive)
    return measured is not None and any(a.formula == measured[1] and a.role == ROLES["milling_aid"]
                                        for a in measured[2].additives)
