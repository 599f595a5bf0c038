"""A transition-metal additive named as the subject of a verb that speeds up the runs ('TiCl3 improves the
decomposition kinetics of LiAlH4') is credited with the catalytic effect; a scaffold, a reactant hydride or a
step doing the same is not. Every sentence here is written for this test."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples


@pytest.mark.parametrize(("text", "host", "additive"), [
    ("LiAlH4 was milled with TiCl3. TiCl3 improves the decomposition kinetics of LiAlH4.", "LiAlH4", "TiCl3"),
    ("MgH2 was milled with 10 wt% Nb2O5. The Nb2O5 particles accelerate the desorption kinetics of MgH2.",
     "MgH2", "Nb2O5"),
    ("MgH2 was ground with some VCl3. VCl3 enhances MgH2 hydrogen uptake kinetics markedly.", "MgH2", "VCl3"),
])
def test_transition_metal_additive_speeding_up_the_runs(text, host, additive):
    assert ("CatalyticEffect", host, additive, "MetalCompoundCatalysis") in claim_tuples(text)


@pytest.mark.parametrize("text", [
    "MgH2 was confined in a carbon aerogel. The carbon aerogel improves the desorption kinetics of MgH2.",
    "LiBH4 was mixed with MgH2. MgH2 improves the desorption kinetics of LiBH4.",
    "MgH2 was milled with 10 wt% Nb2O5. Milling improves the desorption kinetics of MgH2.",
])
def test_no_transition_metal_subject_no_catalytic_claim(text):
    assert not any(m == "CatalyticEffect" for m, *_ in claim_tuples(text))


@pytest.mark.parametrize(("text", "host", "additives"), [
    ("V2C and Ti3C2 were added together to MgH2. The combination of V2C and Ti3C2 promotes the hydrogen release "
     "of MgH2.", "MgH2", ("V2C", "Ti3C2")),
    ("MgH2 was milled with Nb2O5 and TiF3. The co-addition of Nb2O5 and TiF3 accelerates the desorption kinetics "
     "of MgH2.", "MgH2", ("Nb2O5", "TiF3")),
    ("LiAlH4 was milled with TiCl3 and NbF5. The combination of TiCl3 and NbF5 particles improves the decomposition "
     "kinetics of LiAlH4.", "LiAlH4", ("TiCl3", "NbF5")),
])
def test_two_catalysts_combined_speeding_up_the_runs(text, host, additives):
    found = claim_tuples(text)
    assert all(("CocktailEffect", host, a, "MetalCompoundCatalysis") in found for a in additives)
