"""Issue 10: a size given for a material's particles that open their clause and are placed in the sample ('Nb grains
within the MgH2 matrix are about 6 nm across', 'Fe crystals in the Fe2O3-doped MgH2 … 15–30 nm in size') is that
material's own size: the place names the sample they sit in, not what is sized. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("texts, value, sized", [
    (("Fe crystals in the Fe2O3-doped MgH2 were well dispersed, with 15–30 nm in size.",), 15.0, "Fe"),
    (("MgH2 was milled with 5 wt% NbF5.", "TEM shows that Nb grains within the MgH2 matrix are about 6 nm across."),
     6.0, "Nb"),
    (("LiBH4 was milled with PdCl2.", "After cycling, Pd clusters embedded in the LiBH4 matrix were about 3 nm."),
     3.0, "Pd"),
])
def test_the_placed_particles_size_is_their_material_s(texts, value, sized):
    s = facts(*texts)[value].system
    assert s.host.formula == sized and not s.additives


@pytest.mark.parametrize("texts, value", [
    # near misses: the hydride's own particles placed in the sample, and an additive named after the hydride's grains
    (("MgH2 was milled with 5 wt% Ni.", "The MgH2 particles in the milled composite were 300 nm in size."), 300.0),
    (("MgH2 was milled with 5 wt% Ni.", "In the milled composite, MgH2 crystallites near the Ni grains were 20 nm."),
     20.0),
])
def test_the_hydride_s_placed_particles_stay_on_the_sample(texts, value):
    assert facts(*texts)[value].system.host.formula == "MgH2"
