"""A reactive hydride composite named by its dehydrogenated state is the same sample (sentences written
for these tests; ingest/extraction/samples/states.py)."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.samples.states import hydrogenated_form
from ontology.system import parse_system


def formulas(m):
    return {c.formula for c in m.system.components}


def test_the_products_named_as_an_alternative_are_the_composite():
    v = facts("Milled mixtures of 2LiBH4 + MgH2 or 2LiH + MgB2 with 3 mol% TiCl3 reversibly store 9.3 wt% H2.")
    assert formulas(v[9.3]) == {"LiBH4", "MgH2", "TiCl3"}


def test_the_desorbed_composite_keeps_its_catalyst_and_its_identity():
    v = facts("The 2LiBH4–MgH2 composite was doped with 5 mol% NbF5.",
              "After desorption, the 2LiH–MgB2 composite containing NbF5 takes up 8.6 wt% H2 at 350 °C.")
    assert formulas(v[8.6]) == {"LiBH4", "MgH2", "NbF5"}
    v = facts("2NaBH4–MgH2 was milled with 4 mol% TiF3.",
              "Rehydrogenating 2NaH + MgB2 doped with TiF3 at 400 °C recovers 5.1 wt% H2.")
    assert formulas(v[5.1]) == {"NaBH4", "MgH2", "TiF3"}
    v = facts("Mg(NH2)2–2LiH was milled with 3 mol% KH.",
              "The desorbed Li2Mg(NH)2–KH powder reabsorbs 4.9 wt% H2 at 180 °C.")
    assert formulas(v[4.9]) == {"Mg(NH2)2", "LiH", "KH"}


def test_a_composite_that_keeps_a_hydride_of_the_sample_is_another_sample():
    v = facts("2LiBH4 + Mg and 2LiBH4 + MgH2 were milled.", "2LiBH4 + Mg releases 7.7 wt% H2 at 420 °C.")
    assert formulas(v[7.7]) == {"LiBH4", "Mg"}


def test_states_need_the_same_proportions_and_less_hydrogen():
    # (since G19, 4 December: a composite written only in its dehydrogenated state is read as its hydrogenated
    # state by the system parser itself, so there is no second state left to match)
    dehydrogenated = parse_system("2LiH–MgB2", strict=False)
    assert dehydrogenated.host.formula == "LiBH4"
    assert {c.formula: c.role for c in dehydrogenated.components}["MgH2"] == "DestabilizingReactant"
    rhc = parse_system("2LiBH4–MgH2", strict=False)
    assert hydrogenated_form(dehydrogenated, [rhc]) is None
    # a single hydride and its metal are no composite's states
    assert hydrogenated_form(parse_system("Mg", strict=False), [parse_system("MgH2", strict=False)]) is None


def test_a_phase_the_sample_formed_is_never_the_sample_a_value_is_of():
    v = facts("2LiBH4–MgH2 was milled with 10 wt% Ni, which led to the formation of a Mg–Ni–B ternary alloy.",
              "The presence of the Mg–Ni–B ternary alloy raises the reversible capacity to 5.6 wt% H2 at 400 °C.")
    assert formulas(v[5.6]) == {"LiBH4", "MgH2", "Ni"}
    v = facts("MgH2 was milled with 5 wt% Ni.",
              "With Mg2NiH4 generated on heating, the sample desorbs 6.1 wt% H2 at 275 °C.")
    assert formulas(v[6.1]) == {"MgH2", "Ni"}
    v = facts("MgH2 was ball milled with 4 mol% Ni.", "Mg2Ni is produced during the first desorption.",
              "Thereafter Mg2Ni lowers the onset temperature to 212 °C.")
    assert formulas(v[212.0]) == {"MgH2", "Ni"}


def test_the_phase_studied_on_its_own_is_its_own_sample():
    v = facts("MgH2 was milled with 5 wt% Ni, which led to the formation of Mg2NiH4 on cycling.",
              "For comparison, pure Mg2NiH4 synthesized separately desorbs hydrogen at 280 °C.")
    assert formulas(v[280.0]) == {"Mg2NiH4"}
    v = facts("MgH2 was milled with 5 wt% Ni, which led to the formation of Mg2NiH4 on cycling.",
              "Mg2NiH4 alone desorbs hydrogen at 280 °C.")
    assert formulas(v[280.0]) == {"Mg2NiH4"}
