"""What a sample is as a system, and how one is made from another: a host with hydrogen (``has_hydrogen``), a host
joined with its additives ('MgH2' + 5 wt% Ni → MgH2–5 wt% Ni, ``_with``), the bare sample without its catalysts and
supports ('LiBH4–MgH2–Al3Ti' is the LiBH4–MgH2 composite), a sample without one additive ('the composite without
graphite'), a class of additives ('oxide', 'halide') and its members. Apart because every other part builds samples
with these and reads no sentence itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.extraction.text.amounts import amount_text
from ingest.extraction.text.nlp import Mention
from ingest.extraction.text.preparation_words import DERIVATIVE
from ingest.extraction.text.samples_words import AMOUNT_BEFORE, AMOUNT_OF_PART, ELEMENT, PART_REACH
from ontology.elements import NONMETALS, formula_symbols, hydride_like
from ontology.hosts import storage_metal_compound, unsubstituted_member
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES, small_loading
from ontology.system import (
    SystemParseError,
    analyse_system,
    form_words_start,
    host_formula,
    parse_system,
    storage_hydride,
    supported_notation,
    written_elements,
)
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .apposed_loadings import loading_before_part_noun


@dataclass(frozen=True)
class Sample:
    """A mention that names a sample, and what it stands for."""

    mention: Mention
    system: MaterialSystem
    baseline: bool = False


def has_hydrogen(system: MaterialSystem) -> bool:
    """A hydride sample: a component holds hydrogen with a metal, or the host is a metal that stores it
    as a hydride of the ontology and the sample has additives ('Mg–Nb@C', 'Pd/Mg/Pd': MgH2 systems in
    their dehydrogenated state; a metal named alone is too often just the element)."""
    # (host, then additives: ``components`` without building that list, asked ~20 times per sentence; the
    # additives' tests only for a system that has some, as most have none)
    # ('NiCo-LDH' holds the letters H and D of its class's abbreviation: a framework, no hydride)
    host = system.host
    if hydride_part(host):
        return True
    if system.additives and (any(hydride_part(c) for c in system.additives) or host.role == "HostHydride"
                             and storage_hydride(host.formula) is not None):
        return True
    return host.formula in _metal_free_hydrides()


def substituted_compound_alloy(system: MaterialSystem) -> bool:
    """An intermetallic compound with an element substituted into it, written without hydrogen ('Mg2Ni(Cu)',
    'LaNi4.5Al0.5' read as LaNi5 with Al): a sample of a storage alloy by ``has_hydrogen``'s reading, but an
    alloy that can be put into another hydride as its catalyst ("Mg2Ni(Cu) as a catalyst for MgH2"), unlike
    a storage metal with additives ('Mg–Nb' is MgH2 with Nb), whose hydride is the sample."""
    return not any(hydride_part(c) for c in system.components) \
        and len(set(re.findall(r"[A-Z][a-z]?", system.host.formula))) > 1


def hydride_part(c) -> bool:
    return hydride_like(c.formula) and (c.term is None or c.term not in _framework_terms())


@cache
def _framework_terms() -> frozenset[str]:
    """The ontology's framework classes named by their metals ('NiCo-LDH', 'CoNi-MOF') and its polymers ('PVDF'
    reads as P, V, D and F): no hydride, whatever letters their abbreviations hold."""
    vocab = vocabulary()
    roots = [t.id for t in vocab.terms("Material") if t.named_by_metals] + (["Polymer"] if "Polymer" in vocab else [])
    return frozenset(d for r in roots for d in (r, *vocab.descendants(r)))


# "NaAlH4–8 wt% Co1Cu2–MOF derivative", "a Ni-MOF derived catalyst": a framework followed by a word saying the
# material is its product names what pyrolysis left of it (its metals on the carbon of its linkers), milled into the
# hydride as a catalyst; the framework itself is gone, so it holds no hydride as a scaffold would
_DERIVATIVE_AFTER = re.compile(rf"\s*[-–−]?\s*(?:{DERIVATIVE})\b", re.I)


def framework_derivatives(text: str, found: list[tuple[Mention, MaterialSystem]]
                          ) -> list[tuple[Mention, MaterialSystem]]:
    """``found`` with each framework written as a derivative read as the catalyst it was made into: its metals,
    when the notation wrote them beside the framework ('Co1Cu2–MOF' → CoCu2), else the framework as a catalyst."""
    out = []
    for m, s in found:
        frameworks = [a for a in s.additives if a.term in _framework_terms()]
        if frameworks and _DERIVATIVE_AFTER.match(text, m.end):
            metals = [a for a in s.additives if a.role == ROLES["catalyst"] and a not in frameworks] \
                or not has_hydrogen(s)
            s = without(s, {a.formula for a in frameworks}) if metals else s.model_copy(update={
                "architecture": None, "additives": [a.model_copy(update={"role": ROLES["catalyst"]})
                                                   if a in frameworks else a for a in s.additives]})
        out.append((m, s))
    return out


@cache
def _metal_free_hydrides() -> frozenset[str]:
    """The formulas of the ontology's hydrides without a metal (ammonia borane, NH3BH3): hosts as the
    metal hydrides are, though hydrogen with a metal is what ``hydride_like`` asks."""
    vocab = vocabulary()
    found = (vocab.get(t).formula for t in vocab.descendants("Hydride")) if "Hydride" in vocab else ()
    # (and those the ontology files as hydrides in their hydrogen-free state, Li3N and LiMgN: a storage
    # host named before it takes hydrogen up, "Li3N can absorb 9 wt%")
    return frozenset(f for f in found if f and not hydride_like(f))


@per_document(maxsize=4096)
def _parsed(notation: str, put_in: frozenset[str] = frozenset()) -> MaterialSystem | None:
    """The system a notation names; ``put_in``: the names the text says were put into it ("doped with FG"),
    additives even where the ontology lacks them (``analyse_system``)."""
    try:
        return analyse_system(notation, put_in=put_in).system
    except (SystemParseError, ValueError):
        return None


def class_name(term_id: str) -> str | None:
    """The one-word name of a class of additive compounds the ontology gives a characteristic element ('oxide',
    'halide', 'boride'), else None (a material, or a class named otherwise: 'carbide/MXene' reads as a support)."""
    term = vocabulary().get(term_id)
    return term.label if term.elements and vocabulary().children(term_id) and re.fullmatch(r"[a-z]+", term.label) \
        else None


def class_label(notation: str) -> bool:
    """Is ``notation`` the name of a class of additive compounds ('oxide', 'halide'), as ``_additive`` gives it?"""
    term = vocabulary().lookup(notation, "Material") if re.fullmatch(r"[a-z]+", notation) else None
    return term is not None and class_name(term.id) == notation


def in_class(notation: str, label: str) -> bool:
    """Is ``notation`` a member of the additive class named ``label`` ('TiCl3' of 'halide'): by its term,
    else by an element the ontology gives the class (ZrCl4, a halide the ontology lacks)?"""
    vocab = vocabulary()
    cls, term = vocab.lookup(label, "Material"), vocab.lookup(notation, "Material")
    if cls is None or term is not None and vocab.children(term.id):
        return False      # the class itself, or another class ('transition-metal oxides'): no member
    if term is not None:
        return vocab.is_a(term.id, cls.id)
    return bool(formula_symbols(notation) & set(vocab.get(cls.id).elements))


def named_members(system: MaterialSystem, names: list[str]) -> MaterialSystem:
    """``system`` without the class additives ('oxide') of which ``names`` hold a member: "LiBH4 was mixed
    with oxide nanoparticles. The samples with SiO2 and TiO2 …" are samples with SiO2 and TiO2."""
    if not any(class_label(a.formula) for a in system.additives):
        return system
    covered = {a.formula for a in system.additives if class_label(a.formula)
               and any(in_class(name, a.formula) for name in names)}
    return without(system, covered) if covered else system


