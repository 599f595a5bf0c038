"""Which modification strategies a material system embodies, read from its composition.

A table row or a sentence names a system ("LiBH4@SBA-15", "3LiBH4–LiI", "Mg1−xZnx(BH4)2",
"LiBH4–2MgH2", "MgH2–10 wt% TiF3"); its strategy follows from what the parts are, not from the
section the text sits in. The parts are already classified by ``ontology.system`` (host, additive
classes, roles, architecture); the rules here combine those with a few chemistry facts (which
elements are transition metals, what a borohydride or an ammine group is) into Strategy terms,
each bound to its ontology id and checked against the ontology once. Words of the system's own
text that are Strategy labels ("thin film MgH2", "nanosized MgH2") count too: the look-up is the
ontology's. Strategies a sentence names are added by the caller; the most specific term wins
when a named strategy is a parent of one the composition gives (``merge``).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from .elements import ALKALI, ALKALINE_EARTH, HALOGENS, NONMETALS, TRANSITION as _TRANSITION
from .errors import HydrideKGError
from .formula import ALANATE_ANION as _ALANATE, FormulaError, parse_formula, top_level_parts
from .hosts import designated_alloy
from .models import Component, MaterialSystem
from .system import composition_alloy_elements, storage_hydride
from .text_memo import per_document
from .vocabulary import Vocabulary, vocabulary

# ------------------------------------------------------------------------ chemistry facts
# (the lookahead: the alternatives' first characters, which let a search pass other positions at once)
_AMMINE = re.compile(r"(?=[N(Ce])(?:NH3|\(NH3\)|CH3NH2|\ben\b|\(en\))")        # neutral N-donor ligands
# an NH3 group written into a polyhedral borane's anion ('B12H11NH3', 'B10H9NH3'): bound to a cage boron in place
# of a hydrogen, part of the anion, no molecule coordinated to the cation
_CAGE_AMINE = re.compile(r"B\d+H\d+NH3")


def _ammine_in(formula: str) -> bool:
    """Does ``formula`` write a neutral N-donor ligand (not an amine group of a borane cage)?"""
    return bool(_AMMINE.search(_CAGE_AMINE.sub("", formula)))
_AMIDE = re.compile(r"(?<!CH3)NH2(?![\w)])|\(NH2\)")

# ------------------------------------------------------------------------ ontology bindings
# Strategy terms the rules produce, and the classes and roles they read.
_NANOSIZING, _NANOSTRUCTURING = "Nanosizing", "Nanostructuring"
_COMPOSITION_ALTERATION = "CompositionAlteration"
_DESTABILIZATION = "ThermodynamicDestabilization"
# what a text may say a support does, in the order a sentence naming both is read
SCAFFOLD_SAID = ("Nanoconfinement", "CoreShellStructuring")
STRATEGIES = (_NANOSIZING, _NANOSTRUCTURING, _COMPOSITION_ALTERATION, _DESTABILIZATION, "Nanoconfinement",
              "CoreShellStructuring",
              "CationSubstitution", "AnionSubstitution", "ReactiveHydrideComposite", "Alloying", "Ammoniation",
              "MetalCatalysis",
              "MultiMetalCatalysis", "MetalCompoundCatalysis", "CompositeCatalysis",
              "CompositeElectrolyteFormation", "ConductiveCompositing", "Catalysis",
              "LithiumRHC", "LiMgNHComposite", "SingleAtomCatalysis")
_SINGLE_ATOM = "SingleAtomCatalysis"
# what a sentence may say of how a system's part is arranged ('encapsulated in a graphene shell (MgH2@G)', 'atomically
# dispersed Co on N-doped carbon'), which the notation alone cannot tell (a shell from a scaffold, atoms from particles)
# (a thin film is how the whole sample is made: what one sentence says of 'Mg0.8Ti0.2 films capped with Pd' holds for
# the capped film's later values)
_THIN_FILM = "ThinFilmStructuring"
ARRANGEMENTS = (*SCAFFOLD_SAID, _SINGLE_ATOM, _THIN_FILM)


def arranged_part(system: MaterialSystem, strategy: str) -> bool:
    """``system`` has the part an arrangement strategy is about: a scaffold or shell around its host for
    nanoconfinement and core–shell structuring ('MgH2@G', 'LiBH4/CMK-3'), a catalyst for single atoms."""
    if strategy == _SINGLE_ATOM:
        return any(a.role == ROLES["catalyst"] for a in system.additives)
    if strategy == _THIN_FILM:
        # (a film with a part of its own, a cap or an alloying element: a bare 'Mg' named again may be the bulk
        # reference, not the film)
        return not system.bare or len(set(re.findall(r"[A-Z][a-z]?", system.host.formula)) - {"H"}) > 1
    return system.architecture in ("confined", "core-shell") \
        or any(a.role == ROLES["scaffold"] for a in system.additives)
CLASSES = {"carbon": "CarbonSupport", "metal": "Metal", "multi": "BimetallicIntermetallic",
           "hea": "HighEntropyAlloy", "polymer": "Polymer", "conducting_polymer": "ConductivePolymer",
           "ligand": "NeutralLigand", "oxoanion": "OxoanionSalt",
           "borohydride": "Borohydride", "amide": "AmideImide", "solvent": "Solvent", "compounds": "MetalCompounds"}
# the catalysis terms a catalyst's own kind gives; on a carbon support the supported catalyst is
# composite catalysis (a multi-metal catalyst stays one: its elements' co-action is a design of its own; so does a
# metal compound, VC@C, Ni3S2/rGO, TiO2 on graphene: its anion's chemistry is a design of its own)
_COMPOUND_CATALYSIS = "MetalCompoundCatalysis"
_CATALYSIS_BY_KIND = ("MetalCatalysis", _COMPOUND_CATALYSIS, "Catalysis")
ROLES = {"scaffold": "ScaffoldConfinementHost", "dopant": "DopantSubstituent",
         "destabilizer": "DestabilizingReactant", "catalyst": "Catalyst",
         "electrolyte": "SolidElectrolytePartner", "binder": "Binder", "conductive": "ConductiveAdditive",
         "absorber": "PhotothermalMicrowaveAbsorber", "milling_aid": "MillingAid"}
APPLICATIONS = {"electrolyte": "SolidElectrolyte", "anode": "Anode", "storage": "HydrogenStorage"}


class StrategyRuleError(HydrideKGError, RuntimeError):
    """The ontology lacks a term a rule is bound to (a renamed or removed term)."""


@lru_cache(maxsize=4)
def _checked(vocab: Vocabulary) -> Vocabulary:
    wanted = ([(s, "Strategy") for s in STRATEGIES] + [(c, "Material") for c in CLASSES.values()]
              + [(r, "Role") for r in ROLES.values()] + [(a, "Application") for a in APPLICATIONS.values()])
    missing = [f"{i} ({k})" for i, k in wanted if i not in vocab or vocab.get(i).kind != k]
    if missing:
        raise StrategyRuleError(f"ontology/strategy_rules.py is bound to terms the ontology lacks: "
                                f"{', '.join(missing)}; restore them in ontology/*.ttl or update the rules")
    return vocab


# ------------------------------------------------------------------------ composition helpers
@lru_cache(maxsize=4096)
def role_in_application(role: str | None, application: str | None) -> str | None:
    """The role a component plays in a system used as ``application`` (an Application term id): a
    solid electrolyte has no reaction to catalyse, so an additive the composition reads as a
    catalyst (an oxide filler such as Al2O3 or SiO2 in LiBH4–LiI) is the conductor's partner, and a
    hydride partner it reads as a reactant (LiNH2 with LiBH4) a substituent of the conductor's lattice."""
    if role == ROLES["catalyst"] and application == APPLICATIONS["electrolyte"]:
        return ROLES["electrolyte"]
    # a hydride partner reacts when the system stores hydrogen (LiBH4–2LiNH2 releases it as Li3BN2 forms);
    # in an electrolyte nothing is released: its anions share the host's lattice (Li2(BH4)(NH2))
    if role == ROLES["destabilizer"] and application == APPLICATIONS["electrolyte"]:
        return ROLES["dopant"]
    return role


