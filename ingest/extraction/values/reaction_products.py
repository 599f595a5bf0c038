"""What a passage's sample turns into: the products it names for a reaction of its sample.

"Ca(BH4)2 decomposes to CaH2 and B", "Ca(BH4)2 = CaH2 + 2B + 3H2", "LiBH4 releases hydrogen forming LiH",
"after lithiation MgH2 forms LiH and Mg": the products are phases of the sample after a step, never the
sample a later value of the passage is measured on ("the second step needs 500 °C" is still the
borohydride's). (A product a later sentence makes a sample of its own, "the as-formed CaH2 was then …", is
read by the older phase rules of ingest/extraction/prose/prose.py: still inside the sample.)
"""
from __future__ import annotations

import re

from ingest.extraction.samples.material_cues import PRODUCT_CUE, formed_after
from ingest.extraction.samples.samples_systems import has_hydrogen
from ontology.elements import formula_symbols
from ontology.system import host_formula
from ontology.word_gate import gated

from .reactions import reactions

# ("releases hydrogen forming CaH2", "giving LiH and B": participles PRODUCT_CUE leaves to its other readers)
_FORMING = gated(re.compile(r"(?=[fglr])\b(?:forming|giving|leaving(?:\s+behind)?|resulting\s+in)\s+"
                      r"(?:the |a |an )?(?:\S+\s+and\s+)?$", re.I))
_NOT_HYDRIDE = re.compile(r"^(?:H2?|D2?|e)$")


def non_hydrogen_elements(formula: str) -> frozenset[str]:
    """The elements of a formula but hydrogen: what tells a product from the sample's own (de)hydrided form."""
    return formula_symbols(formula) - {"H", "D"}


def _hydrides(side: str) -> list[str]:
    """The hydrides among the terms of a reactant side ("α-TiNiH + Li+ + e−": TiNiH)."""
    terms = [re.sub(r"^[\d./]*(?:[α-ω]-?)?", "", t.strip()) for t in side.split(" + ")]
    return [t for t in terms if "H" in formula_symbols(t) and not _NOT_HYDRIDE.match(t) and non_hydrogen_elements(t)]


def _another_phase(formula: str, reactants: list[str]) -> bool:
    """A product that is a phase of its own: not hydrogen, not the reactant minus (or plus) its hydrogen
    (Mg from MgH2 is the sample dehydrogenated, ingest/extraction/samples/states.py's reading)."""
    own = non_hydrogen_elements(formula)
    return bool(own) and all(own != non_hydrogen_elements(r) for r in reactants)


def named_products(text: str, systems: list) -> dict[str, str]:
    """The host formulas the sentence names as products of a reaction of a hydride, each with the hydride
    that reacts: the products of a written reaction whose reactants hold a hydride, and the phases a hydride
    named before them "decomposes to", "forms", "releases hydrogen forming"."""
    out: dict[str, str] = {}
    for side, (a, b) in reactions(text):
        reactants = _hydrides(side)
        if reactants:
            # (a product side read as one mixture, "CaH2 + 2B + 3H2": each of its phases is a product)
            out.update({f: reactants[0] for m, s in systems if a <= m.start < b
                        for f in [host_formula(s)] + [c.formula for c in s.additives] if _another_phase(f, reactants)})
    for m, s in systems:
        if not s.bare:
            continue   # (a sample with additives is no product: its words are not searched)
        before = text[max(0, m.start - 40):m.start]
        if not (PRODUCT_CUE.search(before) or _FORMING.search(before) or formed_after(text, m.end)):
            continue
        reactants = [host_formula(x) for n, x in systems if n.end <= m.start and has_hydrogen(x)]
        # (a phase of the hydride's own elements is what it decomposes into; "MgCl2 reacted with LiH to form
        # MgH2" makes a new hydride: a synthesis, whose product is the sample)
        own = frozenset().union(*(non_hydrogen_elements(r) for r in reactants)) if reactants else frozenset()
        if reactants and _another_phase(host_formula(s), reactants) and non_hydrogen_elements(host_formula(s)) <= own:
            out.setdefault(host_formula(s), reactants[0])
    return out


def is_product(system, products: dict[str, str]) -> bool:
    """The system a mention names is a phase the passage said its sample turns into, not a sample."""
    return system.bare and host_formula(system) in products


# "rehydrogenated to LiBH4 and MgH2", "complete re-formation of LiBH4", "back to MgH2", "LiBH4 is fully re-formed":
# the hydride a sample turns back into when it takes hydrogen up again
_BACK_TO = re.compile(r"(?=[rb])\b(?:re-?(?:hydrogenat|hydrid|form)\w*\s+(?:back\s+)?(?:in)?to|re-?formation\s+of|"
                      r"back\s+(?:in)?to)\s+(?:the\s+)?(?:\S+\s+and\s+)?$", re.I)
_REFORMED_AFTER = re.compile(r"\s+(?:(?:is|are|was|were|being|been)\s+)?(?:\w+ly\s+)?re-?form(?:s|ed)\b", re.I)


def reformed_state(text: str, m, system, others: list) -> bool:
    """A hydride named as what a sample re-forms on rehydrogenation, which another sample of the sentence holds
    ('the LiBH4–MgH2–TiCl3 composite is rehydrogenated to LiBH4 and MgH2'): the sample's hydrogenated state, no
    sample of its own a value could be of."""
    if not system.bare:
        return False
    if not (_BACK_TO.search(text, max(0, m.start - 50), m.start) or _REFORMED_AFTER.match(text, m.end)):
        return False
    formula = host_formula(system)
    return any(o is not system and (formula == host_formula(o) and not o.bare
                                    or formula in (c.formula for c in o.additives)) for _, o in others)