def is_class(m: Mention) -> bool:
    """A class of materials ('MXene', 'oxides'), not a material."""
    return m.kind == "Material" and bool(m.term) and bool(vocabulary().children(m.term))


def _with(host: MaterialSystem, parts: list[tuple[str, str, str | None]], in_situ: set[str],
          catalysts: set[str] = frozenset(), substituents: set[str] = frozenset(),
          mixed_with: set[str] = frozenset()) -> MaterialSystem:
    """host + additives [(separator, notation, amount text)], unless an additive is already part of
    the host (Mg in MgH2, Ni in MgH2–Ni). ``catalysts``: additives the text says catalyse or dope
    the host, catalysts whatever the role their composition would give them; ``substituents``: additives the text
    says are substituted into the host, substituents of its lattice (no catalyst beside it); ``mixed_with``: additives
    the text says the host was milled or mixed with (a porous silica or framework among them holds none of it)."""
    host = named_members(host, [add for _, add, _ in parts])   # (a member given takes its class's place)
    names = {c.formula for c in host.components}
    # (the catalyst of a supported one is in already: 'Ni' of 'Ni/graphene', read again by another reader)
    names |= {part for c in host.components if "/" in c.formula or "@" in c.formula for part in re.split(r"[/@]", c.formula)}
    host_elements = formula_symbols(host.host.formula)
    notation = host.name
    added = False
    classes = {add for _, add, _ in parts if class_label(add)}
    if classes and len(classes) < len(parts):
        # "doped with a transition-metal oxide, Nb2O5", "with Nb2O5 and other oxides": a class beside a material
        # named is that material's kind, no additive of its own
        parts = [p for p in parts if p[1] not in classes]
    for sep, add, amount in parts:
        if add in names or _own_element(add, host.host.formula, host_elements) or add == host.host.formula:
            continue
        space = " " if amount and "%" in amount else ""  # '–5 wt% TiF3', but the coefficient of '–0.08KH'
        if sep == "@" and added and not notation.startswith("("):
            # "milled with Co, then confined in CMK-3": the whole sample sits in the scaffold, (LiBH4–Co)@CMK-3
            # (not Co on CMK-3)
            notation = f"({notation})"
        notation += f"{sep}{amount + space if amount else ''}{add}"
        names.add(add)   # ("doped with NbF5, NbF5 is reduced …": a material named again is no second additive)
        added = True
    # "MgH2 doped with fluorographene (FG)": what the text put into the hydride ("doped with", "catalysed by",
    # "mixed with") is an additive even where the ontology lacks the material (the parse credits it as a
    # catalyst; one put into a scaffold was written host@support, and the ontology made it the scaffold)
    added_names = frozenset(add for _, add, _ in parts)
    joined = _parsed(notation, added_names) if added else None
    if joined is not None and "–" in host.name and not notation.startswith("(") and any(sep == "@" for sep, _, _ in parts) \
            and any("@" in c.formula for c in joined.additives) and not any("@" in c.formula for c in host.additives):
        # "Mg(BH4)2 was milled with TiO2. The mixture was confined in activated carbon": the scaffold holds the
        # sample made before, (Mg(BH4)2–TiO2)@C, not its last part (TiO2 on carbon)
        joined = _parsed(f"({host.name}){notation[len(host.name):]}", added_names) or joined
    if joined is not None and not {c.formula for c in host.components} <= {c.formula for c in joined.components}:
        # "Li–Mg–N–H doped with KH": a system the ontology names by its elements falls apart when a part is
        # written after its name; written by its components instead (Mg(NH2)2–LiH–KH)
        notation = "–".join(f"{c.amount.value:g}{c.formula}" if c.amount is not None and c.amount.unit == "ratio"
                            else c.formula for c in host.components) + notation[len(host.name):]
        joined = _parsed(notation, added_names)
    if joined is None:
        return host
    host_parts = {c.formula for c in host.components}     # the host compound's own parts (the NH3 of ·2NH3)
    # a reagent the text put into the sample is its precursor (the NH3 of Mg(BH4)2·2NH3 is the
    # compound's own ligand, not put in)
    if any(a.term and is_reagent(a.term) and a.formula not in host_parts for a in joined.additives):
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": "Precursor"}) if a.term and is_reagent(a.term) and a.formula not in host_parts
            else a for a in joined.additives]})
    if catalysts and any(a.role == ROLES["destabilizer"] and a.formula in catalysts for a in joined.additives):
        # "NaH-catalysed LiNH2–LiH", "doped with KH": a hydride put in as a catalyst is no reactive partner
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": ROLES["catalyst"]}) if a.role == ROLES["destabilizer"] and a.formula in catalysts
            else a for a in joined.additives]})
    milled_in = (ROLES["catalyst"], ROLES["destabilizer"])
    if any(a.formula in substituents and a.role in milled_in for a in joined.additives):
        # "Mg2FeH6 substituted with Y", "Sc-substituted Mg2CoH5", "Mg-substituted LiBH4": the element takes sites of
        # the host's lattice, which the composition alone would read as a catalyst or a reactive partner milled in
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": ROLES["dopant"]}) if a.formula in substituents and a.role in milled_in
            else a for a in joined.additives]})
    if any(_doping_framework(a, catalysts, mixed_with) for a in joined.additives):
        # "MgH2 with 10 wt% MOF-5", "a Co-MOF doped MgH2": a porous framework milled in at a few per cent, or said to
        # dope the host, does not hold the hydride in its pores; it dopes it. Nor does a porous silica or framework
        # the host was milled with ("LiBH4 ball milled with SBA-15"): in an electrolyte it is the conductor's partner
        # (ontology.strategy_rules.role_in_application), as a dense oxide is
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": ROLES["catalyst"]}) if _doping_framework(a, catalysts, mixed_with) else a
            for a in joined.additives]})
    if in_situ:
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"in_situ": True}) if a.text.split()[-1] in in_situ else a for a in joined.additives]})
    return _held_by(joined, {add for sep, add, _ in parts if sep == "@"} - set(catalysts))