def system_with_electrolyte_roles(system: MaterialSystem, application: str | None) -> MaterialSystem:
    """``system`` with each additive's role as it plays it in ``application`` (``role_in_application``),
    and the conductor as its host (``conductor_as_host``): only a solid electrolyte changes them.
    Callers use ``ontology.electrode_roles.system_in_application``, which adds an anode's roles."""
    system = conductor_as_host(system, application)
    vocab = vocabulary()
    # (an oxoanion salt of the conductor's cation, LiNO3 with LiBH4, is no filler mixed in beside the conductor:
    # its anion shares the conductor's lattice as LiI's does, a substituent, as its strategy says)
    roles = [ROLES["dopant"] if _cation_dopant(a, application, system.host)
             or application == APPLICATIONS["electrolyte"] and a.role in (ROLES["catalyst"], ROLES["electrolyte"])
             and _brings_anion(a, system.host, vocab)
             else a.role if _imide_forming_partner(a, system.host)
             else role_in_application(_metal_reactant_as_solid(a, application), application) for a in system.additives]
    if all(role == a.role for role, a in zip(roles, system.additives)):
        return system   # (the roles read first: most systems keep theirs, and need no copy of their additives)
    return system.model_copy(update={"additives": [a.model_copy(update={"role": role})
                                                   for a, role in zip(system.additives, roles)]})


def _imide_forming_partner(c: Component, host: Component) -> bool:
    """Is ``c`` the binary hydride an amide host reacts with to its imide (LiNH2 + LiH → Li2NH + H2, Mg(NH2)2 +
    2LiH)? The amide–imide system is one reading in every use: its conductivity is measured on the mixture as it
    releases hydrogen, and the hydride stays the reacting partner, no substituent of the amide's lattice."""
    vocab = vocabulary()
    if c.role != ROLES["destabilizer"] or c.term is None or host.term is None:
        return False
    return c.term in vocab and host.term in vocab and vocab.is_a(c.term, "BinaryHydride") \
        and vocab.is_a(host.term, "AmideImide")


def _metal_reactant_as_solid(c: Component, application: str | None) -> str | None:
    """The role to read in ``application``: a metal that reacts with a borohydride ('LiBH4–Al': AlB2 forms as
    hydrogen is released) is, in an electrolyte, where nothing is released, a solid mixed in as any catalyst-read
    one is (the conductor's partner), no substituent of the lattice as a hydride partner is."""
    if application == APPLICATIONS["electrolyte"] and c.role == ROLES["destabilizer"] \
            and not _has_h(_elements(c, vocabulary())):
        return ROLES["catalyst"]
    return c.role


def _cation_dopant(c: Component, application: str | None, host: Component | None = None) -> bool:
    """'5 mol% Ca-doped LiBH4', 'LiBH4–10 mol% Mg' as an electrolyte: an alkali or alkaline-earth metal
    added as an element to a conductor enters its lattice as a cation (a substituent, as Zn in
    Mg0.9Zn0.1(BH4)2); in a hydrogen store the same element is read as the parser reads it (a catalyst).
    So does the salt that brings it, the metal with the conductor's own anion given as a loading
    ('LiBH4–5 mol% Ca(BH4)2', the Ca-doped LiBH4 of ``ingest.extraction.samples.dopant_salts``)."""
    if application != APPLICATIONS["electrolyte"] or c.role != ROLES["catalyst"]:
        return False
    return c.formula in _ALKALI_OR_ALKALINE_EARTH or (host is not None and _cation_salt(c.formula, host.formula))


def _cation_salt(formula: str, host: str) -> bool:
    """Is ``formula`` an alkali or alkaline-earth metal, foreign to ``host``, with the host's non-metals?"""
    try:
        els, host_els = set(parse_formula(formula).composition), set(parse_formula(host).composition)
    except (FormulaError, ValueError):
        return False
    metals, host_metals = els & _ALKALI_OR_ALKALINE_EARTH, host_els & _ALKALI_OR_ALKALINE_EARTH
    return len(metals) == 1 and not metals & host_metals and bool(host_metals) \
        and els - metals == host_els - host_metals and els - metals != {"H"}


_ALKALI_OR_ALKALINE_EARTH = ALKALI | ALKALINE_EARTH


def conductor_as_host(system: MaterialSystem, application: str | None) -> MaterialSystem:
    """An amide or imide written first with a borohydride partner ('Li2NH–2LiBH4', 'LiNH2–LiBH4') is, as
    a solid electrolyte, the borohydride with the amide's or imide's anion in its lattice: the host is the
    borohydride, as in the double salt Li2(BH4)(NH2) the parser reads so, and the N-anion its substituent.
    Storing hydrogen, the written host stays (Li2NH with Mg(BH4)2) — unless the two are the amide or imide and
    the borohydride of one cation (``_double_salt_partner``: Li2NH–LiBH4 is the borohydride's in every use)."""
    if system.host is None:
        return system
    vocab = _checked(vocabulary())
    salt = _double_salt_partner(system, vocab)
    if salt is not None:
        return _substituted(system, salt, vocab)
    if application != APPLICATIONS["electrolyte"]:
        return system
    if not _is(vocab, _class_of(system.host, vocab), CLASSES["amide"]):
        return system
    partners = [a for a in system.additives if a.role in (ROLES["destabilizer"], ROLES["dopant"])
                and _is(vocab, _class_of(a, vocab), CLASSES["borohydride"])]
    return _substituted(system, partners[0], vocab) if len(partners) == 1 else system


def _double_salt_partner(system: MaterialSystem, vocab: Vocabulary) -> Component | None:
    """The one partner that, with the host, is the borohydride and the amide of a single cation
    ('2LiNH2–LiBH4', 'LiBH4 + 2LiNH2', 'NaNH2 and NaBH4 in 2:1'), else None: the two form a double
    salt (Li3BN2H8 = LiBH4 + 2LiNH2), which the borohydride hosts whatever the counts or order. Beside
    another reactant the amide is that composite's host ('LiNH2–MgH2–LiBH4': the Li–Mg–N–H system with
    LiBH4 added), so the pair is no double salt there."""
    assert system.host is not None
    found = [a for a in system.additives if a.role in (ROLES["destabilizer"], ROLES["dopant"])
             and _one_cation_pair(system.host, a, vocab)]
    others = [a for a in system.additives if a.role == ROLES["destabilizer"] and not any(a is f for f in found)]
    return found[0] if len(found) == 1 and not others else None


def _one_cation_pair(a: Component, b: Component, vocab: Vocabulary) -> bool:
    """Are a and b a borohydride and an amide or imide (NH2, NH) of the same one metal? (Li2NH–LiBH4 forms a
    lithium borohydride–imide/amide phase on milling or hydrogenation, as LiNH2–LiBH4 forms Li4BN3H10: the
    borohydride hosts it in every use — decided 4 December from two real pools' annotations, changed from a
    hydrogen-storage reading with the imide as host.)"""
    kinds = {_salt_anion(c, vocab) for c in (a, b)}
    metals = {_single_metal(c.formula) for c in (a, b)}
    return kinds in ({"BH4", "NH2"}, {"BH4", "NH"}) and len(metals) == 1 and None not in metals


def _salt_anion(c: Component, vocab: Vocabulary) -> str | None:
    """'BH4' for a borohydride, 'NH2' for an amide (a metal with two H per N, whether or not the ontology
    names it: NaNH2), else None."""
    try:
        comp = parse_formula(c.formula).composition
    except (FormulaError, ValueError):
        return None
    cls = _class_of(c, vocab)
    if _is(vocab, cls, CLASSES["borohydride"]):
        return "BH4"
    if not set(comp) - {"N", "H"} or "B" in comp or not comp.get("N"):
        return None
    if comp.get("H") == 2 * comp["N"]:
        return "NH2"
    return "NH" if comp.get("H") == comp["N"] else None   # an imide, Li2NH


@per_document(maxsize=1024)   # (asked of each additive of every system a sentence's rules weigh)
def _single_metal(formula: str) -> str | None:
    try:
        metals = set(parse_formula(formula).composition) - NONMETALS
    except (FormulaError, ValueError):
        return None
    return next(iter(metals)) if len(metals) == 1 else None


def _substituted(system: MaterialSystem, partner: Component, vocab: Vocabulary) -> MaterialSystem:
    """The system with the borohydride of the host–partner pair as host and the amide (or imide) its substituent."""
    assert system.host is not None
    if _salt_anion(system.host, vocab) == "BH4":
        adds = [a.model_copy(update={"role": ROLES["dopant"]}) if a is partner else a for a in system.additives]
        return system.model_copy(update={"additives": adds})
    old_host = system.host.model_copy(update={"role": ROLES["dopant"]})
    host = partner.model_copy(update={"role": system.host.role})
    adds = [old_host if a is partner else a for a in system.additives]
    return system.model_copy(update={"host": host, "additives": adds})


