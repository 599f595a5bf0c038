"""Which hydride is the host of a composite of two hydrides, whatever the passage names between the sample
and its value: the probe grid of ``grid_host2.py`` (every slot value must pass) and, for each rule it
exercises, sentences written for the test in several wordings plus one the rule must not fire on. Every
sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_host2 import probes, run
from grid_rates import failing_slot_values, row_roles as parts, system_roles as roles, value_row as one

from ontology.system import SystemParseError, analyse_system


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    slots = {k: {p.slots[k] for p in ps} for k in ps[0].slots}
    assert len(slots["composite"]) == 6 and len(slots["intro"]) == 8 and len(slots["between"]) == 8
    assert len(slots["value"]) == 6


@pytest.mark.parametrize("slot", ["composite", "intro", "between", "value"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)


# ---------------------------------------------------------------- a colon joins two hydrides
def test_a_colon_between_two_hydrides_is_a_composite():
    assert roles("LiBH4:MgH2") == [("LiBH4", "HostHydride"), ("MgH2", "DestabilizingReactant")]
    assert roles("Mg(NH2)2:2LiH") == [("Mg(NH2)2", "HostHydride"), ("LiH", "DestabilizingReactant")]
    assert roles("MgH2:Ca(BH4)2 (1:1)")[0] == ("Ca(BH4)2", "HostHydride")
    row = one("# Sorption kinetics\n\nWe milled a NaBH4:MgH2 mixture for 20 h. The onset temperature "
              "drops to 341 °C.\n", 341.0)
    assert row["material"] == "NaBH4" and parts(row) == {"NaBH4": "HostHydride", "MgH2": "DestabilizingReactant"}


def test_a_colon_that_is_no_mixture_of_hydrides_is_not_split():
    # (negative) a phosphor's activator and a ratio are no two hydrides
    assert len(analyse_system("Y2O3:Eu").system.components) == 1
    # ('MgH2:Ni' is MgH2 doped with Ni, as 'Y2O3:Eu' is Y2O3 activated by Eu: the hydride and its additive)
    assert [c.role for c in analyse_system("MgH2:Ni").system.components] == ["HostHydride", "Catalyst"]
    with pytest.raises(SystemParseError, match="2 numbers for 1 components"):
        analyse_system("LiBH4 (2:1)")   # (the ratio's colon stays a ratio, of one part here: a clear error)


# ---------------------------------------------------------------- a composite named in words
def test_two_hydrides_named_in_words_and_joined_by_a_dash_are_one_composite():
    for doc, value, host, partner in (
            ("# Study\n\nThe lithium borohydride–magnesium hydride composite releases 9.1 wt% H2.\n", 9.1,
             "LiBH4", "MgH2"),
            ("# Study\n\nA magnesium hydride–lithium amide mixture was milled. It desorbs 5.3 wt% H2 at 250 °C.\n",
             5.3, "LiNH2", "MgH2"),
            ("# Study\n\nWe examined calcium borohydride – magnesium hydride. Its onset temperature is 322 °C.\n",
             322.0, "Ca(BH4)2", "MgH2"),
            ("# A magnesium amide–lithium hydride system\n\nThe enthalpy of the first step is 39 kJ/mol H2.\n",
             39.0, "Mg(NH2)2", "LiH")):
        row = one(doc, value)
        assert row["material"] == host and parts(row) == {host: "HostHydride", partner: "DestabilizingReactant"}, doc


def test_a_dash_between_words_that_name_no_hydrides_joins_nothing():
    # (negative) the measurement's curves named with dashes leave the hydride alone
    row = one("# Study\n\nThe pressure–composition–temperature curves of magnesium hydride give an enthalpy of "
              "74 kJ/mol H2.\n", 74.0)
    assert row["material"] == "MgH2" and parts(row) == {"MgH2": "HostHydride"}


# ---------------------------------------------------------------- a co-milled list: hydrides first
def test_a_list_milled_together_puts_its_hydrides_together_whatever_the_order():
    for doc, value, host, partner, cat in (
            ("# Study\n\nMgH2, Fe and LiBH4 were milled together. It absorbs 8.3 wt% H2 at 350 °C.\n", 8.3,
             "LiBH4", "MgH2", "Fe"),
            ("# Study\n\nMgH2, 5 mol% NbF5 and 2LiBH4 were co-milled. The composite absorbs 8.9 wt% H2.\n", 8.9,
             "LiBH4", "MgH2", "NbF5"),
            ("# Study\n\nLiH, KH and Mg(NH2)2 were ball milled together. It releases 4.3 wt% H2 at 200 °C.\n", 4.3,
             "Mg(NH2)2", "LiH", "KH"),
            ("# Study\n\nMgH2, ZrCl4 and Ca(BH4)2 were mixed in a planetary mill. Its onset temperature is 305 °C.\n",
             305.0, "Ca(BH4)2", "MgH2", "ZrCl4"),
            # (the complex hydride leads the binary one, as in the notation NaAlH4–MgH2)
            ("# Study\n\nMgH2, TiCl3 and NaAlH4 were milled together for 5 h. It releases 4.6 wt% H2.\n", 4.6,
             "NaAlH4", "MgH2", "TiCl3")):
        row = one(doc, value)
        assert row["material"] == host and parts(row) == {
            host: "HostHydride", partner: "DestabilizingReactant", cat: "Catalyst"}, doc


def test_a_list_milled_with_no_second_hydride_keeps_its_order():
    # (negative) one hydride and two additives: the hydride written first stays the host with both
    row = one("# Study\n\nMgH2, Ni and TiO2 were milled together. It absorbs 6.1 wt% H2 at 300 °C.\n", 6.1)
    assert row["material"] == "MgH2" and parts(row) == {"MgH2": "HostHydride", "Ni": "Catalyst", "TiO2": "Catalyst"}


# ---------------------------------------------------------------- a molar coefficient in brackets
def test_a_bracketed_coefficient_keeps_the_part_it_counts_in_the_sample():
    for doc, value, host, partner in (
            ("# Study\n\nMilled LiBH4 + (1/2)MgH2 with 3 mol% TiCl3 stores 9.1 wt% hydrogen reversibly.\n", 9.1,
             "LiBH4", "MgH2"),
            ("# Study\n\nWe ball milled LiNH2 + (1/2)MgH2 for 12 h. It releases 5.6 wt% H2 at 220 °C.\n", 5.6,
             "LiNH2", "MgH2"),
            ("# Study\n\nThe onset temperature of Ca(BH4)2 + (1/3)MgH2 is 318 °C.\n", 318.0, "Ca(BH4)2", "MgH2"),
            ("# Study\n\nLiNH2 + ½ MgH2 releases 4.1 wt% H2.\n", 4.1, "LiNH2", "MgH2")):
        row = one(doc, value)
        assert row["material"] == host and parts(row).get(partner) == "DestabilizingReactant", doc


def test_a_bracketed_fraction_that_counts_no_part_stays_apart():
    # (negative) a fraction in brackets before a word is no coefficient of a material
    row = one("# Study\n\nAbout (1/2) of the MgH2 decomposes below 300 °C, and it releases 3.3 wt% H2.\n", 3.3)
    assert row["material"] == "MgH2" and parts(row) == {"MgH2": "HostHydride"}


# ---------------------------------------------------------------- a part named as a part of the composite
def test_a_part_named_in_the_composite_is_the_composite():
    for doc, value, host in (
            ("# The 2LiBH4–MgH2 composite with TiCl3\n\nThe MgH2 in the composite decomposes first, releasing "
             "2.1 wt% H2.\n", 2.1, "LiBH4"),
            ("# Ca(BH4)2–MgH2 with NbF5\n\nCa(BH4)2 within this composite starts to decompose at 320 °C.\n", 320.0,
             "Ca(BH4)2"),
            ("# Mg(NH2)2–2LiH doped with KH\n\nThe LiH phase of the mixture reacts completely, and the hydrogen "
             "capacity reaches 4.8 wt%.\n", 4.8, "Mg(NH2)2")):
        row = one(doc, value)
        assert row["material"] == host and len(parts(row)) == 3, (doc, row)


def test_a_part_named_on_its_own_is_that_part():
    # (negative) the bare part, set apart as the pure material, is no part of the composite
    row = one("# Ca(BH4)2–MgH2 with NbF5\n\nPure Ca(BH4)2 starts to decompose at 360 °C.\n", 360.0)
    assert row["material"] == "Ca(BH4)2" and parts(row) == {"Ca(BH4)2": "HostHydride"}


# ---------------------------------------------------------------- a composite named by its elements
def test_a_borohydride_composite_named_by_its_elements_is_the_borohydride_with_mgh2():
    for doc, value, host in (
            ("# The Li–Mg–B–H system\n\nThe Li–Mg–B–H system releases 8.1 wt% H2 at 400 °C.\n", 8.1, "LiBH4"),
            ("# Study\n\nWe studied the Na–Mg–B–H system doped with TiF3. It releases 6.2 wt% H2.\n", 6.2, "NaBH4"),
            ("# Study\n\nIn the Ca–Mg–B–H system, the onset temperature drops to 297 °C.\n", 297.0, "Ca(BH4)2")):
        row = one(doc, value)
        assert row["material"] == host and parts(row).get("MgH2") == "DestabilizingReactant", (doc, row)


def test_elements_of_no_known_composite_are_not_read_as_one():
    # (negative) an alloy named by its elements is no borohydride composite
    row = one("# Study\n\nThe Mg–Ni–Cu alloy absorbs 3.4 wt% H2 at 300 °C.\n", 3.4)
    assert row["material"] != "LiBH4" and "MgH2" not in parts(row) and "LiBH4" not in parts(row)


# ---------------------------------------------------------------- 'including' and a range of loadings
def test_a_catalyst_the_composite_includes_or_given_by_a_range_is_in_it():
    for doc, value, host, cat in (
            ("# Study\n\nMilled LiNH2 + (1/2)MgH2 including 4 mol% TiF3 stores 5.3 wt% hydrogen.\n", 5.3, "LiNH2", "TiF3"),
            ("# Study\n\nMixtures of LiBH4 + (1/2)MgH2 or LiH + (1/2)MgB2 including 2–3 mol % TiCl3 store 9.3 wt% "
             "hydrogen.\n", 9.3, "LiBH4", "TiCl3"),
            ("# Study\n\nThe Ca(BH4)2–MgH2 composite with 5-10 wt% NbF5 starts to decompose at 289 °C.\n", 289.0,
             "Ca(BH4)2", "NbF5"),
            ("# Study\n\nWe milled 2LiBH4–MgH2 doped with 1–2 mol% ZrCl4. It absorbs 9.6 wt% H2.\n", 9.6, "LiBH4",
             "ZrCl4")):
        row = one(doc, value)
        assert row["material"] == host and parts(row).get(cat) == "Catalyst" \
            and parts(row).get("MgH2") == "DestabilizingReactant", (doc, row)


def test_including_what_is_no_material_adds_nothing():
    # (negative) 'including' a sample's own history names no additive
    row = one("# Study\n\nThe MgH2 samples, including the one milled for 5 h, absorb 6.3 wt% hydrogen.\n", 6.3)
    assert row["material"] == "MgH2" and parts(row) == {"MgH2": "HostHydride"}