def _doping_framework(a, catalysts: set[str], mixed_with: set[str] = frozenset()) -> bool:
    """A porous scaffold of the ontology (a framework, a silica; not a carbon) the text says dopes or
    catalyses the host, or milled or mixed with it, or gives as a share of at most 20 wt% or mol% (too little to
    hold the hydride)."""
    if a.role != ROLES["scaffold"] or not a.term or not vocabulary().is_a(a.term, "PorousScaffold"):
        return False
    return a.formula in catalysts or bool({a.formula, a.text} & mixed_with) or small_loading(a)


def _held_by(system: MaterialSystem, supports: set[str]) -> MaterialSystem:
    """'TiO2-supported LiBH4', 'MgH2 loaded onto Nb2O5': what the text put the host into or onto holds
    it — its scaffold, whatever role the composition alone would give (a transition-metal oxide
    written after '@' reads as a catalytic shell)."""
    held = [a for a in system.additives if a.role == ROLES["catalyst"] and (a.formula in supports or a.text in supports)]
    if not held:
        return system
    return system.model_copy(update={"architecture": "confined", "additives": [
        a.model_copy(update={"role": ROLES["scaffold"]}) if any(a is h for h in held) else a
        for a in system.additives]})


def _amount(m: re.Match) -> str | None:
    if m.groupdict().get("series"):
        return None   # "with 5 and 10 wt% X": the amounts of several samples
                      # (ingest/extraction/values/value_lists.amount_series)
    if m.groupdict().get("moles"):
        return m.group("moles")  # a coefficient, written before the formula without a space
    if m.groupdict().get("coefficient"):
        return m.group("coefficient")
    if not m.group("value"):
        return None
    return amount_text(m)