# the same formulas come back in every row and sentence; a failed parse raises anew each time
@per_document(maxsize=16384)
def _formula_elements(text: str | None) -> frozenset[str] | None:
    try:
        return frozenset(parse_formula(text).elements) if text else None
    except (FormulaError, ValueError, TypeError):
        return None


def _elements(c: Component, vocab: Vocabulary | None = None) -> frozenset[str]:
    """Elements of a component: its formula, else its ontology term's formula ('ammonia' → NH3),
    else the element symbols of a formula-like name ('VNbc'); unknown (empty) when any capitalised
    token is not an element ('HELMO-NO3', 'AOLIBHI'), or when words surround it ('Heated LiBH4')."""
    found = _formula_elements(c.formula)
    if found is None and vocab is not None:
        term = vocab.get(c.term) if c.term and c.term in vocab else vocab.lookup(c.formula, "Material")
        found = _formula_elements(term.formula) if term is not None else None
    if found is not None:
        return found
    alloy = composition_alloy_elements(c.formula)
    if alloy is not None:   # 'Mg–10Ni–2Mm': its elements (an addition no formula reads, mischmetal 'Mm', left out)
        return frozenset(e for e in alloy if _formula_elements(e))
    if re.search(r"[a-z]{3,}", c.formula):
        return frozenset()
    tokens = re.findall(r"[A-Z][a-z]?", c.formula)
    singles = [_formula_elements(t) for t in tokens]
    if tokens and all(singles):
        return frozenset[str]().union(*(s for s in singles if s))
    return frozenset()


def _metals(els: Iterable[str]) -> frozenset[str]:
    return frozenset(e for e in els if e not in NONMETALS)


def _is_borohydride(els: frozenset[str]) -> bool:
    return {"B", "H"} <= els and bool(_metals(els))


def _has_h(els: Iterable[str]) -> bool:
    return "H" in els or "D" in els


def _is(vocab: Vocabulary, term: str | None, ancestor: str) -> bool:
    return term is not None and bool(term) and term in vocab and vocab.is_a(term, ancestor)


# ------------------------------------------------------------------------ the rules
def _host_rules(host: Component, vocab: Vocabulary) -> set[str]:
    """A single compound that is itself a modified hydride: mixed cations, mixed anions, ammines,
    Mg alloys."""
    out: set[str] = set()
    els = _elements(host, vocab)
    metals = _metals(els)
    text = host.formula
    if _ammine_in(text) and metals:
        out.add("Ammoniation")   # (a ligand needs a cation: ammonia borane, NH3BH3, is a hydride of its own)
    if _is_borohydride(els):
        if len(metals) >= 2:
            out.add("CationSubstitution")            # LiK(BH4)2, Mg1-xZnx(BH4)2, LiCe(BH4)3Cl
        # Li4(BH4)3I, Li(BH4)1-x(NH2)x; in a mixed-cation compound (LiCe(BH4)3Cl) the halide is the new
        # cation's counter-ion, as where the compound is split into LiBH4 + CeCl3 (``_one_compound_with``)
        if _AMIDE.search(text) or els & HALOGENS and len(metals) < 2:
            out.add("AnionSubstitution")
    elif _ALANATE.search(text) and len(metals - {"Al"}) >= 2:
        out.add("CationSubstitution")                # LiMg(AlH4)3, K2LiAlH6: a double alanate, as a double borohydride
    elif len(metals) >= 2 and "Mg" in metals and not els & (NONMETALS - {"H", "D"}) \
            and (not _has_h(els) or _alloy_of(text, vocab)):
        out.add("Alloying")                          # Mg2Ni (or its hydride Mg2NiH4), Mg17Al12, Nd4Mg80Ni8
    elif not _has_h(els) and "Mg" in metals and els - {"Mg"} and not els & HALOGENS and \
            not els & {"O", "N", "C", "B"}:
        out.add("Alloying")                          # Mg2Si, Mg2Ge
    elif not _has_h(els) and len(metals) >= 2 and "Mg" in metals and not els & (HALOGENS | {"O", "N"}) \
            and _minor_share(text, els - metals):
        out.add("Alloying")                          # Mg48Ni48B4, Mg64Ni32B4: an alloy with a share of boron or carbon
    elif not els and designated_alloy(host.formula):
        out.add("Alloying")                          # AZ91, WE43: a Mg alloy named by its designation, no formula
    return out


def _minor_share(formula: str, nonmetals: Iterable[str]) -> bool:
    """Is every one of ``nonmetals`` in ``formula`` fewer atoms than each of its metals ('B4' of Mg48Ni48B4: a share
    alloyed into a Mg–metal alloy), unlike a boride's or carbide's own boron or carbon (MgNi3B2, MgB2)?"""
    try:
        comp = parse_formula(formula).composition
    except (FormulaError, ValueError):
        return False
    metal_counts = [n for e, n in comp.items() if e not in NONMETALS]
    return bool(metal_counts) and all(comp.get(e, 0) < min(metal_counts) for e in nonmetals)


def _alloy_of(text: str, vocab: Vocabulary) -> bool:
    """Is the hydride the hydride of an alloy the ontology knows (Mg2NiH4 of Mg2Ni)? A complex
    hydride without one (Mg2FeH6: no Mg–Fe alloy exists) is not alloying."""
    try:
        normalized = parse_formula(text).normalized
    except (FormulaError, ValueError):
        return True                                  # unreadable: the composition rule stands
    metal_part = re.sub(r"[HD](?:\d+(?:\.\d+)?|[xyz])?$", "", normalized)
    # 'Mg2Ni(Cu)H4': the alloy with a solute written in brackets is that alloy's; 'Mg2Ni0.9Co0.1H4': so is one with
    # a metal substituted on a site in part
    return metal_part != normalized and any(vocab.by_formula(f) is not None for f in
                                            (metal_part, re.sub(r"\([A-Z][a-z]?\)", "", metal_part),
                                             _sites_merged(metal_part), _supercell_merged(metal_part)))


_COUNTED_SYMBOL = re.compile(r"([A-Z][a-z]?)(\d+(?:\.\d+)?)?")


def _supercell_merged(formula: str) -> str:
    """'Mg15YNi8' -> 'Mg2Ni': a computed supercell with a few atoms of one site swapped for another metal (one Y for
    one of sixteen Mg: a count at most a quarter of the count before it) is its parent intermetallic, each such metal
    merged into the one written before it and the counts brought to lowest terms; else ``formula``."""
    parts = [(m.group(1), float(m.group(2) or 1)) for m in _COUNTED_SYMBOL.finditer(formula)]
    if "".join(f"{e}{m:g}" for e, m in parts) != re.sub(r"(?<=[A-Za-z])(?=[A-Z]|$)", "1", formula) \
            or not all(c.is_integer() for _, c in parts):
        return formula                                   # (brackets, symbols or fractional counts: not a supercell)
    out: list[tuple[str, int]] = []
    for element, count in parts:
        if out and 4 * count <= out[-1][1]:
            out[-1] = (out[-1][0], out[-1][1] + int(count))
        else:
            out.append((element, int(count)))
    if len(out) < 2 or len(out) == len(parts):
        return formula
    d = math.gcd(*(c for _, c in out))
    return "".join(f"{e}{c // d if c // d != 1 else ''}" for e, c in out)


def _sites_merged(formula: str) -> str:
    """'Mg2Ni0.9Co0.1' -> 'Mg2Ni', 'Mg1.9Ti0.1Ni' -> 'Mg2Ni': each run of metals with fractional counts that add up to
    a whole is one site, held by the metal of the largest count (the parent intermetallic); else ``formula``."""
    parts = [(m.group(1), float(m.group(2) or 1)) for m in _COUNTED_SYMBOL.finditer(formula)]
    if "".join(f"{e}{m:g}" for e, m in parts) != re.sub(r"(?<=[A-Za-z])(?=[A-Z]|$)", "1", formula):
        return formula                                   # (brackets or symbols: no plain list of counted metals)
    out: list[tuple[str, float]] = []
    run: list[tuple[str, float]] = []
    for element, count in [*parts, ("", 1.0)]:
        if not count.is_integer():
            run.append((element, count))
            continue
        if run:
            total = sum(c for _, c in run)
            if not round(total, 6).is_integer():
                return formula
            out.append((max(run, key=lambda r: r[1])[0], float(round(total))))
            run = []
        out.append((element, count))
    return "".join(f"{e}{int(c) if c != 1 else ''}" for e, c in out if e)


