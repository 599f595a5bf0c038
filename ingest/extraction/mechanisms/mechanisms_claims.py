"""One claim made (``claim``): the mechanism narrowed to the application the sentence serves (a capacity in 'mAh g−1':
the anode's), the strategy of its additive, the catalysis of a catalyst itself on its support ('TiC@C', 'Ni/CeO2')
apart from what the support brings (confinement, keeping particles apart), an anode mechanism credited to the
electrode ('volume buffering'), a kinetic model named ('JMAK model') that credits nothing.
"""
from __future__ import annotations

import re

from ingest.extraction.text.challenges import find_terms, label_spans
from ingest.extraction.text.mechanisms_words import (
    CATALYSIS,
    CATALYST_ROLE,
    CATALYTIC,
    ELECTRODE_CHARGE,
    IN_SITU_PHASE,
    NANOCONFINEMENT,
    SUPPORT_SIGN,
)
from ontology.electrode_roles import anode_material, electrolyte_not_anode
from ontology.elements import TRANSITION, formula_symbols as _elements
from ontology.models import MechanismClaim, SourceRef
from ontology.role_words import role_of_noun
from ontology.strategy_rules import APPLICATIONS, ROLES, as_arranged, sentence_wide
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .mechanisms_materials import _metals, is_confinement, is_support, written_name
from .mechanisms_phrases import _application
from .mechanisms_strategies import (
    _composition_strategies,
    catalyst_strategy,
    held_as,
    held_in_records,
    said_of_host,
    strategy,
    system_strategies,
)


def narrowed(tid: str, application: str) -> str:
    """``tid``, else its one narrower mechanism that serves ``application`` alone, where ``tid`` serves others too."""
    vocab = vocabulary()
    if tid not in vocab or _application(tid) is not None:
        return tid
    narrower = [c for c in vocab.children(tid) if c in vocab and vocab.get(c).applications == (application,)]
    return narrower[0] if len(narrower) == 1 else tid


@per_document(maxsize=64)
def told_application(text: str) -> str | None:
    """The one application the properties a sentence names serve (their ``hkg:appliesTo``), else None: the
    interface effect of MgO that 'raises the Li-ion conductivity' of LiBH4 acts in a composite electrolyte, not as
    a catalyst, where the document measured no sample of it to say so. A value in the unit of an electrode's charge
    ('1093 mAh cm−3') says the electrode, whatever a capacity's name would also fit ('volumetric capacity'); a
    capacity named without one ('the reversible capacity') may be a hydrogen store's."""
    if ELECTRODE_CHARGE.search(text):
        return APPLICATIONS["anode"]
    vocab = vocabulary()
    apps = {a for t in find_terms(text, ("Property",)) if t in vocab for a in vocab.get(t).applications}
    return next(iter(apps)) if len(apps) == 1 else None


_KINETIC_ANALYSIS = "KineticAnalysis"     # Technique: the rate laws and models a kinetic curve is fitted to


def kinetic_models(text: str) -> list[tuple[int, int]]:
    """Spans of the names of kinetic analyses the sentence writes ('JMAK model', 'nucleation and growth
    mechanism', 'three-dimensional diffusion'), as the ontology labels them."""
    vocab = vocabulary()
    if _KINETIC_ANALYSIS not in vocab:
        return []
    return [(s, e) for s, e, term in label_spans(text, ("Technique",)) if vocab.is_a(term, _KINETIC_ANALYSIS)]


# 'γ-Li2B12H12−x', 'MgH2−δ': the compound with some of its hydrogen lost, named as it decomposes; what happens in it
# happens in the compound (the host is the formula without the deficit)
_HYDROGEN_POOR = re.compile(r"(H\d*)\s?[-−–]\s?[xyzδ]$")