@per_document(maxsize=512)
def is_reagent(term: str) -> bool:
    vocab = vocabulary()
    return "Reagent" in vocab and term in vocab and vocab.is_a(term, "Reagent")


@per_document(maxsize=4096)
def joined_system(host: str, additive: str) -> MaterialSystem | None:
    try:
        return parse_system(f"{host}–{additive}", strict=False)
    except (SystemParseError, ValueError):
        return None


def _own_element(add: str, host: str, host_elements: set[str] | frozenset[str]) -> bool:
    """Is ``add`` an element of the host itself, named with it (Mg of MgH2, Li of LiBH4), rather than a part put in?
    A metal an alloy host holds beside its storage metal is put in again when the text adds it: 'Ni-doped Mg2Ni',
    Mg2Ni with Ni, has Ni as its catalyst (the alloy's own Ni is bound in the compound)."""
    if add not in host_elements:
        return False
    first = next(iter(written_elements(host)), None)
    return not (storage_metal_compound(host) and add != first and len(host_elements) > 1)


def plus_additive(system: MaterialSystem, additive: MaterialSystem) -> MaterialSystem:
    """system + a further additive, unless the additive is already part of it (Mg in MgH2)."""
    system = named_members(system, [additive.name])   # (a member given takes its class's place)
    names = {c.formula for c in system.components}
    add = additive.host.formula
    if add in names or _own_element(add, system.host.formula, formula_symbols(system.host.formula)):
        return system
    joined = joined_system(system.name, as_additive(additive))
    if (joined is None or host_formula(joined) != host_formula(system)) \
            and len(bare_sample(system).components) == len(system.components):
        # ('the Li–Mg–N–H system doped with KOH': a name the ontology gives a composite is no notation to write an
        # additive after; its parts, Mg(NH2)2–LiH, are)
        joined = with_additives(system, [as_additive(additive)])
    return joined or system


