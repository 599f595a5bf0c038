"""What a host stands for: the storage hydride a metal or alloy is written for (Mg and MgH2, Mg2Ni and
Mg2NiH4 are one host), so that reports and questions count a system written on the metal with the
hydride's, and a metal whose hydride is no storage material (Li → LiH, a reactant) never becomes a host."""
from __future__ import annotations

import re
from functools import lru_cache

from .elements import ALKALI, ALKALINE_EARTH, NONMETALS, cation_charge
from .families import family_member, family_symbols
from .formula import FormulaError, parse_formula
from .models import MaterialSystem
from .system import alloy_without_formula, analyse_system, composition_alloy_elements, is_family, storage_hydride
from .text_memo import per_document
from .vocabulary import vocabulary


@per_document(maxsize=4096)
def stored_as(host: str, formula: str | None = None) -> str:
    """The storage host a system's host stands for: a hydride as it is; a metal or alloy the hydride
    it stores hydrogen as (Mg and MgH2, Mg2Ni and Mg2NiH4 are one host), when the ontology holds that
    hydride as a storage material. A metal whose hydride is a reactant or catalyst (Li → LiH, Ti →
    TiH2) stays what it is, and so never becomes a candidate host."""
    vocab = vocabulary()
    if host in vocab and vocab.is_a(host, "Hydride"):
        return host
    if formula is None and host in vocab:
        formula = vocab.get(host).formula
    hydride = storage_hydride(formula) if formula else None
    term = vocab.by_formula(hydride) if hydride else None
    if term is None or term.usual_role or not vocab.is_a(term.id, "Hydride"):
        return host
    return term.id


@per_document(maxsize=256)
def stored_forms(hydride: str) -> tuple[str, ...]:
    """The metal and alloy terms that stand for a storage hydride (MgH2 → Mg; Mg2NiH4 → Mg2Ni)."""
    vocab = vocabulary()
    return tuple(sorted(t.id for t in vocab.terms("Material")
                        if t.id != hydride and t.formula and stored_as(t.id, t.formula) == hydride))



_INTERMETALLIC_HYDRIDES = "IntermetallicHydride"


@per_document(maxsize=1024)
def intermetallic_host(formula: str) -> bool:
    """A hydride-forming intermetallic (AB5 LaNi5, AB2 TiMn2 and ZrV2, AB TiFe): a compound of metals whose
    hydride the ontology holds among its IntermetallicHydride class. Named as what takes up or gives off hydrogen it
    is a host of its own, as a hydride would be, though written without hydrogen (Mg2Ni, whose Mg2NiH4 is a
    complex hydride and a phase MgH2–Ni forms, is not one)."""
    vocab = vocabulary()
    hydride = storage_hydride(formula) if _INTERMETALLIC_HYDRIDES in vocab else None
    term = vocab.by_formula(hydride) if hydride else None
    return term is not None and term.id != _INTERMETALLIC_HYDRIDES and vocab.is_a(term.id, _INTERMETALLIC_HYDRIDES)


def storage_alloy(formula: str) -> bool:
    """An alloy of a metal that stores hydrogen, a storage material of its own however it is named: an intermetallic
    of the ontology (``intermetallic_host``: LaNi5, TiFe); a composition on such a metal written as alloys are
    (``storage_metal_compound``: atomic percents, 'Mg48Ni48Cu4', 'Mg60Ni36Si4'; a metal partly replaced,
    'Mg2Ni0.9Co0.1'); or one written in metallurgical notation on such a metal ('Mg–25Ni': Mg with 25 % Ni). (A lone
    metal, 'Ti', and a compound of one, 'TiB2', 'CeNi5', may well be catalysts; whether a stoichiometric composition,
    'Mg2Ni', is an alloy made or a phase a sample forms is the passage's to say.)"""
    if intermetallic_host(formula):
        return True
    try:
        comp = parse_formula(formula).composition
    except (FormulaError, ValueError):
        notation = composition_alloy_elements(formula)
        return notation is not None and storage_hydride(notation[0]) is not None \
            or alloy_without_formula(formula) is not None
    stoichiometric = abs(sum(comp.values()) - 100) > 1e-6 and all(float(n).is_integer() for n in comp.values())
    # (a composition written with the counts of partial substitution on an intermetallic's metals is that
    # intermetallic's alloy, a storage material of its own)
    return not stoichiometric and (storage_metal_compound(formula) or _holds_intermetallic_metals(set(comp)))


