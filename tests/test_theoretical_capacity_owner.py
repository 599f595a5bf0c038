"""Issue 10, item 1e: a theoretical hydrogen capacity said of a catalysed or supported sample is the formula's whose
figure it is: the bare host's when the figure is the host's own and not the sample's by composition, else the
sample's. A measured value, or a figure the sample's composition gives, stays on the sample. Every sentence here is
written for this test."""
from __future__ import annotations

import pytest
from extracted import parts_by_value


@pytest.mark.parametrize("text, value, want", [
    ("MgH2 catalysed by 5 wt% Nb2O5 has a theoretical hydrogen capacity of 7.6 wt%.", 7.6, "MgH2"),
    ("The theoretical hydrogen capacity of LiBH4 doped with 10 wt% TiF3 is 18.5 wt%, of which 13.5 wt% was released "
     "at 450 °C.", 18.5, "LiBH4"),
    ("Milled with 4 mol% TiCl3, NaAlH4 offers a theoretical capacity of 7.5 wt% H2.", 7.5, "NaAlH4"),
    # near misses: the figure the whole sample's composition gives, and a measured value, stay on the sample
    ("MgH2 catalysed by 5 wt% Nb2O5 has a theoretical hydrogen capacity of 7.3 wt%.", 7.3, "MgH2–Nb2O5"),
    ("Ball milled with 10 wt% graphene, MgH2 has a theoretical capacity of 6.9 wt% H2.", 6.9, "MgH2–graphene"),
    ("MgH2 catalysed by 5 wt% Nb2O5 released 7.6 wt% H2 at 300 °C.", 7.6, "MgH2–Nb2O5"),
])
def test_a_theoretical_capacity_is_the_formula_s_whose_figure_it_is(text, value, want):
    assert parts_by_value(text)[value] == want