def in_place_of_its_part(system: MaterialSystem, additive: MaterialSystem) -> MaterialSystem | None:
    """The system's bare sample with ``additive`` instead of its additives, when they all play the part the new
    one plays (a catalyst for a catalyst: "MgH2–Ni … and 5.2 wt% with Fe" is MgH2–Fe); None when one of them
    plays another part (LiBH4–LiI with Al2O3 keeps the LiI) or the system has none."""
    joined = plus_additive(bare_sample(system), additive)
    new = next((c for c in joined.additives if c.formula == additive.host.formula), None)
    if new is None or not system.additives or any(a.role != new.role for a in system.additives):
        return None
    return joined


_ELEMENT_SYMBOL = re.compile(r"[A-Z][a-z]?")


def as_additive(additive: MaterialSystem) -> str:
    """How an additive is written after a host: 'Ni/C', 'CoNi/NC' as written (the sign that puts a
    catalyst on its support is for the host's parse to read), else its name."""
    text = supported_notation(additive.text.strip())   # ('Ni–N–C' is Ni on N-doped carbon: 'Ni/NC')
    if "/" in text and (not re.search(r"\s", text) or getattr(_parsed(text), "name", None) == additive.name):
        return text   # ('Pt SA/CeO2': a space inside, read as the same catalyst, its form tag kept for the strategy)
    # 'Ti3C2Tx': one material written otherwise than its name ('Ti3C2') is kept as written when it reads as
    # the same system, so that the component is named as the text names it
    # (not a catalyst on its support written by a prefix: 'Pd-loaded TiO2' is named Pd/TiO2)
    # (a metal named in words, 'Nickel nanoparticles anchored on CNTs', is its symbol: 'Ni/CNT', as 'nickel' is; a
    # nonmetal's word stays: 'Carbon-supported Co' is Co/Carbon)
    if len(additive.components) == 1 and text != additive.name and "–" not in text and "/" not in additive.name \
            and not (_ELEMENT_SYMBOL.fullmatch(additive.name) and additive.name not in NONMETALS and text.isalpha()
                     and len(text) > 2):
        same = _parsed(text)     # ('Ti3C2Tx MXene' too: a name of several words the parse reads as one)
        if same is not None and same.name == additive.name:
            return text
    return additive.name


