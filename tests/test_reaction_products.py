"""The products a passage names for a reaction of its sample ("decomposes to CaH2", "… = CaH2 + 2B + 3H2",
"→ Mg + LiH", "releases hydrogen forming LiH") are phases of the sample after a step: named again later,
never the sample a value is of, unless a sentence makes one a sample of its own ("the as-formed CaH2 was
then …"); and a "±" a source lost ("180 8 kJ/mol"). Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.text.quantity_text import numbers
from ingest.extraction.values.reaction_products import named_products
from ingest.extraction.values.reactions import reactions


def host(m):
    return m.system.host.formula


def test_a_written_reaction_keeps_its_products_out_of_later_sentences():
    v = facts("Sr(BH4)2 loses hydrogen in two steps according to Sr(BH4)2 = SrH2 + 2B + 3H2.",
              "SrH2 then partly reacts with boron at higher temperature.",
              "Full dehydrogenation needs 520 °C.")
    assert host(v[520.0]) == "Sr(BH4)2"
    v = facts("The proposed conversion is MgH2 + 2Li+ + 2e− → Mg + 2LiH.",
              "Some LiH is also seen by XRD after the first discharge.",
              "The average discharge voltage is 0.44 V.")
    assert host(v[0.44]) == "MgH2"
    v = facts("Upon heating, 2LiBH4 + Al → 2LiH + AlB2 + 3H2 takes place.",
              "The AlB2 phase grows with time, and an apparent activation energy of 148 kJ/mol is derived.")
    assert host(v[148.0]) == "LiBH4"


def test_products_named_in_words_are_remembered_for_the_passage():
    v = facts("Ba(BH4)2 decomposes into BaH2 and amorphous boron above 400 °C.",
              "BaH2 is stable up to much higher temperatures.",
              "The main desorption peak lies at 455 °C.")
    assert host(v[455.0]) == "Ba(BH4)2"
    v = facts("On heating, NaBH4 releases hydrogen forming NaH and boron.",
              "NaH then melts and decomposes, and the whole step delivers 7.9 wt% H2.")
    assert host(v[7.9]) == "NaBH4"
    # a hydride made from other elements is what a synthesis makes: the sample
    v = facts("CaCl2 reacted with LiH in solution to form CaH2 and LiCl.",
              "The CaH2 releases 4.6 wt% H2.")
    assert host(v[4.6]) == "CaH2"
    v = facts("KAlH4 releases hydrogen with the formation of K3AlH6 and Al.",
              "K3AlH6 is then the phase seen by diffraction; the first step gives 2.9 wt% H2.")
    assert host(v[2.9]) == "KAlH4"


def test_hydrogenation_products_and_the_sample_dehydrogenated_are_no_foreign_phases():
    # Mg + H2 → MgH2: no hydride reacts, MgH2 stays a sample; MgH2 → Mg + H2: Mg is the sample without its hydrogen
    assert named_products("Mg + H2 → MgH2 at 300 °C.", []) == {}


def test_the_reactant_side_of_a_written_reaction_is_read():
    assert [side for side, _ in reactions("proposed: α-TiFeH + Li+ + e− → α-TiFe + LiH.")] == ["α-TiFeH + Li+ + e−"]
    assert [side for side, _ in reactions("via Ca(BH4)2 + 3MgH2 = CaMg2 + 2B + 7H2.")] == ["Ca(BH4)2 + 3MgH2"]


@pytest.mark.parametrize(("text", "value", "unc"), [
    ("an activation energy of 180 8 kJ/mol", 180.0, 8.0),
    ("the enthalpy was found to be 74 3 kJ mol-1 H2", 74.0, 3.0),
    ("it peaks at 362 4 °C on heating", 362.0, 4.0),
])
def test_a_lost_plus_minus_is_read_as_the_uncertainty(text, value, unc):
    found = [n for n in numbers(text) if n.unit]
    assert len(found) == 1 and found[0].value == value and found[0].uncertainty == unc


@pytest.mark.parametrize("text", [
    "a capacity of 12 500 mAh/g",       # a thousands group, not an uncertainty
    "samples 3 5 wt% and 10 wt%",       # the second number is no smaller part of the first
])
def test_numbers_side_by_side_that_are_no_lost_plus_minus(text):
    assert all(n.uncertainty is None for n in numbers(text))
