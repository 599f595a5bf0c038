"""Causal sentences that credit a mechanism without a catalyst verb: a result said to come from a strategy
('derives from nanoconfinement'), or a noun phrase the ontology's labels now hold ('electron redistribution',
'hinders growth and agglomeration', 'the spill-over of hydrogen', 'a lower bond dissociation energy'); the claim
goes to the additive or scaffold the passage names. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return claim_tuples(text, "src:causal-cues")


def _mechanisms(text: str) -> set[str]:
    return {m for m, *_ in _claims(text)}


@pytest.mark.parametrize("text, mechanism, additive", [
    # a result said to come from a strategy ('derives from', 'stems from', 'results from'): that strategy's effect
    ("MgH2 was confined in a nitrogen-doped carbon. The better reversibility derives from the joint effects of "
     "nanoconfinement and a shorter path for hydrogen.", "ConfinementEffect", "N-doped carbon"),
    ("NaAlH4 was infiltrated into a mesoporous carbon. The faster desorption stems from the nanoconfinement in "
     "the carbon pores.", "ConfinementEffect", "porous carbon"),
    ("LiBH4 was melt-infiltrated into CMK-3 carbon. The lower desorption temperature results from nanoconfinement "
     "by the CMK-3 pores.", "ConfinementEffect", "CMK-3"),
    # electrons moved between the additive and the hydride (not 'charge redistribution', which an author also
    # writes of ions exchanging places in an electrolyte)
    ("MgH2 was milled with Ni. An electronic redistribution from Ni to MgH2 weakens the Mg–H bonds.",
     "ElectronTransfer", "Ni"),
    ("Co was deposited on MgH2 particles. Electron redistribution at the Co/MgH2 contact lowers the barrier "
     "of hydrogen release.", "ElectronTransfer", "Co"),
    # growth and agglomeration hindered together
    ("LiBH4 was confined in carbon aerogel. The carbon aerogel prevents the growth and agglomeration of "
     "LiBH4 during cycling.", "AgglomerationSuppression", "carbon aerogel"),
    ("MgH2 was ball milled with graphene. Graphene restricts growth and agglomeration of the MgH2 grains on "
     "cycling.", "AgglomerationSuppression", "graphene"),
    # the spill-over written with its hyphen
    ("MgH2 was milled with Ni nanoparticles. The Ni nanoparticles promote the hydrogen spill-over onto the "
     "MgH2 surface.", "Spillover", "Ni"),
    ("Pt was sputtered on Mg films. The spill-over effect of Pt speeds up the uptake of the Mg films.",
     "Spillover", "Pt"),
    # a bond made easier to break, told by its dissociation energy
    ("MgH2 was milled with Nb2O5. Calculations show a lower Mg–H bond dissociation energy next to Nb2O5.",
     "BondWeakening", "Nb2O5"),
    ("NaAlH4 was doped with TiCl3. DFT gives a strongly reduced Al–H bond dissociation energy near TiCl3.",
     "BondWeakening", "TiCl3"),
])
def test_a_causal_noun_phrase_credits_its_mechanism(text, mechanism, additive):
    claims = _claims(text)
    assert any(m == mechanism and a == additive for m, _, a, _ in claims), claims


@pytest.mark.parametrize("text", [
    # ions exchanging places redistribute charge: no electron transfer of a catalyst
    "LiBH4 was milled with LiI. The exchange of I− and BH4− ions brings a charge redistribution in the lattice.",
    # a value of the bond, no lowering of it
    "NaAlH4 was milled with TiCl3. The Al–H bond dissociation energy was calculated to be 3.1 eV.",
    # growth and agglomeration seen, not prevented
    "LiBH4 was milled with graphene. Particle growth and agglomeration were observed after ten cycles.",
    # 'results from' as a noun and its preposition: no cause
    "NaAlH4 was infiltrated into a mesoporous carbon. The results from XRD show that the hydride stays amorphous.",
    # the effect announced as what was studied, by a named technique
    "NaAlH4 was infiltrated into a mesoporous carbon. The nanoconfinement effect on the desorption kinetics "
    "was studied by TPD.",
    "MgH2 was milled with Ni. The spillover effect of Ni was examined using in situ XRD.",
])
def test_near_misses_credit_nothing(text):
    assert not _mechanisms(text), _claims(text)