_MG_ALLOYS = "MagnesiumBasedAlloy"


def designated_alloy(name: str) -> bool:
    """A Mg alloy the ontology names by a designation rather than a formula ('AZ91', 'WE43': Mg with a few per cent
    of Al and Zn, of Y and rare earths), a storage host as the alloys written by composition are."""
    term = alloy_without_formula(name)
    return term is not None and vocabulary().is_a(term, _MG_ALLOYS)


def named_by_designation(name: str) -> bool:
    """A designated alloy (``designated_alloy``) that is one alloy, not a family the ontology names ('AZ91', 'ZK60';
    not 'Mg–RE–Ni alloys')."""
    term = alloy_without_formula(name)
    return term is not None and vocabulary().is_a(term, _MG_ALLOYS) and not is_family(term)


def designated_alloy_base(name: str) -> str | None:
    """The metal an alloy named by its designation (``named_by_designation``) is based on ('AZ91': Mg), else None."""
    return _MG_BASE if named_by_designation(name) else None


_MG_BASE = "Mg"   # (the base metal of every MagnesiumBasedAlloy)


def _holds_intermetallic_metals(elements: set[str], *, compounds: bool = False) -> bool:
    """Metals only, holding every metal of one of the ontology's hydride-forming intermetallics (La, Ni of LaNi5:
    'La0.75Mg0.25Ni3.5Co0.2', the La–Mg–Ni superlattice and substituted AB5 electrode alloys; Ti, Fe of TiFe:
    'TiFe0.8Mn0.2'), whichever metal is written first; ``compounds``: or of a stoichiometric metal compound it holds
    as a storage material (Mg, Ni of Mg2Ni: 'NdMg2Ni')."""
    frames = _intermetallic_frames() + (_storage_compound_frames() if compounds else ())
    return not elements & NONMETALS and any(frame <= elements for frame in frames)


@lru_cache(maxsize=1)   # (the ontology's alone: built once, as the vocabulary is)
def _intermetallic_frames() -> tuple[frozenset[str], ...]:
    """The metals of each hydride-forming intermetallic the ontology names a hydride of (La, Ni of LaNi5H6)."""
    vocab = vocabulary()
    if _INTERMETALLIC_HYDRIDES not in vocab:
        return ()
    frames = []
    for term_id in vocab.descendants(_INTERMETALLIC_HYDRIDES):
        formula = vocab.get(term_id).formula
        try:
            metals = frozenset(parse_formula(formula).composition) - {"H"} if formula else frozenset()
        except (FormulaError, ValueError):
            continue
        if len(metals) > 1:
            frames.append(metals)
    return tuple(frames)


def holds_known_intermetallic(formula: str) -> bool:
    """A composition of metals only that holds every metal of an intermetallic the ontology names as a storage
    material (LaNi5 of the AB5 hydrides; Mg2Ni, Mg2Cu of the Mg alloys): 'NdMg2Ni' (Mg, Ni of Mg2Ni), 'LaMg2Ni9'
    (La, Ni of LaNi5). What a formula a copy split into element groups must be to be joined again."""
    try:
        elements = set(parse_formula(formula).elements)   # (a series' formula too: 'La0.67Mg0.33-xCaxNi2.75')
    except (FormulaError, ValueError):
        return False
    return len(elements) >= 2 and _holds_intermetallic_metals(elements, compounds=True)


@lru_cache(maxsize=1)   # (the ontology's alone: built once, as the vocabulary is)
def _storage_compound_frames() -> tuple[frozenset[str], ...]:
    """The metals of each stoichiometric metal compound the ontology holds that stores hydrogen (Mg, Ni of Mg2Ni)."""
    frames = []
    for term in vocabulary().terms("Material"):
        if not term.formula or not storage_metal_compound(term.formula):
            continue
        comp = parse_formula(term.formula).composition
        if all(float(n).is_integer() for n in comp.values()) and not set(comp) & NONMETALS:
            frames.append(frozenset(comp))
    return tuple(frames)


