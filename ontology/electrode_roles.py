"""What each additive is in an electrode, as a battery chemist reads the composition.

The composition rules of ``ontology.system`` read a mixture as a hydrogen store: carbon next to a
hydride supports or confines it, TiH2 next to MgH2 catalyses it, LiBH4 next to MgH2 reacts with it.
In an anode the same materials do other jobs, and every value of one system in one document must
say the same (the graph keeps one system node):

- carbon mixed in ('MgH2–C', 'LiAlH4/graphene', '20 wt% Super P') carries electrons: a conductive
  additive. Carbon the hydride sits in ('LiAlH4@C', a porous carbon, a sentence that says the
  hydride is confined or shelled) stays the scaffold;
- a hydride of transition metals only (TiH2, ZrH2, VH2) is a metallic conductor that itself stores
  lithium, not a catalyst of hydrogen release: a conductive additive (a mixed-conducting network);
- the host's own metal (Al beside Li3AlH6 or LiAlH4, formed by the conversion) conducts as well — not beside a
  storage alloy written without hydrogen (Ni milled with Mg2Ni for a Ni–MH cell), which it catalyses;
- a hydride the ontology knows as a solid electrolyte and not as an anode (LiBH4 beside MgH2, mixed
  into a composite electrode) conducts Li+ through the electrode: the solid-electrolyte partner.

A binder (PVDF, CMC) keeps its role (``ontology.system`` gives it from the ontology's hkg:usualRole).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .models import Component, MaterialSystem
from .strategy_rules import (
    APPLICATIONS,
    CLASSES,
    ROLES,
    StrategyRuleError,
    _elements,
    _has_h,
    _is,
    _metals,
    support_strategy,
    system_with_electrolyte_roles,
    transition_metal_only,
)
from .vocabulary import Term, Vocabulary, vocabulary

CONDUCTIVE = ROLES["conductive"]
# what a sentence may say a carbon does that keeps it the hydride's holder
_HOLDING = frozenset({"Nanoconfinement", "CoreShellStructuring"})
_LITHIUM = frozenset({"Li"})     # the metal a lithium anode takes up, never its conductor
TAKEN_UP = _LITHIUM


@lru_cache(maxsize=1)
def _checked() -> Vocabulary:
    vocab = vocabulary()
    if CONDUCTIVE not in vocab or vocab.get(CONDUCTIVE).kind != "Role":
        raise StrategyRuleError(f"ontology/electrode_roles.py needs the Role term {CONDUCTIVE}; restore it in "
                       "ontology/modifications.ttl")
    return vocab


def _held_in(c: Component, system: MaterialSystem) -> bool:
    """The carbon is written as what the hydride sits in: 'LiAlH4@C', '(MgH2–Ni)@C'."""
    return any(f"@{w}" in system.name or f"@ {w}" in system.name for w in {c.formula, c.text} if w)


def _term_of(c: Component, vocab: Vocabulary) -> Term | None:
    return vocab.get(c.term) if c.term and c.term in vocab else vocab.by_formula(c.formula)


def _anode_term(c: Component, vocab: Vocabulary) -> bool:
    """A material the ontology applies to anodes (MgH2, LiAlH4)."""
    return _applies(_term_of(c, vocab), "anode", vocab)


def _electrolyte_hydride(c: Component, vocab: Vocabulary) -> bool:
    """A hydride the ontology applies to solid electrolytes and not to anodes (LiBH4, Li2B12H12)."""
    return _electrolyte_term(_term_of(c, vocab), vocab)


def electrolyte_not_anode(formula: str, vocab: Vocabulary | None = None) -> bool:
    """The material of ``formula`` is one the ontology applies to solid electrolytes and not to anodes."""
    vocab = vocab or _checked()
    return _electrolyte_term(vocab.by_formula(formula), vocab)


def anode_material(formula: str, vocab: Vocabulary | None = None) -> bool:
    """The material of ``formula`` is one the ontology applies to anodes (MgH2, LiAlH4, TiH2)."""
    vocab = vocab or _checked()
    return _applies(vocab.by_formula(formula), "anode", vocab)


def _applies(term: Term | None, application: str, vocab: Vocabulary) -> bool:
    """The term applies to ``application`` (a key of APPLICATIONS) or a narrower one."""
    return term is not None and any(vocab.is_a(a, APPLICATIONS[application]) for a in term.applications)


def _electrolyte_term(term: Term | None, vocab: Vocabulary) -> bool:
    """The term applies to solid electrolytes and not to anodes."""
    return _applies(term, "electrolyte", vocab) and not _applies(term, "anode", vocab)


def carbon_support(c: Component, vocab: Vocabulary | None = None) -> bool:
    """The component is a carbon (the ontology's CarbonSupport class or one of its terms)."""
    vocab = vocab or _checked()
    return _is(vocab, c.additive_class, CLASSES["carbon"]) or bool(c.term) and _is(vocab, c.term, CLASSES["carbon"])


def sheet_carbon(c: Component, vocab: Vocabulary | None = None) -> bool:
    """The component is a carbon of sheets (graphene, rGO: the ontology's hkg:supportStrategy
    Nanostructuring): a hydride grown or anchored on it, even written 'MgH2@rGO', sits on its faces with no
    pore around it, so in an electrode the sheets carry electrons to the particles and hold none of them."""
    vocab = vocab or _checked()
    return carbon_support(c, vocab) and support_strategy(c, vocab) == "Nanostructuring"


def holding_carbon(c: Component, vocab: Vocabulary | None = None) -> bool:
    """The component is a carbon that can hold a hydride inside it (a porous carbon, a carbon shell or
    matrix, plain 'C' after '@'): any carbon but a sheet."""
    return carbon_support(c, vocab) and not sheet_carbon(c, vocab)


def _conducting_polymer(c: Component, vocab: Vocabulary) -> bool:
    """The component is a conducting polymer (the ontology's ConductivePolymer class: PTh, PANI, PPy)."""
    return _is(vocab, c.additive_class, CLASSES["conducting_polymer"]) \
        or bool(c.term) and _is(vocab, c.term, CLASSES["conducting_polymer"])


def _shelled_before(c: Component, system: MaterialSystem, vocab: Vocabulary) -> bool:
    """The carbon ``c`` comes after a conducting-polymer shell of the hydride ('MgH2@PTh@graphene', written
    'MgH2@PTh nanoparticles on graphene'): the shell holds the hydride, the carbon is what the coated particles
    sit on, no sheath of the hydride."""
    before = system.additives[:next((k for k, a in enumerate(system.additives) if a is c), 0)]
    return any(a.role == ROLES["scaffold"] and _conducting_polymer(a, vocab) for a in before)


def anode_role(c: Component, system: MaterialSystem, said: Iterable[str] = (), vocab: Vocabulary | None = None
               ) -> str | None:
    """The role of additive ``c`` of ``system`` used as an anode; ``said``: strategies the text names
    for it (a sentence that says the hydride is confined keeps its carbon the scaffold)."""
    vocab = vocab or _checked()
    role = c.role
    els = _elements(c, vocab)
    host_els = _elements(system.host, vocab)
    if role == ROLES["scaffold"] and _conducting_polymer(c, vocab):
        return CONDUCTIVE                            # MgH2@PTh: a polymer shell carries electrons, holds no pores
    if role == ROLES["scaffold"] and carbon_support(c, vocab):
        if _shelled_before(c, system, vocab):
            return CONDUCTIVE                        # 'MgH2@PTh … on graphene': what the coated particles sit on
        if _HOLDING & set(said):
            return role
        if sheet_carbon(c, vocab):
            return CONDUCTIVE                        # a sheet the hydride grew on ('MgH2@rGO'): nothing inside it
        if _held_in(c, system) or system.architecture == "confined" \
                or support_strategy(c, vocab) == "Nanoconfinement":
            return role
        return CONDUCTIVE
    if role in (ROLES["catalyst"], ROLES["destabilizer"]):
        metals = _metals(els)
        if _has_h(els) and els - metals <= {"H", "D"} and transition_metal_only(c.formula):
            return CONDUCTIVE                        # TiH2 in MgH2: a metallic hydride that also stores Li
        if metals and els == metals and len(metals) == 1 and metals <= _metals(host_els) - _LITHIUM \
                and _has_h(host_els):
            # Al beside Li3AlH6: the host's own metal, which the conversion forms (not the Li it takes up); beside a
            # storage alloy of metals alone (Ni milled with Mg2Ni for an alkaline cell) it forms nothing and stays
            # the catalyst of the alloy's hydrogen uptake, as the dev set's Ni–MH electrodes read it
            return CONDUCTIVE
        if _has_h(els) and _electrolyte_hydride(c, vocab):
            return ROLES["electrolyte"]              # LiBH4 mixed into an MgH2 electrode
    return role


def system_in_application(system: MaterialSystem, application: str | None, said: Iterable[str] = ()
                          ) -> MaterialSystem:
    """``system`` with each additive's role as it plays it in ``application`` (an Application term id):
    the solid-electrolyte rules of ``ontology.strategy_rules``, and in an anode ``anode_role``."""
    system = system_with_electrolyte_roles(system, application)
    if application != APPLICATIONS["anode"] or not system.additives:
        return system
    system = electrode_as_host(lithiated_as_host(system))
    said = tuple(said)
    adds = [a.model_copy(update={"role": anode_role(a, system, said)}) for a in system.additives]
    if all(a.role == b.role for a, b in zip(adds, system.additives)):
        return system
    return system.model_copy(update={"additives": adds})


def lithiated_as_host(system: MaterialSystem, vocab: Vocabulary | None = None) -> MaterialSystem:
    """An anode written in its lithiated state, 'xLiH + M' ('2LiH + Mg', 'LiH–Ti', made as MHx + xLi →
    M + xLiH or by milling the two): the electrode is the conversion anode of the metal's hydride, so the
    host is the metal (which Mg = MgH2 reads as its hydride) and lithium's hydride, the product of the
    lithiation, its reacting partner. Only a system of lithium hydride with metals and nothing else (no
    other hydride, no carbon) is read so: 'LiH + MgB2' is another state of another sample."""
    vocab = vocab or _checked()
    host_els = _elements(system.host, vocab)
    if host_els - {"H", "D"} != _LITHIUM or not _has_h(host_els):
        return system
    metals = [a for a in system.additives
              if (els := _elements(a, vocab)) and els == _metals(els) and not els & _LITHIUM]
    if len(metals) != 1 or len(system.additives) != 1:
        return system
    metal = metals[0]
    host = metal.model_copy(update={"role": system.host.role})
    lithiated = system.host.model_copy(update={"role": ROLES["destabilizer"]})
    return system.model_copy(update={"host": host, "additives": [lithiated]})


def electrode_as_host(system: MaterialSystem, vocab: Vocabulary | None = None) -> MaterialSystem:
    """An anode the composition rules read as a reactive hydride composite ('MgH2–LiBH4': LiBH4 the store,
    MgH2 its destabiliser): in an electrode the anode material is the host and the electrolyte hydride the
    Li+ conductor mixed into it, whatever the order written. Only a host that is an electrolyte and not an
    anode material, with exactly one partner that is an anode material."""
    vocab = vocab or _checked()
    if not _electrolyte_hydride(system.host, vocab):
        return system
    partners = [a for a in system.additives if a.role == ROLES["destabilizer"] and _anode_term(a, vocab)]
    if len(partners) != 1:
        return system
    anode = partners[0]
    host = anode.model_copy(update={"role": system.host.role})
    electrolyte = system.host.model_copy(update={"role": ROLES["electrolyte"]})
    others = [a for a in system.additives if a is not anode]
    return system.model_copy(update={"host": host, "additives": [electrolyte, *others]})


def electrolyte_partners(system: MaterialSystem, vocab: Vocabulary | None = None) -> MaterialSystem:
    """``system`` (an anode) with the hydrides that conduct Li+ in it as solid-electrolyte partners, the
    only anode role that changes which strategy the composition shows (a composite electrode)."""
    vocab = vocab or _checked()
    adds = [a.model_copy(update={"role": ROLES["electrolyte"]})
            if a.role != ROLES["electrolyte"] and anode_role(a, system, (), vocab) == ROLES["electrolyte"] else a
            for a in system.additives]
    if all(a.role == b.role for a, b in zip(adds, system.additives)):
        return system
    return system.model_copy(update={"additives": adds})
