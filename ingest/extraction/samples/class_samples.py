"""A class of compounds names no measured sample: "MgH2 doped with a series of chlorides released …",
"LiBH4 milled with metal oxides", "MgH2 with MXenes". The reading keeps such a class as a placeholder
additive while it reads the passage ("… with oxides. The samples with SiO2 and TiO2 …" puts the named
members in its place: ``samples_systems.named_members``); a value still on the class when its sentence is read was
measured on samples the text does not name, so it is the value of no record — not of the class as if it were
a material, nor of the bare host, which the sentence says was modified.

Which words are classes comes from the ontology: a Material term with narrower terms (Halide over TiCl3 …).
A support with kinds of its own ('mesoporous silica' over SBA-15, carbon over CMK-3) is a material the hydride
is put in, not a class the text leaves open; a compound named in words ('cobalt boride') is one compound.
"""
from __future__ import annotations

from ontology.compound_names import compound_name
from ontology.models import Component, GraphBatch, MaterialSystem
from ontology.system import architecture_term
from ontology.vocabulary import vocabulary

# Material classes whose kinds are themselves materials a hydride is put in (hkg:CarbonSupport, hkg:PorousScaffold)
SUPPORT_CLASSES = ("CarbonSupport", "PorousScaffold")
_SOLVENT = "Solvent"   # (the ontology's class of the liquids salts are dissolved in)


def _class_part(c: Component) -> bool:
    """Is the additive ``c`` a class of compounds ('halide', 'carbide/MXene'), no one material?"""
    vocab = vocabulary()
    if compound_name(c.formula) or c.text and compound_name(c.text):
        return False   # ('cobalt boride', kept by its name: one compound of the class, its formula unsaid)
    # (a class the reading keeps by its name carries no term: 'carbide/MXene' is looked up by that name)
    found = vocab.lookup(c.formula, "Material") if c.term is None and not any(ch.isdigit() for ch in c.formula) \
        else None
    term = c.term or (found.id if found is not None else None)
    if not term or term not in vocab or not vocab.children(term):
        return False
    return not any(k in vocab and vocab.is_a(term, k) for k in SUPPORT_CLASSES)


def names_no_sample(system: MaterialSystem) -> bool:
    """Does ``system`` hold an additive that is a class of compounds, so that it names no sample?"""
    return any(_class_part(a) for a in system.additives)


def without_class_additives(batch: GraphBatch) -> GraphBatch:
    """``batch`` without a claim crediting a class of additives: the claim keeps its host and strategy, but no class
    as its additive. (The values and reports of samples named only by a class are never read: the prose reader
    drops them as each sentence is read, after its members took the class's place where the passage names them, and
    the tables reader passes such a row.)"""
    for claim in batch.mechanisms:
        if claim.additive is not None and _class_name(claim.additive):
            claim.additive = None
    return batch


def _class_name(name: str) -> bool:
    """Is ``name`` (a claim's additive as written) the label of a class of compounds?"""
    return _class_part(Component(formula=name, text=name))


def dissolved(system: MaterialSystem) -> bool:
    """Does ``system`` join a solvent (the ontology's hkg:Solvent) to its salts as a partner ('Mg(BH4)2–LiTFSI/DME',
    'LiBH4/THF'), so that it names a solution, no solid sample? (A solvent bound in an adduct, 'Mg(BH4)2·3THF', is
    a part of one solid compound, written with its dot or bracket.)"""
    vocab = vocabulary()
    return any(c.term is not None and c.term in vocab and vocab.is_a(c.term, _SOLVENT)
               and f"–{c.formula}" in system.name for c in system.additives)


def is_support(formula: str) -> bool:
    """Is ``formula`` a member of the ontology's supports that may confine a hydride (carbons, porous scaffolds)?"""
    vocab = vocabulary()
    term = vocab.lookup(formula, "Material") or vocab.by_formula(formula) or architecture_term(formula)
    return term is not None and any(k in vocab and (term.id == k or vocab.is_a(term.id, k)) for k in SUPPORT_CLASSES)