def with_additives(system: MaterialSystem, adds: list[str] | list[tuple[str, str | None]]) -> MaterialSystem:
    """The bare ``system`` joined with ``adds`` (names of additives, or (name, loading as written) pairs)."""
    return _with(bare_sample(system), [("–", *a) if isinstance(a, tuple) else ("–", a, None) for a in adds], set())


def loading_before(text: str, start: int) -> re.Match[str] | None:
    """The loading written right before the material at ``start`` ('5 wt%' of 'addition of 5 wt% Nb2O5'), also over
    one or two words of its form between them ('5 wt% layered Ti3C2', '8 wt% exfoliated V2C'), else None."""
    m = AMOUNT_BEFORE.search(text, max(0, start - 20), start)
    if m is None and (described := form_words_start(text, start)) < start:
        m = AMOUNT_BEFORE.search(text, max(0, described - 20), described)
    return m or loading_before_part_noun(text, start)   # '25 mol% conversion-type anode material CoO'


def amount_before(text: str, start: int) -> tuple[str | None, int]:
    """(the loading written right before the material at ``start``, where it begins): ("5", 11) for the
    Nb2O5 of "addition of 5 wt% Nb2O5"; (None, ``start``) when none is written."""
    m = loading_before(text, start)
    if m is None and (text.startswith("(", start) or text[:start].rstrip().endswith("(")):
        # (the bracket is the mention's own when it holds a group: '(Ni/Co)')
        m = AMOUNT_OF_PART.search(text, max(0, start - PART_REACH), start)
    return (_amount(m), m.start()) if m else (None, start)


def bare_sample(system: MaterialSystem) -> MaterialSystem:
    """The system without its catalysts and supports: the host with its hydride partners
    (LiBH4–MgH2–Al3Ti is the LiBH4–MgH2 composite; LiBH4·NH3–MgO is the adduct LiBH4·NH3)."""
    adduct = written_adduct(system)
    host = adduct or _parsed(system.host.formula) or system
    # hydride partners keep their molar coefficient ("Mg(NH2)2–2LiH"); a hydride given as a loading
    # ("3 mol% KH", "5 wt% TiH2") or a trace coefficient the parser made a catalyst ("–0.08KH") is a
    # catalyst of the composite, not part of it
    partners = [("–", f"{a.amount.value:g}{a.formula}" if a.amount is not None else a.formula, None)
                for a in system.additives if hydride_like(a.formula) and a.role != "Catalyst"
                and (a.amount is None or a.amount.unit == "ratio")]
    # '2LiBH4–MgH2': the host's count stays with its partners, and so does a share of a mixture of hydrides
    # ('0.62LiBH4–0.38NaBH4'); a fractional share of an alloy ('Mg0.9In0.1' is 0.9 Mg + 0.1 In) is no
    # count: the bare sample is the host itself
    if adduct is None and system.host.amount is not None and system.host.amount.unit == "ratio" \
            and (float(system.host.amount.value).is_integer() or partners):
        host = _parsed(f"{system.host.amount.value:g}{system.host.formula}") or host
    return _with(host, partners, set()) if partners else host


def sample_without(system: MaterialSystem, lacked: MaterialSystem) -> MaterialSystem | None:
    """The system without one of its additives ("the composite without graphite" of 2LiBH4–MgH2–10 wt%
    graphite is 2LiBH4–MgH2; the others stay, with their amounts), or None when it has no such additive."""
    drop = {lacked.host.formula, lacked.name}
    if any(a.formula in drop for a in system.additives):
        return without(system, drop)
    # ("the Mn-free alloy" of Mg2Ni1-xMnx: the series' member without its substituent, Mg2Ni)
    reference = unsubstituted_member(system) if lacked.bare else None
    if reference is not None and lacked.host.formula in set(written_elements(system.host.formula)) \
            - set(written_elements(reference.host.formula)):
        return reference
    return None


