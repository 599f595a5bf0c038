"""A bracket that defines a class of pores or grains by a bound ('a high micropore content (pores below 2 nm)') is
a definition, not a size measured on the sample; a bound in a bracket of the sample's own size ('MgH2 nanoparticles
(below 5 nm)') still is one. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import property_values


@pytest.mark.parametrize("text", [
    "The MgH2 scaffold has a high micropore content (pores below 2 nm).",
    "The MgH2-loaded carbon holds many micropores (pores < 2 nm).",
    "The milled LiAlH4 contains a share of fine particles (particles smaller than 100 nm).",
    "The milled MgH2 holds many fine grains (i.e., crystallites smaller than 20 nm).",
])
def test_a_class_defined_by_a_bound_gives_no_value(text):
    assert property_values(text) == []


@pytest.mark.parametrize("text, key", [
    ("MgH2 nanoparticles (below 5 nm) were confined in carbon.", "particle_size"),
    ("The pore size of the scaffold (below 2 nm) suits LiBH4.", "pore_size"),
])
def test_a_bound_on_the_samples_own_size_is_kept(text, key):
    assert [p for p, _ in property_values(text)] == [key]