def claim(tid, host, additive, named, sample, system, in_situ, sent, source_id, phase=None,
          material=None, measured=None, holding=None) -> MechanismClaim:
    """``material``: what an abbreviated additive is made of ('HCS': C), for its strategy; ``measured``:
    (name, component, system, application) of the additive as the document measured it (``_Context.measured_as``);
    ``holding``: the system the section measured the host in, where it holds the host in a support
    (``_Context.holding``)."""
    # (a mechanism of more than one application acts for the one the sample was measured for: defects in a
    # LiBH4–SiO2 electrolyte whose conductivity the document gives make a composite electrolyte, no catalyst)
    application = _application(tid) or (measured[3] if measured is not None else None) \
        or told_application(getattr(sent, "text", "") or "")
    if application is not None and measured is not None:
        # (a broad mechanism credited in a sample the document measured for one application is its one narrower
        # mechanism of that application: 'attributed to the interfaces between the two phases' of an electrolyte
        # whose conductivity the passage gave is interfacial conduction)
        tid = narrowed(tid, application)
    host, additive = _electrode_first(host, additive, application)
    host = _HYDROGEN_POOR.sub(r"\1", host) if host else host
    if phase is not None and _done_by_support(tid):
        # (what a support brings, 'the confinement effect of the carbon shell', is no work of a phase formed in situ
        # the sentence names beside it: the claim is the sample's additive's, with no phase)
        phase = None
    vocab = vocabulary()
    catalysing = CATALYTIC in vocab and tid in vocab and vocab.is_a(tid, CATALYTIC)
    strategy = _claim_strategy(named, host, additive, sample, system, in_situ, phase, material, application,
                               catalysing, getattr(sent, "text", "") or "",
                               system if system is not None else holding)
    if (tid == IN_SITU_PHASE or in_situ and catalysing) and host and additive and not named and CATALYSIS in vocab \
            and (strategy is None or strategy in vocab and not vocab.is_a(strategy, CATALYSIS)):
        # a phase formed in situ that does the catalysing is the host's catalyst, whatever its composition
        # with the host reads otherwise (MgF2 formed in MgH2: no F-for-H substitution, a fluoride catalyst)
        strategy = catalyst_strategy(host, additive, application) or strategy
    elif phase is not None and strategy is None and host and additive:
        # an additive whose phase formed in the sample acts ('RbH … formed during milling weakens the N–H
        # bonds' of a sample made with RbF), where nothing else gives it a strategy: it was added as that
        # phase's precursor, the host's catalyst
        strategy = catalyst_strategy(host, additive, application)
    if measured is not None and system is None and material is None:
        # the sentence writes no system of its own for it: the additive does what the records of the
        # sample it was measured in read it as doing (KH in Mg(NH2)2–2LiH–KH–RbH: the composite's catalyst,
        # not a reactive partner; LaH3 in Mg2NiH4–LiBH4–LaH3: a catalyst, not the host's alloying) — what
        # it is made of, not how that sample was made (its confinement, its nano form: the sentence's word)
        _, component, where, told, _ = measured
        shown = _claim_strategy(named, host, component, [a.formula for a in where.additives], where, in_situ,
                                phase, material, told or application, catalysing, getattr(sent, "text", "") or "",
                                where)
        if shown is not None and not sentence_wide(shown, vocab) and (strategy is None
                                                                       or not sentence_wide(strategy, vocab)):
            strategy = shown
        elif shown is not None and shown == held_as(component) and shown != strategy \
                and all(said_of_host(n, host, getattr(sent, "text", "") or "") for n in named):
            strategy = shown      # the host's small particles in the support the sample was measured with
        elif shown == NANOCONFINEMENT and not named and not catalysing and held_in_records(component, where) \
                and strategy in vocab and CATALYSIS in vocab and vocab.is_a(strategy, CATALYSIS):
            # (or in what its records hold it in, a salt matrix read by its composition as a catalyst: 'MgH2
            # nanoparticles embedded in a LiCl matrix … the smallest particle size', credited with no catalysis)
            strategy = shown
    if measured is not None and any(a.formula == measured[1] and a.role == CATALYST_ROLE
                                    for a in measured[2].additives):
        # the catalyst as its records read it ('Ni SA-pC': single atoms)
        strategy = as_arranged(strategy, measured[4])
    if phase and host and additive:
        strategy = _phase_part_strategy(host, additive, phase, application) or strategy
    if not named and strategy is not None and is_confinement(strategy) and host and additive \
            and application in (None, APPLICATIONS["storage"]) and not _done_by_support(tid) \
            and not is_support(additive) and _metals(additive) & TRANSITION:
        # ('MgH2@Ti2CClx … the Ti2CClx promotes charge transfer, which weakens the Mg–H bond'): what a catalyst the
        # host sits on does to the host's bonds is that catalyst's catalysis, not the confinement the '@' of the sample
        # reads as (a scaffold's own doing, 'the CMK-3 weakens …' of LiBH4@CMK-3, stays the confinement's; so does a
        # support holding no transition metal, SiO2)
        own = catalyst_strategy(host, additive, application)
        strategy = own if own is not None and own not in _BROAD_CATALYSIS else strategy
    strategy = _own_catalysis(strategy, tid, host, additive, getattr(sent, "text", "") or "", application,
                              system if system is not None else measured[2] if measured is not None else None,
                              phase) or strategy
    if measured is not None and additive:
        additive = written_name(additive, measured[1], measured[2]) or additive   # 'mesoporous SiO2'
    return MechanismClaim(
        mechanism=tid, host=host, additive=additive, strategy=strategy, in_situ_phase=phase,
        source=SourceRef(source_id=source_id, section=getattr(sent, "section", None),
                         refs=list(getattr(sent, "refs", None) or []),
                         start=getattr(sent, "start", None), end=getattr(sent, "end", None)))


