"""Additives a written reaction shows reacting with the hydride: "LiBH4 + 1/2Al → LiH + 1/2AlB2 + 3/2H2",
"2MgH2 + Si → Mg2Si + 2H2", a table row's reaction pathway "2LiBH4 + Cr → CrB2 + 2LiH + 3H2".

An additive that takes a non-hydrogen element of the hydride into a hydrogen-free product while hydrogen is
given off changes the reaction the hydride releases its hydrogen by: it is a destabilizing reactant (what
destabilization means: a partner that forms a stable compound with the dehydrogenated host), whatever its
composition alone would make it (a bare metal reads as a catalyst). The reaction declares that role as the
words "Al was added to destabilize LiBH4" would (ingest/extraction/samples/declared_roles.py), for the passage it is
written in. A product that still holds hydrogen (Mg2NiH4 from MgH2 and Ni) or a reaction that gives off no hydrogen (an
exchange of ions, TiCl3 + 3LiBH4 → Ti(BH4)3 + 3LiCl) is no such proof.
"""
from __future__ import annotations

from ingest.extraction.samples.declared_roles import declared_roles, with_declared_roles
from ingest.extraction.text.nlp import system_of
from ontology.formula import parse_formula
from ontology.models import MaterialSystem

from .reaction_products import non_hydrogen_elements
from .reactions import reactions, side_terms, unbracketed

DESTABILIZING = "DestabilizingReactant"

_HYDROGEN = frozenset({"H", "D"})


def _products(side: str) -> list[frozenset[str]]:
    """The elements of each formula on a product side ('LiH + 1/2AlB2 + 3/2H2')."""
    out = []
    for term in side_terms(side):
        if term is None:
            continue
        try:     # (a symbolic count, 'LaHx', is no composition)
            out.append(frozenset(parse_formula(term[1]).composition))
        except ValueError:
            continue
    return out


def _reduced_to_own_metal(own: frozenset[str], host: frozenset[str], products: list[frozenset[str]]) -> bool:
    """Does the reaction set the additive's own metal free (alone or as its hydride: 'TiF3 + … → LiF + Ti', '→ TiH2')?
    A halide or oxide the hydride reduces to its metal is a catalyst's precursor: the hydride's cation takes the
    anion (LiF), and the freed metal, not the salt, is what acts; no partner forms a compound with the host to
    make its hydrogen easier to release."""
    return any(p - _HYDROGEN and p - _HYDROGEN <= own and not p & host - _HYDROGEN for p in products)


def reacting_partners(text: str) -> list[tuple[int, str, str]]:
    """(where the reaction starts, the additive's formula, DestabilizingReactant) for each additive a reaction
    written in ``text`` shows forming a hydrogen-free compound with the hydride while hydrogen is given off."""
    out = []
    for reactants, (start, end) in reactions(text):
        system = system_of(unbracketed(reactants)) if reactants else None
        if system is None or system.bare:
            continue
        products = _products(text[start:end])
        if not any(p and p <= _HYDROGEN for p in products):
            continue                       # no hydrogen given off: an exchange of ions, no destabilization
        host = non_hydrogen_elements(system.host.formula)
        at = text.rfind(reactants, 0, start)
        for additive in system.additives:
            own = non_hydrogen_elements(additive.formula)
            if own and any(not p & _HYDROGEN and p & own and p & (host - own) for p in products) \
                    and not _reduced_to_own_metal(own, host, products):
                out.append((at, additive.formula, DESTABILIZING))
    return out


def with_reacting_partners(system: MaterialSystem, reaction: str) -> MaterialSystem:
    """``system`` with each additive the written ``reaction`` shows reacting with the hydride a destabilizing
    reactant (a table row's system and the reaction pathway it writes beside it)."""
    if not reaction or system.bare:
        return system
    return with_declared_roles(system, declared_roles([(f, role) for _, f, role in reacting_partners(reaction)]))