def _is_fluoride(els: frozenset[str], metals: frozenset[str]) -> bool:
    """A metal fluoride (MgF2, CaF2): its metals and fluorine, nothing else."""
    return bool(metals) and els - metals == {"F"}


def _brings_anion(a: Component, host: Component, vocab: Vocabulary) -> bool:
    """Does ``a`` share the borohydride host's cation and bring another anion into its lattice (LiI, LiNH2 or LiNO3
    with LiBH4, Mg(NH2)2 with Mg(BH4)2)? Its anion takes BH4⁻ sites: anion substitution."""
    els, host_els = _elements(_catalyst_of(a, vocab), vocab), _elements(host, vocab)
    metals = _metals(els)
    return bool(metals) and metals <= _metals(host_els) and _is_borohydride(host_els) and \
        (_enters_lattice(els, metals) or bool(_AMIDE.search(a.formula))
         or _is(vocab, _class_of(a, vocab), CLASSES["oxoanion"]))


def _enters_lattice(els: frozenset[str], metals: frozenset[str]) -> bool:
    """A halide that dissolves in a borohydride's lattice (LiI, LiBr, NaCl, MgI2): the large halide ions take
    BH4⁻ sites. A fluoride does not: F⁻ is far smaller than BH4⁻ (MgF2 reacts with LiBH4, CaF2 catalyses)."""
    return bool(els & HALOGENS) and not _is_fluoride(els, metals)


def _usually_catalyst(a: Component, vocab: Vocabulary) -> bool:
    """The ontology knows the material as a catalyst whatever it is put into (TiH2, CeH2: hkg:usualRole)."""
    return a.term is not None and a.term in vocab and vocab.get(a.term).usual_role == ROLES["catalyst"]


def small_loading(a: Component) -> bool:
    """An additive given as a share of at most 20 wt% or mol%: too little to hold the hydride in pores."""
    return a.amount is not None and a.amount.unit in ("wt%", "mol%") and float(a.amount.value) <= 20