def _phase_part_strategy(host: str, additive: str, phase: str, application: str | None) -> str | None:
    """The strategy of the support of a catalyst that a phase formed in situ came from, where the support is a catalyst
    of its own (metallic Ti from the Ti3C2Tx of Cu/Ti3C2Tx: the MXene's metal-compound catalysis, not the single Cu
    atoms'), else None. (A phase of the supported catalyst itself, Mg2Ni from the Ni of Ni@C, is the composite's
    catalysis, as the sample's.)"""
    parts = [p for p in SUPPORT_SIGN.split(additive.strip("()")) if p]
    own = _metals(phase) - _metals(host)
    if len(parts) < 2 or not own:
        return None
    owners = [p for p in parts if own <= _metals(p)]
    return catalyst_strategy(host, owners[0], application) if owners == parts[1:] else None


_COMPOSITE = "CompositeCatalysis"


_BROAD_CATALYSIS = {"Catalysis", _COMPOSITE}


_MULTI_METAL = "MultiMetalCatalysis"


def _done_by_support(mechanism: str) -> bool:
    """``mechanism`` is what a catalyst's support brings, not the catalyst (hkg:doneBySupport: confinement, keeping
    particles apart)."""
    vocab = vocabulary()
    return mechanism in vocab and vocab.get(mechanism).done_by_support


