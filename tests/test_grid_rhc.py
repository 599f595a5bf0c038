"""Samples of two or more hydrides: the probe grid of ``grid_rhc.py`` (every slot value must pass) and,
for each rule it exercises, sentences written for the test in several wordings plus one the rule must not
fire on. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_rates import (
    failing_slot_values,
    measurement_rows,
    row_roles as parts,
    system_roles as roles,
    value_row as one,
)
from grid_rhc import probes, run

from ontology.system import analyse_system


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    slots = {k: {p.slots[k] for p in ps} for k in ps[0].slots}
    assert len(slots["distractor"]) == 10 and len(slots["naming"]) == 8 and len(slots["catalyst"]) == 4


@pytest.mark.parametrize("slot", ["composition", "notation", "catalyst", "naming", "distractor", "value"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)


# ---------------------------------------------------------------- one composition, one host, any order
def test_a_binary_hydride_written_first_is_the_partner_of_the_borohydride_or_amide():
    assert roles("MgH2–2LiBH4") == [("LiBH4", "HostHydride"), ("MgH2", "DestabilizingReactant")]
    assert roles("MgH2 + Ca(BH4)2") == [("Ca(BH4)2", "HostHydride"), ("MgH2", "DestabilizingReactant")]
    assert roles("MgH2–2LiNH2–5 mol% TiCl3") == [("LiNH2", "HostHydride"), ("MgH2", "DestabilizingReactant"),
                                                 ("TiCl3", "Catalyst")]
    assert roles("MgH2/2NaBH4")[0] == ("NaBH4", "HostHydride")
    # the same composition written either way is one system
    assert analyse_system("MgH2–2LiBH4").system.name == analyse_system("2LiBH4–MgH2").system.name


def test_a_loading_of_a_borohydride_and_an_alanate_partner_keep_the_order_written():
    # (negative) MgH2 with a few wt% of LiBH4 is MgH2 with an additive; MgH2–LiAlH4 is read as written
    assert roles("MgH2–10 wt% LiBH4") == [("MgH2", "HostHydride"), ("LiBH4", "Catalyst")]
    assert roles("MgH2–LiAlH4")[0] == ("MgH2", "HostHydride")
    assert roles("Mg2NiH4–LiBH4")[0] == ("Mg2NiH4", "HostHydride")
    assert roles("MgH2–Mg(BH4)2")[0] == ("MgH2", "HostHydride")   # the same metal's borohydride: no partner


# ---------------------------------------------------------------- a phase an analysis finds is no sample
def test_a_phase_found_in_the_sample_does_not_become_the_subject():
    for found in ("XRD reveals MgB2 and LiH in the dehydrogenated powder.",
                  "Li2Mg(NH)2 was clearly detected after the first desorption.",
                  "FTIR identified Li2B12H12 in the residue.",
                  "The presence of CaH2 is evident in the desorbed state."):
        row = one(f"# Sorption of the 2LiBH4–MgH2 composite with 5 mol% NbF5\n\n{found} "
                  "The composite absorbs 8.1 wt% of hydrogen at 350 °C.\n", 8.1)
        assert row["material"] == "LiBH4" and parts(row) == {
            "LiBH4": "HostHydride", "MgH2": "DestabilizingReactant", "NbF5": "Catalyst"}, found


def test_a_hydride_named_as_the_subject_is_still_the_subject():
    # (negative) a hydride found to do something is what the sentence speaks of, not a phase found
    row = one("# Sorption of the 2LiBH4–MgH2 composite with 5 mol% NbF5\n\nLiAlH4 was found to melt "
              "before it decomposes. It releases 7.3 wt% H2 up to 250 °C.\n", 7.3)
    assert row["material"] == "LiAlH4"


def test_phases_found_side_by_side_are_no_list_of_samples():
    for found in ("XRD reveals LiH and MgB2 in the desorbed powder.",
                  "Reflections of Li4BN3H10 and LiH were observed.",
                  "Mg3N2 and LiH were detected after cycling."):
        row = one(f"# The Mg(NH2)2–2LiH system doped with KF\n\n{found} The onset and peak temperatures "
                  "are 141 and 190 °C, respectively.\n", 141.0)
        assert row["material"] == "Mg(NH2)2" and "KF" in parts(row), found


def test_samples_named_side_by_side_still_pair_with_respectively():
    # (negative) hydrides named as a list of studied samples take a 'respectively' list in turn
    rows = measurement_rows("# Borohydrides\n\nLiBH4 and NaBH4 were ball milled separately. Their melting points "
                        "are 278 and 505 °C, respectively.\n")
    assert {r["value"]: r["material"] for r in rows} == {278.0: "LiBH4", 505.0: "NaBH4"}


# ---------------------------------------------------------------- a contrast aside keeps the sample
def test_a_sentence_set_against_the_sample_keeps_it():
    for aside in ("In contrast, LiAlH4 melts before it decomposes.",
                  "By contrast, bulk NaBH4 is thermally very stable.",
                  "Conversely, Mg(BH4)2 decomposes in several overlapping steps.",
                  "On the other hand, NH3BH3 releases borazine."):
        row = one(f"# Dehydrogenation of the 2LiNH2–MgH2 composite with 4 mol% KOH\n\n{aside} "
                  "Its reversible capacity reaches 4.9 wt%.\n", 4.9)
        assert row["material"] == "LiNH2" and "KOH" in parts(row), aside


def test_a_hydride_named_without_a_contrast_becomes_the_subject():
    # (negative) the same sentence without the contrast opener goes on about the hydride it names
    row = one("# Dehydrogenation of the 2LiNH2–MgH2 composite with 4 mol% KOH\n\nLiAlH4 melts before it "
              "decomposes. It releases 7.1 wt% H2 below 250 °C.\n", 7.1)
    assert row["material"] == "LiAlH4"