def _additive_rules(a: Component, host: Component, system: MaterialSystem, application: str | None,
                    vocab: Vocabulary) -> set[str]:
    out: set[str] = set()
    # a catalyst on its support ('Ni@C') acts by the catalyst's elements; the support adds its strategy below
    els, host_els = _elements(_catalyst_of(a, vocab), vocab), _elements(host, vocab)
    metals, host_metals = _metals(els), _metals(host_els)
    role, cls = a.role, a.additive_class
    if _cation_dopant(a, application, host):
        # ('LiBH4–5 mol% Ca(BH4)2' as an electrolyte: the salt brings its cation onto the conductor's sites, a
        # substituent as the record gives it (``system_with_electrolyte_roles``), no second conductor mixed in)
        role = ROLES["dopant"]
    if role == ROLES["binder"]:
        return out                                   # how the electrode was cast, no strategy of its own
    if role == ROLES["absorber"]:
        # TiH2 or carbon a text puts in as a microwave or light absorber turns the field into heat: no catalyst. The
        # strategy is the field's (MicrowaveDriving, LightDriving), which the text names, not the composition
        return out
    if role == ROLES["electrolyte"] and application == APPLICATIONS["anode"]:
        # a Li+ conductor milled into the electrode: a composite electrode; one coating the particles as a shell
        # ('MgH2@Mg(BH4)2') is the core–shell build the system's architecture gives, not a mixture's composition
        return set() if system.architecture == "core-shell" else {_COMPOSITION_ALTERATION}
    if els and not _has_h(els) and els <= host_els - {"H", "D"} \
            and (_has_h(host_els) or role != ROLES["catalyst"]):
        # the host's own element (Al of LiAlH4–Al, which the hydride's release forms): no catalyst; one of the metals
        # of a storage alloy written without hydrogen, added as its catalyst (Ni milled with Mg2Ni), catalyses
        return out
    if application == APPLICATIONS["anode"] and host_els == {"Li", "H"} and len(metals) == 1 and els == metals \
            and a.amount is None and storage_hydride(next(iter(metals)), vocab) is not None:
        return out   # 'Mg + 2LiH', '2LiH + Ti': the lithiated state of a conversion anode (MgH2, TiH2), no catalyst
    tm = bool(metals & _TRANSITION)
    carbon = _is(vocab, cls, CLASSES["carbon"])
    support = support_strategy(a, vocab)
    if application == APPLICATIONS["anode"] and _is(vocab, cls or _class_of(a, vocab), CLASSES["conducting_polymer"]):
        # an electrode's hydride in a conducting-polymer shell (MgH2@PTh): the shell carries electrons to it and
        # holds no pores
        return {"ConductiveCompositing"} | ({"CoreShellStructuring"} if system.architecture is not None
                                            or role == ROLES["scaffold"] else set())
    if role == ROLES["scaffold"] and system.architecture == "confined":
        return {support or "Nanoconfinement"}        # LiBH4@SBA-15 confined, Mg(BH4)2@graphene grown on sheets
    catalysed = any(o.role == ROLES["catalyst"] for o in system.additives)
    # (a framework or silica the text made a catalyst, 'Co-MOF-doped MgH2', or any porous material milled in as a
    # small loading, 'catalyzed by 5 wt% Ni-MOF', dopes the hydride; it holds none in its pores)
    doping = a.role == ROLES["catalyst"] and (not carbon or small_loading(a))
    if support == "Nanoconfinement" and not (carbon and catalysed) and not doping:
        # a porous scaffold holds the hydride in its pores however the system is written (LiBH4–Ni@MCM-41,
        # MgH2–porous carbon); a porous carbon that carries a catalyst may be the catalyst's support instead
        return {"Nanoconfinement"}
    if carbon and application == APPLICATIONS["anode"] and not catalysed \
            and (system.architecture is None or support == "Nanostructuring" and role != ROLES["scaffold"]):
        # an anode's carbon mixed with the hydride conducts (one holding it, 'LiAlH4@C', is its scaffold: above);
        # the sheets the hydride grew on (no loading said; 'MgH2@rGO' too: a sheet has no pore) shape it too,
        # while carbon milled in at a loading ('LiAlH4 milled with 20 wt% graphene') only conducts
        return {"ConductiveCompositing"} | ({support} if support and a.amount is None else set())
    if support and not catalysed and (carbon or role == ROLES["scaffold"]):
        return {support}                             # Mg(BH4)2/graphene: the hydride grown on the sheets
    if _ligand(a, vocab):
        return {"Ammoniation"}                       # NH3, CH3NH2, ethylenediamine, NH3BH3 coordinate the cation
    if _is(vocab, _class_of(a, vocab), CLASSES["polymer"]):
        # a polymer is no metal compound: a second conductor in an electrolyte, a matrix around the hydride
        if application == APPLICATIONS["electrolyte"] or role == ROLES["electrolyte"]:
            return {"CompositeElectrolyteFormation"}
        return {"Nanoconfinement"} if system.architecture in ("confined", "core-shell") else set()
    if carbon or role == ROLES["scaffold"]:
        if application == APPLICATIONS["anode"]:
            return {"ConductiveCompositing"}
        return set()                                 # a support: what it carries decides (below)
    if role == ROLES["dopant"] and els and els <= HALOGENS and _has_h(host_els):
        return {"AnionSubstitution"}                 # F on the H sites of LiBH4 (LiBH3.75F0.25), of MgH2
    # partners that share the host's cation and bring another anion: LiI, LiNH2 or LiNO3 with LiBH4
    if _brings_anion(a, host, vocab):
        return {"AnionSubstitution"}
    if els & HALOGENS and metals and not metals <= host_metals and _is_borohydride(host_els) \
            and _one_compound_with(system, metals):
        # LiCe(BH4)3Cl: the new cation sits in the borohydride's lattice, the halide came with it as its
        # counter-ion (the compound is named for the cation it gained)
        return {"CationSubstitution"}
    if role == ROLES["dopant"] and els - metals and els - metals <= HALOGENS and metals <= _TRANSITION \
            and _has_h(host_els):
        # MnF2 said to give LiBH4-xFx: with no compound named for its metal (above) a d-metal takes no site of
        # the hydride's lattice, only its halide enters
        return {"AnionSubstitution"}
    if _is_fluoride(els, metals) and not tm and role == ROLES["destabilizer"] and _is_borohydride(host_els):
        return {"ReactiveHydrideComposite"}          # 2LiBH4 + MgF2: 2LiF and MgB2 form (ontology.system)
    if _enters_lattice(els, metals) and not tm and metals and _is_borohydride(host_els):
        out.add("AnionSubstitution")                 # NaI, MgI2 mixed with LiBH4: the halide enters
        if application == APPLICATIONS["electrolyte"] and _same_charge(a.formula, host.formula):
            out.add("CationSubstitution")            # and Na+ takes Li+ sites (not Mg2+, which has no like site)
        return out
    # the other cation's compound of a fractional-cation solid solution (ontology.system splits
    # Mg0.8Zn0.2(BH4)2 into Mg(BH4)2 + Zn(BH4)2, Mg0.9In0.1 into Mg + In)
    if role == ROLES["dopant"] and metals and not metals <= host_metals:
        if _is_borohydride(els) and _is_borohydride(host_els):
            return {"CationSubstitution"}
        if not els - metals and "Mg" in host_metals and not host_els - host_metals - {"H", "D"}:
            # Mg0.9In0.1, Cu in Mg2NiH4: the element alloys the metal (or the alloy the hydride is of); in a
            # complex hydride of no alloy (Y in Mg2FeH6: no Mg–Fe alloy exists) it takes a cation's site
            if len(host_metals) == 1 or _alloy_of(host.formula, vocab):
                return {"Alloying"}
            return {"CationSubstitution"}
        if els == metals and host_els - host_metals - {"H", "D"}:
            return {"CationSubstitution"}            # 'Zn-substituted Mg(BH4)2': on a complex hydride's cation sites
        if len(metals) >= 2 and els - (metals - host_metals) == host_els - (host_metals - metals):
            return {"CationSubstitution"}            # Li3AlH6 in Li1.3Na1.7AlH6: the anion's Al kept, Li on Na's sites
    if els and els <= {"N", "H"} and "N" in els:
        return {"Ammoniation"}                       # LiBH4–0.5NH3: ammonia coordinates the cation
    # a substituent is a substitution whatever the system is for (a mixed-anion closo-borate is an
    # electrolyte made by anion substitution, not a composite of two conductors)
    if role == ROLES["dopant"] and metals and metals <= host_metals:
        return {"AnionSubstitution"}                 # Li(CB11H12) in Li(CB9H10): the same cation, a second anion
    if role == ROLES["dopant"] and metals and not metals & host_metals and els - metals \
            and els - metals == host_els - host_metals:
        # Zn(BH4)2 in Mg(BH4)2 (Mg0.9Zn0.1(BH4)2): another cation, the same anion
        return {"CationSubstitution"}
    # ('Ca-doped LiBH4': a metal on the borohydride's cation sites; not one written beside a scaffold, as the Al
    # of LiBH4/LiNH2-Al@SBA-15 is the silica's)
    if application == APPLICATIONS["electrolyte"] and metals and els == metals and not metals & host_metals \
            and _is_borohydride(host_els) and not any(o.role == ROLES["scaffold"] for o in system.additives):
        return {"CationSubstitution"}
    if _imide_forming_partner(a, host):
        return {"ReactiveHydrideComposite"}          # LiNH2–LiH in every use: the amide–imide reaction's partner
    # (not where the text says the system stores hydrogen: LiTi2O4 credited with a catalytic effect in
    # LiNH2–LiH is a catalyst, whatever a Li oxide usually does in an electrolyte)
    if role == ROLES["electrolyte"] and application != APPLICATIONS["storage"] \
            or (application == APPLICATIONS["electrolyte"] and (els or cls)):
        return {"CompositeElectrolyteFormation"}     # oxides, nitrides, polymers, other conductors
    if _has_h(els) and _beyond_family(a, system, vocab):
        # a further hydride in an amide–hydride or Li-RHC composite (KH, LiBH4, Li3AlH6 in Mg(NH2)2–2LiH)
        # takes no part in the family's reaction: it is there to catalyse it
        role = ROLES["catalyst"]
    if _has_h(els) and _has_h(host_els) and role != ROLES["catalyst"] \
            and (not tm or role == ROLES["destabilizer"] and not (transition_metal_only(a.formula)
                                                                  and _usually_catalyst(a, vocab))):
        # LiBH4–2MgH2, 2LiBH4–MgH2, Mg(NH2)2–LiH (not '3 mol% KH'); a hydride of a transition metal with a
        # storage metal is a reactant (2.5LiBH4–Mg2NiH4), and so is one of transition metals only that is no known
        # catalyst (YH3 a text declares a destabilizing agent of LiBH4: YB4 forms); a known one (TiH2, CeH2:
        # hkg:usualRole) is a catalytic phase, even where its composition with a borohydride reads as a reactant
        return {"ReactiveHydrideComposite"}
    if metals and not tm and not els & NONMETALS - {"Si"} and _is_borohydride(host_els):
        return {"ReactiveHydrideComposite"}          # LiBH4–Al (AlB2 forms)
    if els and els <= {"Si", "Ge"} and _has_h(host_els):
        return {"ReactiveHydrideComposite"}          # MgH2–Si, MgH2–Ge (Mg2Si, Mg2Ge form)
    if role == ROLES["destabilizer"] and els and not _has_h(els):
        # Al the text declares a destabilizing agent of MgH2: a reactant that forms a stable product (Mg17Al12)
        # with the host, no catalyst, whatever its metal
        return {_DESTABILIZATION}
    if tm or role in (ROLES["catalyst"], ROLES["destabilizer"]):
        if single_atom_form(a.formula, vocab) or single_atom_form(a.text, vocab):
            # 'Cu SA/Ti3C2Tx', 'Ni single atoms/NC': isolated atoms (named 'Cu/Ti3C2Tx': the form is in the text)
            return {_SINGLE_ATOM}
        if _is(vocab, cls, CLASSES["compounds"]):
            return {_COMPOUND_CATALYSIS}             # 'Ti-based compounds' the text wrote 'Ti': the metal's compounds
        members = _group_members(a, vocab)
        if members:
            # '(Ni–TiO2)@rGO': a bracketed group of catalysts on one support catalyses as its members do, each
            # read alone (Ni a metal, TiO2 a metal compound), not as one compound of all their elements
            kinds = [_additive_rules(m, host, system, application, vocab) for m in members]
            found = set().union(*kinds) & {"MultiMetalCatalysis", *_CATALYSIS_BY_KIND}
            if sum("MetalCatalysis" in k for k in kinds) >= 2:
                found = (found - {"MetalCatalysis"}) | {"MultiMetalCatalysis"}   # '(Ni–Co)@C': two metals
            return found
        if (_joined_phases(a.formula) or "@" in a.formula) and not on_support(a, vocab):
            # Ti3C2/TiO2, Cu/Ti3C2, Ni@Ti3C2: one catalyst phase on another compound (a catalyst on carbon, 'FeCo/C',
            # is read as its catalyst's kind and then as composite catalysis below, see ``on_support``); the phase
            # written first is the catalyst, and its kind says which catalysis the composite also is
            return {"CompositeCatalysis"} | _first_phase_kind(a, host, system, application, vocab)
        # (an intermetallic of the host's own metal and one other, Mg2Ni in MgH2, is that other metal's catalysis:
        # the host's metal adds no second catalyst metal)
        foreign = metals - host_metals if metals & host_metals and metals - host_metals and not els - metals else metals
        if (_is(vocab, cls, CLASSES["hea"]) or _is(vocab, cls, CLASSES["multi"])) and len(foreign) != 1:
            return {"MultiMetalCatalysis"}
        if _is(vocab, cls, CLASSES["metal"]) or (metals and not els - metals):
            return {"MetalCatalysis"} if len(foreign) == 1 else {"MultiMetalCatalysis"}
        anion = els - metals - {"H", "D"}
        if not tm and _has_h(els) and anion <= {"B", "N"} and (anion or len(metals) >= 2):
            return {"Catalysis"}                     # a complex hydride (LiBH4, Li3AlH6) added as catalyst
        if tm or cls or metals and els - metals or _anion_named(a.formula):
            # also a main-group compound loaded as catalyst (3 mol% KH, KOH), and a compound known only
            # by a name that carries its anion ('HELMO-NO3': a nitrate)
            return {"MetalCompoundCatalysis"}
        return {"Catalysis"}
    return out