def _own_catalysis(strategy: str | None, mechanism: str, host: str | None, additive: str | None, text: str,
                   application: str | None, sample=None, phase: str | None = None) -> str | None:
    """The catalysis of the catalyst itself for a claim credited to a catalyst on its support ('TiC@C', 'Ni/CeO2')
    whose composition carries that catalysis beside the composite's, where the mechanism is what the catalyst does
    (electron transfer, bond weakening, its small particles) — not what the support brings (confinement, keeping
    particles apart: hkg:doneBySupport), which stays the composite's. A part of the catalyst the sentence names by
    itself ('CeO2 with oxygen vacancies assists Ni' of Ni/CeO2) is what the claim is about: that part's catalysis.
    ``sample``: the system the additive was measured in, whose composition speaks (Ni with carbon nanotubes: the
    metal's catalysis gave way to the composite's, so there is none to name). ``phase``: the phase formed in situ the
    claim names; one of only some of a multi-metal catalyst's metals (Ni2B from the CoNi of CoNi/C) is no combined
    action of its metals, so the claim stays the composite's. Else None."""
    vocab = vocabulary()
    if not host or not additive or CATALYSIS not in vocab:
        return None
    if _done_by_support(mechanism):
        # (the shell of a catalyst on carbon, 'CoNi@C', confines the catalyst's particles, not the host: what its
        # support brings is the composite catalysis, not the host's nanoconfinement a scaffold gives; a design the
        # sentence names, 'the carbon shell' as core-shell structuring, stays)
        supported = len(SUPPORT_SIGN.split(additive.strip("()"))) > 1
        return _COMPOSITE if supported and strategy is not None and is_confinement(strategy) \
            and _COMPOSITE in _composition_strategies(host, (additive,), application) else None
    if strategy != _COMPOSITE:
        return None

    def own(found) -> list[str]:
        return [st for st in found if st and st in vocab and st not in _BROAD_CATALYSIS and vocab.is_a(st, CATALYSIS)]
    # (the sample's component the additive is, or is a part of: 'the Ni particles' of Ni/CNT)
    in_sample = sample is not None and any(additive in (a.formula, *SUPPORT_SIGN.split(a.formula.strip("()")))
                                           for a in sample.additives)
    if not in_sample and len([p for p in SUPPORT_SIGN.split(additive.strip("()")) if p]) < 2:
        return None   # (a bare catalyst of no measured sample: the passage's composite, 'Ni and graphene', speaks)
    carried = own(system_strategies(sample, application) if in_sample
                  else _composition_strategies(host, (additive,), application))
    if not carried:
        return None            # (Ni/C: the metal's catalysis gives way to the composite's in the composition)
    parts = [p for p in SUPPORT_SIGN.split(additive.strip("()")) if p]
    alone = sorted((m.start(), p) for p in parts if len(parts) > 1
                   for m in [re.search(rf"(?<![\w/@-]){re.escape(p)}(?![\w/@-])(?:\s+([a-z]+))?", text)]
                   if m and not _support_noun(m.group(1)))
    named = [st for _, p in alone for st in own([catalyst_strategy(host, p, application)])]
    found = (named or carried)[0]
    if found == _MULTI_METAL and phase and not _metals(additive) - _metals(host) <= _metals(phase):
        return None
    return found


def _support_noun(word: str | None) -> bool:
    """``word`` names the role of a support ('the Ti3C2Tx support': the part that receives, not the catalyst)."""
    return bool(word) and role_of_noun(word) == ROLES["scaffold"]


def _electrode_first(host: str | None, additive: str | None, application: str | None) -> tuple:
    """An anode mechanism (volume buffering) happens in the electrode: where a sentence credits the
    electrolyte hydride mixed into it ('the mechanical properties of LiBH4 accommodate the volume changes'
    of an MgH2–TiH2 electrode), the electrode's hydride is the host and the electrolyte its additive."""
    if application != APPLICATIONS["anode"] or not host or not additive:
        return host, additive
    if electrolyte_not_anode(host) and anode_material(additive):
        return additive, host
    return host, additive


def _claim_strategy(named, host, additive, sample, system, in_situ, phase, material, application, catalysing,
                    text: str, held=None) -> str | None:
    # (the sample's additive it shares an element with, where it shares one: TiHx formed from the MXene of Cu@MXene)
    source = next((a for a in sample if additive and _elements(additive) & _elements(a) - {"H"}), None)
    if in_situ and sample and additive not in sample and phase is None and (not additive or source):
        # a phase formed in situ from the sample's additive acts for that additive's strategy
        # (one sharing no element with any, MgF2 in a Mg(In) sample, formed from something else: its own)
        return strategy(named, host, source or sample[0], sample, application=application, catalysing=catalysing)
    # ('Plasma carbon … promoted the spill-over effect' of a sample 'plasma carbon–modified MgH2/TiC'): a support
    # named in words, by its last word, is that material of the sample, and acts with the sample's other additives
    member = _member_worded(additive, sample) if system is None and material is None else None
    return strategy(named, host, material or member or additive,
                    [a.formula for a in system.additives] if system is not None
                    else sample if additive in sample else [*sample, member] if member else (),
                    system, application, catalysing, text, held)


def _member_worded(additive: str | None, sample: list[str]) -> str | None:
    """The formula of the support ``additive`` is, or its words name by their last word ('plasma carbon': C), where
    the sample, which does not hold it, holds other additives it supports; else None."""
    if not additive or not sample or additive in sample:
        return None
    vocab = vocabulary()
    term = vocab.lookup(additive.rsplit(" ", 1)[-1], "Material") or vocab.by_formula(additive)
    return term.formula if term is not None and term.formula and is_support(term.formula) else None