def substituted_from(alloy: str, compound: str) -> bool:
    """``alloy`` is ``compound`` with part of one of its metals replaced by others (Mg1.8Ti0.2Ni of Mg2Ni,
    Mg2Ni0.7Mn0.3 of Mg2Ni): the compound's elements and more, the same count of atoms per formula unit (partial
    substitution keeps the sites), the compound stoichiometric. The compound named beside such an alloy is its
    unsubstituted parent, a sample of its own, not a phase the alloy forms (Mg90Ni10 holds Mg2Ni as a phase)."""
    try:
        mine, parent = parse_formula(alloy).composition, parse_formula(compound).composition
    except (FormulaError, ValueError):
        return False
    return set(parent) < set(mine) and all(float(n).is_integer() for n in parent.values()) \
        and not any(float(n).is_integer() for e, n in mine.items() if e not in parent) \
        and abs(sum(mine.values()) - sum(parent.values())) < 1e-6


def storage_metal_compound(formula: str) -> bool:
    """A composition on a metal that stores hydrogen, stoichiometric ('Mg2Ni', 'Mg17Al12') or not ('Mg48Ni48B4',
    'Mg2Ni0.8Cu0.2'): its first part a metal whose hydride the ontology stores hydrogen as, the others metals or a
    minor metalloid (B, C, Si: under a quarter of the atoms)."""
    try:
        f = parse_formula(formula)
    except (FormulaError, ValueError):
        return False
    if f.is_symbolic or len(f.elements) < 2 or storage_hydride(f.elements[0]) is None:
        return False
    comp = f.composition
    odd = {e for e in comp if e in NONMETALS}
    return odd <= _ALLOY_METALLOIDS and sum(comp[e] for e in odd) < sum(comp.values()) / 4


# the metalloids an alloy may hold a little of (Mg48Ni48B4, Mg60Ni36Si4)
_ALLOY_METALLOIDS = frozenset({"B", "C", "Si"})


_BOROHYDRIDES = "Borohydride"


def enters_cation_sites(element: str, host_term: str | None) -> bool:
    """Does an ``element`` said to dope a host go onto the host's cation sites ('K-doped LiBH4', 'LiBH4 doped
    with Mg')? An alkali or alkaline-earth metal does in a borohydride (an ionic salt, whose BH4− takes any such
    cation: a solid solution), where it is a substituent; a transition metal there, or any metal in a metal
    hydride or an alanate ('Ti-doped MgH2', 'Ti-doped NaAlH4'), catalyses the sample and keeps that role."""
    return element in ALKALI | ALKALINE_EARTH and borohydride_host(host_term)


def borohydride_host(host_term: str | None) -> bool:
    """Is the host a borohydride (the ontology's Borohydride class: LiBH4, Mg(BH4)2)?"""
    vocab = vocabulary()
    return host_term is not None and host_term in vocab and _BOROHYDRIDES in vocab \
        and vocab.is_a(host_term, _BOROHYDRIDES)


def host_salt(anion: str, host_formula: str) -> str | None:
    """The salt that brings an ``anion`` (its element) into a host of one alkali or alkaline-earth cation: the
    anion with the host's own cation (I → LiI for LiBH4, MgI2 for Mg(BH4)2); None for any other host."""
    cation = re.match(r"[A-Z][a-z]?", host_formula)
    metal = cation.group(0) if cation else ""
    charge = cation_charge(metal)
    return f"{metal}{anion}{charge if charge > 1 else ''}" if charge else None


def unsubstituted_member(system: MaterialSystem) -> MaterialSystem | None:
    """The member of a substitution series with none of the substituent ('Mg2Ni1-xMnx' at x = 0: Mg2Ni), when it is
    an alloy on a storage metal: the series' own reference ('the Mn-free alloy'); None for any other system (the
    x = 0 end of 'xLiBH4–(1−x)LiI' is LiI, no reference of the series)."""
    symbols = family_symbols(system.name)
    notation = family_member(system.name, dict.fromkeys(symbols, 0.0)) if symbols else None
    if notation is None or not storage_metal_compound(notation):
        return None
    try:
        return analyse_system(notation).system
    except ValueError:
        return None