_PHASE_START = re.compile(r"[A-Z][a-z]?")
_FORM_PATTERNS: dict[int, re.Pattern[str]] = {}


def _form_words(vocab: Vocabulary) -> str:
    """The form words of the ontology's SingleAtomCatalysis (hkg:formLabel), longest first, as one alternation."""
    return "|".join(map(re.escape, sorted(vocab.get(_SINGLE_ATOM).form_labels, key=len, reverse=True)))


_NAMED_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def single_atoms_named(text: str, start: int, end: int, vocab: Vocabulary | None = None) -> str | None:
    """SingleAtomCatalysis when the metal written at text[start:end] is named as its single atoms by a form word
    of the term right after it ('Ni single atoms', 'Pt SAs') or right before it ('single-atom Ni', 'Single-atom Pt',
    any case: a sentence may open with it); else None."""
    vocab = vocab or vocabulary()
    patterns = _NAMED_PATTERNS.get(id(vocab))
    if patterns is None:
        words = _form_words(vocab)
        patterns = (re.compile(rf"[\s\-‐]?(?:{words})(?![\w-])"), re.compile(rf"(?<![\w-])(?:{words})[\s\-‐]$", re.I))
        _NAMED_PATTERNS[id(vocab)] = patterns
    after, before = patterns
    if after.match(text, end) or before.search(text, max(0, start - 14), start):
        return _SINGLE_ATOM
    return None


def single_atom_form(formula: str, vocab: Vocabulary | None = None) -> bool:
    """A catalyst written as a metal's single atoms ('Cu SA/Ti3C2Tx', 'CuSA/Ti3C2Tx', 'Pt-SAs/TiO2', 'Ni single
    atoms/NC'): a metal symbol, then a form word of the ontology's SingleAtomCatalysis (hkg:formLabel)."""
    vocab = vocab or vocabulary()
    pattern = _FORM_PATTERNS.get(id(vocab))
    if pattern is None:
        pattern = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]?){1,3}[\s\-‐]?(?:" + _form_words(vocab) + r")(?![a-z])")
        _FORM_PATTERNS[id(vocab)] = pattern
    return bool(pattern.search(formula))


def _first_phase_kind(a: Component, host: Component, system: MaterialSystem, application: str | None,
                      vocab: Vocabulary) -> set[str]:
    """The catalysis kind of the phase written first in a joined catalyst ('Ti3C2' of 'Ti3C2/TiO2': a metal
    compound; 'Ni' of 'Ni@Ti3C2': a metal), read as if it were added alone."""
    alone = _first_phase(a)
    # (only on a support known to hold a metal, an MXene or an oxide: a support named by a letter the text
    # defines, 'Ni/G' for Ni on graphene, is read as a carbon and keeps composite catalysis alone)
    rest = a.formula[len(alone.formula):].lstrip("/@ ") if alone is not a else ""
    # (no first phase read, '(Fe–V2O5)@GO' with GO no carbon the ontology knows: no kind to add)
    if not rest or not _metals(_elements(Component(formula=rest), vocab)):
        return set()
    return _additive_rules(alone, host, system, application, vocab) & {"MultiMetalCatalysis", *_CATALYSIS_BY_KIND}


def _first_phase(a: Component) -> Component:
    """The phase written first in a catalyst of joined phases ('Ni' of 'Ni@Ti3C2'), as a component of its own;
    the component itself when it is one phase."""
    first = _FIRST_PHASE.match(a.formula) if ("/" in a.formula or "@" in a.formula) else None
    if first is None:
        return a
    return a.model_copy(update={"formula": first.group(0).strip(), "term": None, "additive_class": None})


# the phase before the first top-level '/' or '@' of a joined catalyst
_FIRST_PHASE = re.compile(r"[^/@()]+(?:\([^()]*\)[^/@()]*)*(?=[/@])")


def _joined_phases(formula: str) -> bool:
    """A catalyst written as phases joined by '/' ('Ti3C2/TiO2', 'Cu/Ti3C2', 'Ni3N/NiO'): a heterostructure or
    a catalyst on a support made together, not one compound (a catalyst on carbon, 'Ni/C', is told apart
    by ``on_support``); a '/' inside brackets ('Mg(BH4/Cl)') joins no phases."""
    if "/" not in formula:
        return False
    parts = [formula[a:b].strip() for a, b in top_level_parts(formula)]
    return len(parts) >= 2 and len(set(parts)) == len(parts) and all(_PHASE_START.match(p) for p in parts)


def _class_of(c: Component, vocab: Vocabulary) -> str | None:
    """The component's ontology term when it is a class the rules read, else its additive class."""
    term = c.term if c.term and c.term in vocab else None
    if term is None:
        found = vocab.lookup(c.formula, "Material") or vocab.by_formula(c.formula)
        term = found.id if found is not None else None
    return term or c.additive_class


def _catalyst_of(c: Component, vocab: Vocabulary) -> Component:
    """The catalyst of a supported catalyst ('Ni' of 'Ni@C'), else the component itself."""
    if not on_support(c, vocab):
        return c
    head = c.formula[:max(c.formula.rfind("@"), c.formula.rfind("/"))].strip("()")
    return c.model_copy(update={"formula": head, "term": None})


_ON_SUPPORT = re.compile(r"(.+)[@/]([^@/]+)")
_GROUP_SEPARATOR = re.compile(r"\s*[–\-+]\s*")


def _group_members(c: Component, vocab: Vocabulary) -> list[Component]:
    """The members of a bracketed group of catalysts on a support ('Ni', 'TiO2' of '(Ni–TiO2)@rGO'), each a
    component of its own; [] for any other component."""
    m = _ON_SUPPORT.fullmatch(c.formula)
    body = m.group(1).strip() if m is not None else ""
    if not (body.startswith("(") and body.endswith(")")) or not on_support(c, vocab):
        return []
    members = _GROUP_SEPARATOR.split(body[1:-1])
    if len(members) < 2 or not all(_PHASE_START.match(x) for x in members):
        return []
    return [c.model_copy(update={"formula": x, "term": None, "additive_class": None}) for x in members]
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


def on_support(c: Component, vocab: Vocabulary | None = None) -> bool:
    """A catalyst written with its support, as ``ontology.system`` keeps it ('Ni@C', 'CoNi/NC',
    '(Ni–TiO2)@rGO'): after its last '@' or '/' a carbon the ontology knows, or a solid without a metal."""
    vocab = vocab or vocabulary()
    m = _ON_SUPPORT.fullmatch(c.formula)
    if m is None:
        return False
    tail = Component(formula=m.group(2))
    term = _class_of(tail, vocab)
    if term is not None and term in vocab:
        return _is(vocab, term, CLASSES["carbon"])
    els = _elements(tail, vocab)
    return bool(els) and not _metals(els)


def support_strategy(c: Component, vocab: Vocabulary | None = None) -> str | None:
    """The strategy a hydride held by this support embodies (the ontology's hkg:supportStrategy of the
    component's term or of the nearest class above it): Nanoconfinement for porous scaffolds,
    Nanostructuring for graphene sheets; None for supports that only carry (carbon black, CNT)."""
    vocab = vocab or vocabulary()
    term = _class_of(c, vocab)
    if not term or term not in vocab:
        return None
    for tid in (term, *vocab.ancestors(term)):
        found = vocab.get(tid).support_strategy
        if found:
            return found
    return None


def _ligand(c: Component, vocab: Vocabulary) -> bool:
    """A neutral N-donor molecule (the ontology's NeutralLigand class, or NH3 in the formula: NH3BH3), or a
    solvent molecule written into the host's formula (the THF of Mg(BH4)2·3THF: a solvate's ligand, the
    substituent the adduct's notation makes it; a medium the sample was milled in is no part of it)."""
    els = _elements(c, vocab)
    term = _class_of(c, vocab)
    # the formula, else a formula the ontology writes for the term ('ammonia' is written NH3)
    written = [c.formula, *(vocab.get(term).labels if term and term in vocab else ())]
    return _is(vocab, term, CLASSES["ligand"]) or any(_AMMINE.fullmatch(w) for w in written[1:]) \
        or _ammine_in(c.formula) or els == {"N", "H"} or els == {"C", "N", "H"} \
        or c.role == ROLES["dopant"] and _is(vocab, term, CLASSES["solvent"])  # an amine: CH3NH2; a solvate


