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


def _doc(text):
    from ingest.extract import extract_text
    return {m.value: m for m in extract_text(text, "t").measurements}


def test_the_hydrogen_a_formula_holds_stays_on_the_bare_host():
    v = _doc("# Hydrogen release from LiAlH4/graphene composites\n\nLiAlH4 offers a high hydrogen content of "
             "10.5 wt% but decomposes slowly. Here LiAlH4 was milled with few-layer graphene. The composite "
             "releases 6.9 wt% H2 below 180 °C.\n")
    assert formulas(v[10.5]) == {"LiAlH4"} and v[10.5].theoretical
    assert formulas(v[6.9]) == {"LiAlH4", "graphene"} and not v[6.9].theoretical
    v = _doc("# MgH2 nanoconfined in CMK-3\n\nWith a gravimetric hydrogen density of 7.6 wt%, MgH2 is attractive. "
             "The confined MgH2 releases 5.8 wt% at 260 °C.\n")
    assert formulas(v[7.6]) == {"MgH2"} and v[7.6].theoretical
    assert "CMK-3" in formulas(v[5.8])
    v = _doc("# Magnesium borohydride inside carbon aerogels\n\nMg(BH4)2 has a theoretical hydrogen capacity of "
             "14.9 wt%. We infiltrated Mg(BH4)2 into a carbon aerogel. The nanocomposite desorbs hydrogen at 175 °C.\n")
    assert formulas(v[14.9]) == {"Mg(BH4)2"}


def test_the_hydrogen_content_measured_of_a_sample_stays_measured():
    v = facts("MgH2 was milled with 10 wt% graphite.",
              "After 20 cycles the hydrogen content of the milled composite was 5.9 wt%.")
    assert not v[5.9].theoretical and "graphite" in formulas(v[5.9])


def test_a_value_in_brackets_after_a_named_reference_system_is_that_systems():
    v = facts("2LiBH4–MgH2 was milled with 10 wt% Ni.",
              "About 5.3 wt% of hydrogen is taken up again at 400 °C, which is higher than that of the pristine "
              "2LiBH4+MgH2 system (4.4 wt%).")
    assert formulas(v[4.4]) == {"LiBH4", "MgH2"} and formulas(v[5.3]) == {"LiBH4", "MgH2", "Ni"}
    v = facts("2NaBH4–MgH2 was milled with 5 mol% TiF3.",
              "The doped composite rehydrogenates to 5.2 wt% at 380 °C, exceeding that of the TiF3-free "
              "2NaBH4–MgH2 system (3.0 wt%).")
    assert formulas(v[3.0]) == {"NaBH4", "MgH2"}
    v = facts("LiBH4–MgH2 was doped with 3 mol% NbF5.",
              "Its activation energy drops to 121 kJ/mol, below that of the undoped LiBH4–MgH2 system (156 kJ/mol).")
    assert formulas(v[156.0]) == {"LiBH4", "MgH2"} and "NbF5" in formulas(v[121.0])


def test_a_bracketed_value_after_the_sample_word_stays_the_samples():
    v = facts("MgH2 was milled with 5 wt% Nb2O5.",
              "The doped composite desorbs hydrogen quickly (5.5 wt% in 10 min at 300 °C).")
    assert formulas(v[5.5]) == {"MgH2", "Nb2O5"}