def without(system: MaterialSystem, drop: set[str]) -> MaterialSystem:
    """The system without the additives of formulas ``drop``; the others stay, with their amounts."""
    adduct = written_adduct(system)   # (the molecule of an adduct is part of its host, never dropped)
    host = adduct or bare_sample(_parsed(system.host.formula) or system)
    if adduct is None and system.host.amount is not None and system.host.amount.unit == "ratio" \
            and float(system.host.amount.value).is_integer():
        host = _parsed(f"{system.host.amount.value:g}{system.host.formula}") or host
    parts = [_part(a) for a in added_parts(system) if a.formula not in drop]
    return _with(host, parts, set()) if parts else host


def _part(a) -> tuple[str, str, str | None]:
    """An additive as ``_with`` takes it back: its notation (a molar count written before it, '0.1Ni') and
    its loading ('5 wt%')."""
    ratio = a.amount is not None and a.amount.unit == "ratio"
    return ("–", f"{a.amount.value:g}{a.formula}" if ratio else a.formula, loading(a))


def loading(a) -> str | None:
    """'5 wt%' of an additive given as a share, None for one given by a count or no amount."""
    return f"{a.amount.value:g} {a.amount.unit}" if a.amount is not None and a.amount.unit != "ratio" else None


def alloy_alone(system: MaterialSystem) -> bool:
    """``system`` is a metal with elements dissolved in it and nothing else ('Mg(Li)', the Mg–Li alloy; Mg0.9In0.1): an
    element dissolved in a metal host is part of the host's phase, so what a sentence adds to it is its additive."""
    return bool(system.additives) and bool(ELEMENT.fullmatch(system.host.formula)) and all(
        a.role == "DopantSubstituent" and ELEMENT.fullmatch(a.formula) for a in system.additives)


def written_adduct(system: MaterialSystem) -> MaterialSystem | None:
    """The adduct the sample's host is written as ('LiBH4·NH3', 'Mg(BH4)2·6NH3–MgO' → Mg(BH4)2·6NH3), None
    when it is none: a molecule the notation joins to the host's formula with a middle dot is part of the
    host's compound, not something added to it."""
    return next((_parsed(a.text) for a in system.additives
                 if a.role == "DopantSubstituent" and "·" in a.text and a.text.startswith(system.host.formula)), None)


def added_parts(system: MaterialSystem) -> list:
    """The sample's additives, without a molecule written into the host's formula (the NH3 of LiBH4·NH3)."""
    return [a for a in system.additives if not (a.role == "DopantSubstituent" and "·" in a.text)]


def unfilled_sample(system: MaterialSystem) -> MaterialSystem:
    """The system before a catalyst, filler or support was added: the bare sample that keeps its
    substituents (LiBH4–LiI–Al2O3 came from the LiBH4–LiI solid solution: a substituent is part of
    the host's phase); a system with nothing but substituents came from the bare host."""
    adduct = written_adduct(system)
    bare = bare_sample(system)
    # (the metal an alloy's host dissolves is in the bare sample already: 'Mg(Li)–CeO2' came from Mg(Li))
    subs = [a for a in system.additives if a.role == "DopantSubstituent" and not hydride_like(a.formula)
            and a.formula not in {b.formula for b in bare.additives}]
    if adduct is not None and len(subs) == 1:
        return adduct   # 'the pure adduct' of LiBH4·NH3–MgO is LiBH4·NH3, its NH3 and all
    if not subs or len(system.additives) == len(subs) + len(bare.additives):
        return bare
    kept = _with(bare, [_part(a) for a in subs], set())
    # a substituent stays one ('Mg(en)(BH4)2': the ligand the ontology does not name as such)
    return kept.model_copy(update={"additives": [
        a.model_copy(update={"role": "DopantSubstituent"}) if a.formula in {x.formula for x in subs} else a
        for a in kept.additives]})