_ANION_PART = re.compile(r"[-–]((?:[A-Z][a-z]?\d*)+)$")


def _anion_named(name: str) -> bool:
    """A name whose last hyphenated part is a formula of non-metals only ('HELMO-NO3', 'LDH-CO3')."""
    m = _ANION_PART.search(name)
    if not m or m.start() == 0:
        return False
    els = _formula_elements(m.group(1))
    return els is not None and bool(els) and els <= NONMETALS - {"H", "D"} and m.group(1) not in ("C", "N", "B")


def _cation_charge(formula: str, anion: frozenset[str]) -> float | None:
    """Charge of the one metal of a simple salt, from how many anion units it holds (NaCl 1, MgI2 2,
    LiBH4 1, Mg(BH4)2 2): halide atoms or boron atoms (one per BH4)."""
    try:
        comp = parse_formula(formula).composition
    except (FormulaError, ValueError, TypeError):
        return None
    metals = [e for e in comp if e not in NONMETALS]
    units = sum(n for e, n in comp.items() if e in anion)
    return units / comp[metals[0]] if len(metals) == 1 and units else None


def _same_charge(halide: str, borohydride: str) -> bool:
    a, b = _cation_charge(halide, HALOGENS), _cation_charge(borohydride, frozenset({"B"}))
    return a is not None and a == b


def _one_compound_with(system: MaterialSystem, metals: frozenset[str]) -> bool:
    """The system is written as one compound that holds the additive's metals (LiCe(BH4)3Cl), not as a
    mixture of parts (LiBH4–MgI2)."""
    text = system.text or ""
    if re.search(r"[–\-—+/@·]", text.replace("(", "").replace(")", "")[1:]):
        return False
    els = _formula_elements(text)
    return els is not None and metals <= els


def _beyond_family(a: Component, system: MaterialSystem, vocab: Vocabulary) -> bool:
    """A hydride additive outside the reactive-composite family the host and another additive form."""
    if _rhc_family(system, vocab) is None:
        return False
    rest = system.model_copy(update={"additives": [c for c in system.additives if c is not a]})
    if _rhc_family(rest, vocab) is None:
        return False
    # LiBH4 in LiNH2–MgH2–LiBH4 makes a Li-RHC with MgH2: a partner of a family of its own is no catalyst
    return not any(_rhc_family(system.model_copy(update={"host": o, "additives": [a]}), vocab)
                   for o in system.components if o is not a)


def _rhc_family(system: MaterialSystem, vocab: Vocabulary) -> str | None:
    """The family of a reactive hydride composite, from what its hydride components are:
    a lithium borohydride with magnesium (hydride) is a Li-RHC (LiBH4–MgH2, 2LiBH4–MgH2, LiBH4–2MgH2);
    an amide with the hydride of the other of Li and Mg is a Li–Mg–N–H composite (Mg(NH2)2–2LiH,
    LiNH2–MgH2). Catalysts added to either do not change the family."""
    parts = [_elements(c, vocab) for c in system.components if c.role != ROLES["catalyst"]]
    parts = [els for els in parts if els and not _metals(els) & _TRANSITION]
    host = _elements(system.host, vocab)

    def li_borohydride(els: frozenset[str]) -> bool:
        return _is_borohydride(els) and _metals(els) == {"Li"}

    def magnesium(els: frozenset[str]) -> bool:
        return _metals(els) == {"Mg"} and els <= {"Mg", "H", "D"}

    def amide(els: frozenset[str]) -> bool:
        return "N" in els and _has_h(els) and bool(_metals(els)) and _metals(els) <= {"Li", "Mg"}

    def hydride(els: frozenset[str]) -> bool:
        return _has_h(els) and bool(_metals(els)) and els <= {"Li", "Mg", "H", "D"}

    found = []
    if any(map(li_borohydride, parts)) and any(map(magnesium, parts)):
        found.append(("LithiumRHC", li_borohydride(host) or magnesium(host)))
    if any(_metals(a) != _metals(h) for a in filter(amide, parts) for h in filter(hydride, parts)):
        found.append(("LiMgNHComposite", amide(host) or hydride(host) and not li_borohydride(host)))
    # both (LiNH2–MgH2 with LiBH4 added): the family the host belongs to
    found.sort(key=lambda f: not f[1])
    return found[0][0] if found else None


def composition_strategies(system: MaterialSystem, application: str | None = None,
                           vocab: Vocabulary | None = None, scaffold: str | None = None) -> list[str]:
    """Strategy term ids the system's composition shows (sorted, most specific terms only).

    ``application``: an Application term id when the source says what the system is for (a row
    measured for ionic conductivity is an electrolyte): an oxide in an electrolyte makes a
    composite electrolyte, in a storage hydride it is a catalyst; carbon in an anode conducts.
    ``scaffold``: what the text says a carbon or sheet support does (Nanoconfinement, CoreShellStructuring:
    'MgH2@C … inside a carbon shell', 'nanoconfinement and catalysis'); it replaces what the notation
    suggests for a support of no fixed form, never a porous scaffold's confinement."""
    if vocab is not None and vocab is not vocabulary():
        return _composition_strategies(system, application, _checked(vocab), scaffold)
    # (asked of the same systems again and again: by the tables, the sentences' claims and the batch's
    # strategies; half the calls of a paper repeat one, so the answers are kept for the document)
    return list(_remembered_strategies(_ByContent(system), application, _checked(vocabulary()), scaffold))


class _ByContent:
    """A system as a key of equal content (a MaterialSystem is a mutable model: it has no hash)."""

    __slots__ = ("system", "_key")

    def __init__(self, system: MaterialSystem):
        self.system = system
        self._key = _content(system)

    def __hash__(self) -> int:
        return hash(self._key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ByContent) and self._key == other._key


def _content(system: MaterialSystem) -> tuple[object, ...]:
    """Every field of a system and of its components, as a tuple (a hashable copy of it)."""
    return (system.text, system.name, system.architecture, system.key, tuple(system.unresolved),
            *map(_part_content, system.components))


def _part_content(c: Component) -> tuple[object, ...]:
    amount = c.amount
    return (c.formula, c.text, c.term, amount and (amount.value, amount.unit), c.role, c.additive_class, c.in_situ)


@per_document(maxsize=4096)
def _remembered_strategies(system: _ByContent, application: str | None, vocab: Vocabulary,
                           scaffold: str | None) -> tuple[str, ...]:
    return tuple(_composition_strategies(system.system, application, vocab, scaffold))


def _composition_strategies(system: MaterialSystem, application: str | None, vocab: Vocabulary,
                            scaffold: str | None) -> list[str]:
    system = conductor_as_host(system, application)
    if application == APPLICATIONS["anode"]:
        from .electrode_roles import electrolyte_partners
        system = electrolyte_partners(system, vocab)   # LiBH4 in an MgH2 electrode conducts, it reacts with nothing
    out = _host_rules(system.host, vocab)
    told = [a for a in system.additives if scaffold and support_strategy(a, vocab) != "Nanoconfinement"
            and (_is(vocab, a.additive_class, CLASSES["carbon"]) or a.role == ROLES["scaffold"])]
    if told and scaffold:
        out.add(scaffold)
        system = system.model_copy(update={"architecture": None})     # the text, not the '@', says it
    additive_strategies = [(set() if any(a is t for t in told) else
                            _additive_rules(a, system.host, system, application, vocab), a)
                           for a in system.additives]
    for found, _ in additive_strategies:
        out |= found
    # (a catalyst of joined phases, 'Ti3C2/TiO2' on carbon, is a composite catalyst already and keeps its kind)
    catalysts = [a for found, a in additive_strategies if found & {"MetalCatalysis", "MultiMetalCatalysis",
                                                                  "MetalCompoundCatalysis", "Catalysis"}
                 and "CompositeCatalysis" not in found]
    # (a carbon said to be a milling aid carries no catalyst: it keeps the particles apart while they are milled)
    supports = [a for a in system.additives if (_is(vocab, a.additive_class, CLASSES["carbon"])
                or a.role == ROLES["scaffold"]) and a.role != ROLES["milling_aid"]]
    # a scaffold that confines or grows the hydride (its own strategy found) carries no catalyst
    supports = [a for a in supports if not next(f for f, b in additive_strategies if b is a)
                and not any(a is t for t in told)]
    supported = any(on_support(a, vocab) for a in catalysts)
    if catalysts and (supports or supported) and system.architecture != "confined" \
            and application != APPLICATIONS["anode"]:
        out.add("CompositeCatalysis")                # Ni@C, CoNi/C: catalyst particles on carbon
        out -= set(_CATALYSIS_BY_KIND) - {_COMPOUND_CATALYSIS}
    # (the host's own metal in an intermetallic catalyst, the Mg of Mg2Ni in MgH2, is no second catalyst metal)
    own_metals = set(_metals(_elements(system.host, vocab)))
    # (and a joined catalyst's support, the Ti of 'Ni@Ti3C2', is no second one either)
    metal_catalysts = {m for found, a in additive_strategies if "MetalCatalysis" in found
                       for m in _metals(_elements(_first_phase(a) if "CompositeCatalysis" in found else a,
                                                  vocab))} - own_metals
    if len(metal_catalysts) >= 2 and "MetalCatalysis" in out:
        out.discard("MetalCatalysis")               # 'MgH2–2 mol% Nb–2 mol% Ti': two metals that act together
        out.add("MultiMetalCatalysis")
    if "ReactiveHydrideComposite" in out and application == APPLICATIONS["anode"]:
        # two conversion materials in one electrode (MgH2–LiAlH4, MgH2–Si) release no hydrogen to each
        # other: the electrode's composition is what is changed
        out.discard("ReactiveHydrideComposite")
        if system.architecture != "core-shell":   # (a shell of the second one, 'MgH2@LiBH4', is the core–shell build)
            out.add(_COMPOSITION_ALTERATION)
    if "ReactiveHydrideComposite" in out:
        family = _rhc_family(system, vocab)
        if family:
            out.add(family)                          # the parent gives way to it in ``specific``
    if system.architecture == "core-shell":
        out.add("CoreShellStructuring")
    out |= text_strategies(system.text, vocab) | treatment_strategies(system, application, vocab)
    return specific(out, vocab)


