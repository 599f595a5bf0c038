"""Additives a passage names as alternatives (a choosing word before their list, 'or'/'versus' between them, a
ranking of one against another) are each a sample of their own with the host: a mechanism claim credited to one
of them takes that one's strategy, not the strategy of all of them lumped together (ingest.extraction.mechanisms.mechanisms_context._alternatives,
_Context.apart; the words from the ontology's AlternativesWord scheme). A sample the additives went into together
('co-doped with', or listed with no such word) stays one sample."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _claims(text: str) -> set[tuple]:
    return {(r["mechanism"], r["host"], r["additive"], r["strategy"])
            for r in contract_rows(extract_text(text)) if r.get("kind") == "mechanism"}


APART = [
    # a choosing word before the list
    ("LiBH4 was doped with different additives, Fe and graphene, to lower its desorption temperature. "
     "The Fe nanoparticles weaken the B–H bonds of LiBH4.", ("BondWeakening", "LiBH4", "Fe", "MetalCatalysis")),
    ("A series of MgH2 composites with Ni, Co and graphene were prepared by milling. The Co weakens the Mg–H bonds "
     "of MgH2.", ("BondWeakening", "MgH2", "Co", "MetalCatalysis")),
    ("Various additives such as Ni, Co and graphene were milled with MgH2. The Ni particles weaken the Mg–H bonds of "
     "MgH2.", ("BondWeakening", "MgH2", "Ni", "MetalCatalysis")),
    # 'or' between them
    ("NaAlH4 was milled with Ti or Ce powder before cycling. The Ti weakens the Al–H bonds of NaAlH4.",
     ("BondWeakening", "NaAlH4", "Ti", "MetalCatalysis")),
    ("LiBH4 was ball milled with Co, Fe or graphene under argon. The Fe weakens the B–H bonds of LiBH4.",
     ("BondWeakening", "LiBH4", "Fe", "MetalCatalysis")),
    # one ranked against another
    ("For LiBH4, the effect of metal additives including Fe and Co is superior to graphene. The Fe weakens the B–H "
     "bonds of LiBH4.", ("BondWeakening", "LiBH4", "Fe", "MetalCatalysis")),
    ("MgH2 was milled with Ni and with graphene. The Ni additive performs better than graphene in MgH2. The Ni "
     "weakens the Mg–H bonds of MgH2.", ("BondWeakening", "MgH2", "Ni", "MetalCatalysis")),
]

TOGETHER = [
    ("MgH2 was milled with Ni and graphene for 10 h. The Ni weakens the Mg–H bonds of MgH2.",
     ("BondWeakening", "MgH2", "Ni", "CompositeCatalysis")),
    ("Compared with pristine MgH2, MgH2 doped with Ni and graphene releases hydrogen at 250 °C. The Ni weakens the "
     "Mg–H bonds of MgH2.", ("BondWeakening", "MgH2", "Ni", "CompositeCatalysis")),
    ("NaAlH4 was co-doped with Ti and Ce and then cycled. The Ti weakens the Al–H bonds of NaAlH4.",
     ("BondWeakening", "NaAlH4", "Ti", "MultiMetalCatalysis")),
]


@pytest.mark.parametrize("text,claim", APART)
def test_an_alternative_takes_its_own_strategy(text, claim):
    assert claim in _claims(text)


@pytest.mark.parametrize("text,claim", TOGETHER)
def test_additives_put_in_together_stay_one_sample(text, claim):
    assert claim in _claims(text)


# a sentence crediting no additive of the alternatives speaks of the one the passage ranked best, not of a material
# only named beside them (the 'graphite' of a sentence about valence states)
BEST = [
    ("LiBH4 was milled with various additives such as Fe, Co and graphene, and the Co exhibits the best catalytic "
     "effect. This stems from shifts in the metal and graphite charge states in the catalysts. The high catalytic "
     "activity originates from the weakening of the B–H bonds.", ("BondWeakening", "LiBH4", "Co", "MetalCatalysis")),
    ("We compare NaAlH4 doped with different additives, Ti, Ce and graphene, where the Ce shows the most effective "
     "catalysis. This is tied to the metal and graphite electronic states in the catalysts. The enhanced kinetics "
     "originates from the weakening of the Al–H bonds.", ("BondWeakening", "NaAlH4", "Ce", "MetalCatalysis")),
    ("A series of MgH2 composites with Ni, Fe and graphene were prepared, and the Fe gives the optimal performance. "
     "We relate this to the graphite and metal valence states of the catalysts. Its high activity is due to the "
     "weakening of the Mg–H bonds.", ("BondWeakening", "MgH2", "Fe", "MetalCatalysis")),
]


@pytest.mark.parametrize("text,claim", BEST)
def test_a_claim_naming_no_alternative_credits_the_best(text, claim):
    assert claim in _claims(text)


def test_co_doped_additives_have_no_best_alternative():
    claims = _claims("MgH2 was co-doped with Ni, Fe and graphene, and the Fe gives the optimal performance. We relate "
                     "this to the graphite and metal valence states of the catalysts. Its high activity is due to the "
                     "weakening of the Mg–H bonds.")
    assert not any(a == "Fe" for _, _, a, _ in claims), claims
