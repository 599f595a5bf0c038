"""Which sample a value belongs to when a sentence names other samples beside it (sentences written for
these tests): a catalyst the sample is compared with, the cell a sample is tested in."""
from __future__ import annotations

from prose_sentences import facts


def formulas(m):
    return {c.formula for c in m.system.components}


def test_a_catalyst_the_sample_is_compared_with_is_no_additive():
    v = facts("MgH2 was ball milled with 5 wt% ZrO2.",
              "The dehydrogenated sample takes up 5.6 wt% H2 within 30 s at 150 °C, a rate superior even to "
              "the well-known Nb2O5 catalyst.")
    assert formulas(v[5.6]) == {"MgH2", "ZrO2"}
    v = facts("LiAlH4 was milled with 3 mol% NiFe2O4.",
              "The doped hydride starts to decompose at 70 °C, faster than with the classic TiCl3 catalyst.")
    assert formulas(v[70.0]) == {"LiAlH4", "NiFe2O4"}
    v = facts("MgH2 was ball milled with 5 wt% ZrO2.",
              "The milled composite releases 6.1 wt% H2 at 300 °C, similar to the widely used V2O5 catalyst.")
    assert formulas(v[6.1]) == {"MgH2", "ZrO2"}


def test_a_catalyst_named_without_a_comparison_still_joins_the_sample():
    v = facts("MgH2 was ball milled with 5 wt% ZrO2.",
              "The milled sample desorbs 6.3 wt% H2 at 280 °C when 1 wt% Nb2O5 catalyst is added as well.")
    assert "Nb2O5" in formulas(v[6.3])


def test_a_cell_named_with_the_ion_it_shuttles_is_no_sample():
    v = facts("LiBH4 was mixed with 40 vol% Al2O3 to raise its conductivity.",
              "The composite was used as the electrolyte of a TiS2/Li all-solid-state Li-ion battery.",
              "After 40 cycles the battery kept a capacity retention of 85%.")
    assert formulas(v[85.0]) == {"LiBH4", "Al2O3"}
    v = facts("LiBH4 was mixed with 40 vol% Al2O3 to raise its conductivity.",
              "A Li/TiS2 lithium-ion cell built with this electrolyte retained 91% of its capacity after 25 cycles.")
    assert formulas(v[91.0]) == {"LiBH4", "Al2O3"}
    v = facts("LiBH4 was mixed with 40 vol% Al2O3 to raise its conductivity.",
              "The electrolyte was tested in LiCoO2/Li solid-state Li-ion batteries, which retained 77% after 60 cycles.")
    assert formulas(v[77.0]) == {"LiBH4", "Al2O3"}


def test_a_hydride_named_before_the_cell_is_still_the_sample():
    v = facts("MgH2 was milled with 10 wt% graphite.",
              "A bare MgH2 Li-ion half cell delivered 1420 mAh g-1 in the first discharge.")
    assert "MgH2" in formulas(v[1420.0])