def text_strategies(text: str, vocab: Vocabulary | None = None) -> set[str]:
    """Strategy labels of the ontology written in a system's own name ('Thin film MgH2',
    'Nanosized MgH2 particles'): every run of one to three words is looked up."""
    vocab = vocab or vocabulary()
    words = _NAME_WORD.findall(text)
    found = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            term = vocab.lookup(" ".join(words[i:i + n]), "Strategy")
            if term is not None:
                found.add(term.id)
    return found


# a word of a sample's name: letters, hyphenated lower-case words whole ('heat-treated'; 'Heated-LiBH4' is 'Heated')
_TREATMENT_WORD = re.compile(r"[A-Za-z]+(?:-[a-z]+)*")


def treatment_strategies(system: MaterialSystem, application: str | None, vocab: Vocabulary) -> set[str]:
    """Strategies a word of the system's own name before its host's formula says were done to it ('Heated-400LiBH4',
    'Heated LiBH4/5PMMA': partial dehydrogenation), by the ontology's hkg:treatmentLabel — only for an application
    the strategy applies to (a heated MgH2 anode or LiBH4 store is no partially dehydrogenated electrolyte)."""
    text = system.text or system.name or ""
    at = text.find(system.host.formula) if system.host and system.host.formula else -1
    if at <= 0 or application is None:
        return set()
    words = {w.lower() for w in _TREATMENT_WORD.findall(text[:at])}
    if not words:
        return set()
    return {t.id for t in vocab.terms("Strategy") if words & {w.lower() for w in t.treatment_labels}
            and any(vocab.is_a(application, a) for a in t.applications)}


def specific(ids: Iterable[str], vocab: Vocabulary | None = None) -> list[str]:
    """Drop a strategy when a more specific one (a descendant) is also present."""
    vocab = vocab or vocabulary()
    unique = set(ids)
    return sorted(i for i in unique if not any(o != i and vocab.is_a(o, i) for o in unique))


def merge(named: Iterable[str], system: MaterialSystem | None, application: str | None = None,
          vocab: Vocabulary | None = None) -> list[str]:
    """Strategies a sentence names plus those the system's composition shows, most specific kept.
    A named parent gives way to the specific term the composition shows (the sentence says
    'cation/anion substitution', the system is a halide partner of LiBH4: anion substitution)."""
    vocab = vocab or vocabulary()
    named = set(named)
    scaffold = next((s for s in SCAFFOLD_SAID if s in named), None)
    found = set(composition_strategies(system, application, vocab, scaffold)) if system is not None else set()
    if system is not None and any((_is(vocab, _class_of(a, vocab), CLASSES["carbon"]) or a.role == ROLES["scaffold"]
                                   or support_strategy(a, vocab)) and not _embedding_polymer(a, vocab)
                                  for a in system.additives):
        # nanoparticles or nanowires held by a scaffold or support are the scaffold's doing (confined, grown on
        # graphene), not a nano form of their own
        named -= {_NANOSIZING, _NANOSTRUCTURING}
    if _SINGLE_ATOM in named:
        found -= _ARRANGED_AWAY
    return specific(named | found, vocab)


def _embedding_polymer(a: Component, vocab: Vocabulary) -> bool:
    """An insulating polymer the particles are embedded in ('Mg nanoparticles in PMMA'): it has no pores of a size
    that makes them small — it wraps particles made small beforehand or alongside, and keeps air from them — so their
    nano form stays a strategy of its own beside the matrix's confinement (a conducting polymer's shell is the
    electrode's design, and a carbon or porous scaffold's pores are what keep the particles small)."""
    cls = _class_of(a, vocab)
    return _is(vocab, cls, CLASSES["polymer"]) and not _is(vocab, cls, CLASSES["conducting_polymer"])


# 'atomically dispersed Co on N-doped carbon': the atoms' dispersion, not the metal's kind, is the design
_ARRANGED_AWAY = frozenset({*_CATALYSIS_BY_KIND, "MultiMetalCatalysis"})


def as_arranged(strategy: str | None, said: Iterable[str]) -> str | None:
    """``strategy`` (a catalyst's, as its kind gives it) where ``said``, the strategies the records of the catalyst's
    system carry, names how it is arranged instead: single atoms make single-atom catalysis, as ``merge`` gives the
    records (a claim credited to that catalyst is the same design as the values measured with it)."""
    return _SINGLE_ATOM if strategy in _ARRANGED_AWAY and _SINGLE_ATOM in said else strategy


# Strategies a composition shows: a sentence's word for one of them ('the alloying of CoNi', 'Zr catalysis')
# speaks of the part that has it, and each system's own composition decides whether it is one
COMPOSITION_FAMILIES = ("Catalysis", "ThermodynamicDestabilization", "ConductiveCompositing",
                        "CompositeElectrolyteFormation", "Ammoniation")


def sentence_wide(strategy: str, vocab: Vocabulary | None = None) -> bool:
    """A strategy a sentence names for every sample it gives values for: how the samples are made or
    driven (nanosized, thin films, under light, partially dehydrogenated), not what they are made of."""
    vocab = vocab or vocabulary()
    return strategy in vocab and not any(f in vocab and vocab.is_a(strategy, f) for f in COMPOSITION_FAMILIES)


_FIELD_DRIVING = "ExternalFieldDriving"


def field_driving(strategy: str) -> bool:
    """Is ``strategy`` an external field the samples are driven by (LightDriving, MicrowaveDriving …)?"""
    vocab = vocabulary()
    return strategy in vocab and vocab.is_a(strategy, _FIELD_DRIVING)


def holds_absorber(system: MaterialSystem) -> bool:
    """Does ``system`` hold a photothermal/microwave absorber (an additive put in to take up a field's energy)?"""
    return any(a.role == ROLES["absorber"] for a in system.additives)


def transition_metal_only(formula: str) -> bool:
    """Every metal of the formula is a transition metal (TiH2, NbHx, Ni2B, VH0.81): such phases
    catalyse, they are not storage hosts."""
    els = _formula_elements(formula)
    if els is None:
        els = frozenset(re.findall(r"[A-Z][a-z]?", formula))
    metals = _metals(els)
    return bool(metals) and metals <= _TRANSITION


def application_of(properties: Iterable[str]) -> str | None:
    """The application a set of measured property keys points to (its properties' hkg:appliesTo),
    when they agree on one."""
    vocab = vocabulary()
    apps = set()
    for key in properties:
        try:
            apps |= set(vocab.property(key).applications)
        except KeyError:
            continue
    apps &= set(APPLICATIONS.values())
    return next(iter(apps)) if len(apps) == 1 else None
