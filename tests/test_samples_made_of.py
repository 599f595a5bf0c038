"""Issue 10 item 1: a sample named by what it is made of or made from ("a conductor composed of A and B",
"prepared by the mechanochemical reaction of A and B", "obtained by ball milling A with B"), by an
electrode ground with its carbon, and with a class word after the host ("the TiH2 hydride electrode").
Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def additives(system):
    return {c.formula if c.formula else c.text: c.role for c in system.additives}


def test_values_before_what_the_sample_was_made_from_belong_to_that_sample():
    v = facts("Lithium-ion conductors with conductivities of 2 × 10−5 S cm−1 at 40 °C were obtained by "
              "ball milling LiBH4 and MgO.")
    s = next(iter(v.values())).system
    assert s.host.formula == "LiBH4" and "MgO" in additives(s)
    v = facts("Fast Mg-ion conductors, reaching 3 × 10−6 S cm−1 at 50 °C, were synthesized by the reaction "
              "of Mg(BH4)2 with methylamine.")
    s = next(iter(v.values())).system
    assert s.host.formula == "Mg(BH4)2" and len(s.additives) == 1
    v = facts("Solid electrolytes of 4 × 10−7 S cm−1 at 25 °C are prepared via solid-state reaction of "
              "magnesium borohydride and ethylenediamine.")
    s = next(iter(v.values())).system
    assert s.host.formula == "Mg(BH4)2" and len(s.additives) == 1


def test_a_sample_composed_of_a_hydride_and_an_oxide_is_the_later_mixture():
    v = facts("A composite electrolyte composed of LiBH4 and ZrO2 was prepared by ball milling.",
              "The conductivity of the composite reaches 1.2 × 10−4 S cm−1 at 30 °C.")
    s = next(iter(v.values())).system
    assert s.host.formula == "LiBH4" and "ZrO2" in additives(s)
    v = facts("The Li-ion conductivity at the interface between LiBH4 and CeO2 is about 1 × 10−4 S cm−1 at 25 °C.")
    s = next(iter(v.values())).system
    assert s.host.formula == "LiBH4" and "CeO2" in additives(s)


def test_the_precursors_of_a_hydride_named_first_are_no_sample():
    v = facts("Mg2FeH6 prepared by ball milling MgH2 and Fe shows a dehydrogenation temperature of 320 °C.")
    assert v[320.0].system.host.formula == "Mg2FeH6" and not v[320.0].system.additives


def test_an_electrode_ground_with_carbon_holds_it_and_a_class_word_after_the_host_is_no_stop():
    for text in ("A capacity of 1050 mAh g−1 is reached when the MgH2 electrode is ground with 10 wt% of carbon black.",
                 "A capacity of 1050 mAh/g is reached if the TiH2 hydride powder is ground with 12wt% carbon black.",
                 "Li3AlH6 hand-ground with 20 wt% Super P delivers 1200 mAh/g in the first discharge."):
        s = next(iter(facts(text).values())).system
        assert [a.formula for a in s.additives] == ["C"] and s.additives[0].amount is not None, text
    # ground alone (no partner after 'with') leaves the bare host
    s = next(iter(facts("MgH2 was ground in an agate mortar and delivered 1100 mAh g-1.").values())).system
    assert not s.additives


def test_a_host_placed_in_a_kind_of_scaffold_named_only_by_its_class_sits_in_it():
    for text in ("We show that confining LiBH4 within the channels of ordered mesoporous silica templates gives a "
                 "conductivity of 0.08 mS cm−1 at room temperature.",
                 "Confining NaBH4 in the pores of mesoporous silica gives a conductivity of 0.02 mS cm−1 at 60 °C."):
        s = next(iter(facts(text).values())).system
        assert "@" in s.name and len(s.additives) == 1, text
    # a class named without a placing verb is no scaffold
    s = next(iter(facts("LiBH4 compared with oxides shows a conductivity of 0.001 mS cm−1 at 30 °C.").values())).system
    assert not s.additives
