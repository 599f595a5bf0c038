"""Claims about the elements of one additive (P13's cause 7a, own wording): the constituent elements of the sample's
compound, named after it ('the Ni and Mo of NiMoO4 were reduced during milling'), are that compound in another state,
not additives of their own, so later claims credit the compound; a phase said to be created or produced in situ is
the in-situ catalytic phase; a synergy among the elements of one additive is its cocktail effect. The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(m, h, a) for m, h, a, _ in claim_tuples(text)}


@pytest.mark.parametrize("text, additive", [
    ("NiMoO4 spheres were milled with MgH2. During milling Ni and Mo were reduced to low-valent species. DFT shows "
     "that the additive weakens the Mg–H bonding.", "NiMoO4"),
    ("TiNb2O7 was milled with MgH2. XPS shows that Ti and Nb were partly reduced. The reduced oxide weakens the "
     "Mg–H bonds.", "TiNb2O7"),
    ("MgH2 was ball milled with CoFe2O4. Co and Fe are reduced during the first cycle. This weakens the Mg–H bond.",
     "CoFe2O4"),
])
def test_the_compound_s_elements_named_after_it_are_the_compound(text, additive):
    claims = _claims(text)
    assert ("BondWeakening", "MgH2", additive) in claims, claims


@pytest.mark.parametrize("text, additive", [
    ("NiMoO4 was milled with MgH2. Ni and Mo were reduced to low-valent species, which created in situ multielement "
     "catalytic surroundings.", "NiMoO4"),
    ("TiNb2O7 was milled with MgH2. The reduced Ti and Nb created in situ a catalytic environment for hydrogen "
     "release.", "TiNb2O7"),
    ("LiBH4 was milled with NiCl2. Ni2B, created in situ during the first dehydrogenation, provides catalytic sites "
     "for the rehydrogenation.", "NiCl2"),
])
def test_a_phase_created_in_situ_is_the_in_situ_catalytic_phase(text, additive):
    assert any(m == "InSituCatalyticPhase" and a == additive for m, _, a in _claims(text)), _claims(text)


@pytest.mark.parametrize("text, additive", [
    ("NiMoO4 spheres were milled with MgH2. DFT shows a strong synergistic effect of Ni and Mo, which weakens the "
     "Mg–H bonding.", "NiMoO4"),
    ("TiNb2O7 was milled with MgH2. The synergistic effect between Ti and Nb accelerates the desorption kinetics.",
     "TiNb2O7"),
    ("MgH2 was milled with FeCoNi alloy. The synergy of Fe, Co and Ni speeds up the hydrogen release.", "FeCoNi"),
])
def test_a_synergy_of_one_additive_s_elements_is_its_cocktail_effect(text, additive):
    assert ("CocktailEffect", "MgH2", additive) in _claims(text), _claims(text)


def test_a_synergy_of_two_additives_is_each_one_s_cocktail_effect():
    # (two additives said to act together: their combined action, one claim on each, as G12's annotator records
    # 'the presence of RbH and KH provide synergetic effects'; a synergy of one additive's elements is one claim)
    claims = _claims("MgH2 was milled with Ni and CeO2. The fast kinetics is owing to the synergy between Ni and CeO2.")
    assert {("CocktailEffect", "MgH2", "Ni"), ("CocktailEffect", "MgH2", "CeO2")} <= claims
    assert not any(m == "CatalyticEffect" for m, _, _ in claims)


@pytest.mark.parametrize("text", [
    "Mg(BH4)2·2NH3 was milled with MgH2. Hydrogen evolves when the Hδ− of MgH2 attacks the Hδ+ on the ammonia of "
    "Mg(BH4)2·2NH3, leaving a MgBH4NH2 compound.",
    "Mg(BH4)2·2NH3 was milled with MgH2. As a Lewis base, MgH2 supplies hydridic Hδ− that first attacks Hδ+ of the "
    "coordinated NH3 in Mg(BH4)2·2NH3; H2 evolves and a MgBH4NH2 compound results.",
])
def test_one_compound_s_formula_read_as_two_salts_is_no_sample_of_the_claim(text):
    # (a mixed-anion compound the sentence forms, 'MgBH4NH2', reads as Mg(BH4)2 + Mg(NH2)2: not the claim's sample)
    claims = _claims(text)
    assert ("AmideHydrideInteraction", "Mg(BH4)2", "MgH2") in claims, claims
