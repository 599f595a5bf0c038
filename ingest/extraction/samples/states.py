"""States of one sample: a reactive hydride composite named by what it dehydrogenates to.

Authors of reactive hydride composites name one sample by either of its states: "2LiBH4 + MgH2" and,
after desorption, "2LiH + MgB2"; "Mg(NH2)2–2LiH" and "Li2Mg(NH)2". Rehydrogenating the products gives
back the composite, so a value measured on "the 2LiH + MgB2 composite doped with TiCl3" is a value of the
2LiBH4–MgH2–TiCl3 sample the passage is about. Which state is which is read from the chemistry (the same
atoms other than hydrogen, in the same proportions, with less hydrogen), never from a list of names.
"""
from __future__ import annotations

from ontology.formula import FormulaError, parse_formula
from ontology.models import Component, MaterialSystem

from .samples_systems import joined_system

_REACTIVE = {"HostHydride", "DestabilizingReactant"}


def _count(c: Component) -> float:
    """The molar coefficient a component is written with ('2LiH'), 1 without one; None for a loading."""
    if c.amount is None:
        return 1.0
    return float(c.amount.value) if c.amount.unit == "ratio" else 0.0


def _atoms(components: list[Component]) -> dict[str, float] | None:
    """Atoms of the components together (coefficients counted); None when one is no formula."""
    out: dict[str, float] = {}
    for c in components:
        n = _count(c)
        if n <= 0:
            return None
        try:
            comp = parse_formula(c.formula).composition
        except (FormulaError, ValueError, KeyError):   # a name ('carbon aerogel') or a symbolic formula: no atoms
            return None
        for el, k in comp.items():
            out[el] = out.get(el, 0.0) + n * k
    return out


def _same_proportions(a: dict[str, float], b: dict[str, float]) -> bool:
    if set(a) != set(b) or not a:
        return False
    el = next(iter(a))
    scale = b[el] / a[el]
    return all(abs(a[e] * scale - b[e]) <= 1e-6 * max(1.0, b[e]) for e in a)


def _reactive(system: MaterialSystem) -> list[Component]:
    return [c for c in system.components if c.role in _REACTIVE]


def hydrogenated_form(system: MaterialSystem, samples: list[MaterialSystem]) -> MaterialSystem | None:
    """The reactive hydride composite of ``samples`` that ``system`` is the dehydrogenated state of, with
    ``system``'s further additives ("2LiH + MgB2 with TiCl3" of 2LiBH4–MgH2: 2LiBH4–MgH2–TiCl3); else None.

    ``system``'s components made of the composite's elements other than hydrogen are its products; they
    must hold those atoms in the composite's proportions, less hydrogen, and share no formula with the
    composite ("LiBH4 + Mg" keeps LiBH4: another composite, not a state of LiBH4 + MgH2)."""
    for sample in reversed(samples):
        if sample.host.role != "DestabilizingReactant" and not any(
                c.role == "DestabilizingReactant" for c in sample.additives):
            continue   # a single hydride and its metal (MgH2, Mg) are read as one host elsewhere
        # (asked of every sample the passage named, for every material of every sentence: most
        # have no destabilizing reactant, and their reactive parts are not gathered)
        reactive = _reactive(sample)
        whole = _atoms(reactive)
        if whole is None:
            continue
        elements = set(whole) - {"H"}
        products, extras = [], []
        for c in system.components:
            atoms = _atoms([c])
            (products if atoms is not None and set(atoms) - {"H"} <= elements else extras).append(c)
        if not products or {c.formula for c in products} & {c.formula for c in reactive}:
            continue
        made = _atoms(products)
        if made is None or not _same_proportions({e: k for e, k in made.items() if e != "H"},
                                                 {e: k for e, k in whole.items() if e != "H"}):
            continue
        scale = whole[next(iter(elements))] / made[next(iter(elements))]
        if made.get("H", 0.0) * scale >= whole.get("H", 0.0):
            continue
        return _with_extras(sample, extras)
    return None


def _with_extras(sample: MaterialSystem, extras: list[Component]) -> MaterialSystem:
    have = {c.formula for c in sample.components}
    out = sample
    for c in extras:
        if c.formula in have:
            continue
        written = f"{c.amount} {c.formula}" if c.amount is not None and c.amount.unit != "ratio" else c.formula
        out = joined_system(out.name, written) or out
    return out
