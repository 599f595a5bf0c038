"""A notation's molar ratio written with a colon or an equals sign after the word ("(mole ratio: 3:1)",
"(molar ratio = 2:1)") is its composition; "carbon-covered", "carbon-encapsulated", "graphene-wrapped"
say a core–shell sample as "carbon-coated" does; "theoretical" before a list of other quantities is each
one's. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


@pytest.mark.parametrize("text, host_count", [
    ("The LiBH4–TiF3 (mole ratio: 3:1) sample started to release hydrogen at around 100 °C.", 3.0),
    ("The LiBH4–MgH2 (molar ratio = 2:1) composite released 8 wt% H2 at 400 °C.", 2.0),
    ("The LiBH4–TiF3 (3:1 molar ratio) sample started to release hydrogen at 100 °C.", 3.0),
])
def test_a_molar_ratio_after_its_word_is_the_composition(text, host_count):
    (r,) = [r for r in records(text) if r["unit"] in ("degC", "wt%")][:1]
    host = r["components"][0]
    assert (host["amount"], host["amount_unit"]) == (host_count, "ratio")


def test_a_ratio_of_another_kind_is_no_composition():
    (r,) = [r for r in records("The LiBH4–TiF3 (ball-to-powder ratio: 40:1) sample released hydrogen at 100 °C.")
            if r["unit"] == "degC"]
    assert r["components"][0]["amount"] is None


@pytest.mark.parametrize("text", [
    "The carbon-covered nanocrystalline Mg2Ni released hydrogen at 180 °C.",
    "Carbon-encapsulated MgH2 nanoparticles release hydrogen at 250 °C.",
    "Graphene-wrapped MgH2 releases hydrogen at 260 °C.",
])
def test_covering_words_say_core_shell(text):
    (r,) = records(text)
    assert "CoreShellStructuring" in r["strategies"]


@pytest.mark.parametrize("text, values", [
    ("The theoretical capacity and average voltage of LiAlH4 are 2140 mAh/g and 0.7 V, respectively.", (2140.0, 0.7)),
    ("The theoretical gravimetric and volumetric capacities of LiBH4 reach 18.5 wt% H2 and 121 kg m-3.",
     (18.5, 121.0)),
    ("The theoretical capacity of MgH2 is 2038 mAh/g, and 7.6 wt% H2.", (2038.0, 7.6)),
])
def test_theoretical_is_each_listed_quantity_s(text, values):
    basis = {r["value"]: r["basis"] for r in records(text)}
    assert [basis[v] for v in values] == ["theoretical", "theoretical"]


def test_a_measured_value_after_a_theoretical_one_of_the_same_quantity_stays_measured():
    basis = {r["value"]: r["basis"] for r in records(
        "The theoretical capacity of MgH2 is 2038 mAh/g, but the electrode delivers only 1500 mAh/g.")}
    assert basis == {2038.0: "theoretical", 1500.0: "measured"}


@pytest.mark.parametrize("text, bases", [
    ("MgH2 has a theoretical capacity of 7.6 wt%, and 6.5 wt% was released at 300 °C.",
     {7.6: "theoretical", 6.5: "measured"}),
    ("LiBH4 holds 18.5 wt% in theory, and 13.8 wt% is released on heating to 600 °C.",
     {18.5: "theoretical", 13.8: "measured"}),
    ("MgH2 and LiBH4 released 6.1 wt% and 9.0 wt% H2, respectively.", {6.1: "measured", 9.0: "measured"}),
])
def test_a_value_after_a_comma_with_its_own_verb_is_no_list_member(text, bases):
    assert {r["value"]: r["basis"] for r in records(text)} == bases


@pytest.mark.parametrize("text, value", [
    ("LiBH4 contains 18.5 wt% hydrogen.", 18.5),
    ("Mg(BH4)2 holds 14.9 wt% H2.", 14.9),
    ("NaAlH4 contains about 7.4 wt% hydrogen, of which 5.6 wt% is released below 250 °C.", 7.4),
])
def test_what_a_compound_contains_by_its_formula_is_theoretical(text, value):
    assert {r["value"]: r["basis"] for r in records(text)}[value] == "theoretical"


@pytest.mark.parametrize("text, prop", [
    ("The maximum dehydrogenation rate of LiAlH4–TiO2 occurs at 160 °C.", "peak_dehydrogenation_temperature"),
    ("The maximum hydrogen release rate of MgH2–Nb2O5 is reached at 265 °C.", "peak_dehydrogenation_temperature"),
    ("MgH2–Ni reversibly produces 4.5 wt% H2 at 300 °C.", "reversible_hydrogen_capacity"),
    ("Over ten cycles MgH2–Fe reversibly desorbs 5.8 wt% H2 at 320 °C.", "reversible_hydrogen_capacity"),
])
def test_rate_maximum_and_reversible_release_wordings(text, prop):
    assert prop in {r["property"] for r in records(text)}


@pytest.mark.parametrize("text, kept", [
    ("A solid electrolyte synthesised by partial thermal decomposition of Li2B12H12 at 380 °C shows 0.1 mS/cm at "
     "25 °C.", {("ionic_conductivity", 0.1)}),
    ("MgH2 obtained via hydrogenation of Mg at 350 °C releases hydrogen at 300 °C.", {("dehydrogenation_temperature", 300.0)}),
    ("Mg2FeH6 coated with carbon made by pyrolysis of sucrose at 400 °C keeps 520 mAh/g after 30 cycles.",
     {("specific_capacity", 520.0)}),
])
def test_the_setting_of_a_route_a_sample_was_made_by_is_no_value(text, kept):
    got = records(text)
    assert {(r["property"], r["value"]) for r in got} == kept
    assert all("temperature" not in r["conditions"] for r in got if r["property"] == "specific_capacity")


# a route of several steps: its later step's setting ("… followed by hydrogen desorption at 583 K") is how the sample
# was made too
@pytest.mark.parametrize("text, kept", [
    ("The Ca2FeH6 sample was prepared by ball milling followed by hydrogen desorption at 560 K. It absorbs 4.1 wt% H2 "
     "at 400 °C.", {("absorbed_hydrogen_capacity", 4.1, 400.0)}),
    ("Li2Ca(NH)2 was obtained by reactive milling and subsequent dehydrogenation at 330 °C; it takes up 3.9 wt% H2.",
     {("absorbed_hydrogen_capacity", 3.9, None)}),
    ("Mg2CoH5 was synthesized by sintering followed by hydrogenation at 650 K; it releases 3.1 wt% H2 at 350 °C.",
     {("hydrogen_capacity", 3.1, 350.0)}),
])
def test_the_setting_of_a_later_step_of_the_route_is_no_value(text, kept):
    # (nor the condition of the sample's value)
    assert {(r["property"], r["value"], r["conditions"].get("temperature")) for r in records(text)} == kept


@pytest.mark.parametrize("text, prop", [
    ("Li2B12H12 decomposes at 380 °C.", "dehydrogenation_temperature"),
    ("MgH2 prepared by ball milling releases hydrogen at 300 °C.", "dehydrogenation_temperature"),
    # (near miss: the steps of the route, then what the sample does)
    ("The MgH2 prepared by ball milling followed by annealing shows an onset of dehydrogenation at 275 °C.",
     "onset_dehydrogenation_temperature"),
])
def test_a_value_said_of_the_sample_itself_stays(text, prop):
    assert prop in {r["property"] for r in records(text)}


@pytest.mark.parametrize("text", [
    "Confinement in a nanoporous carbon gives LiBH4 a greater anion mobility and an activation energy of 8 kJ/mol.",
    "The activation energy for BH4 reorientation in NaBH4 is 12 kJ/mol.",
    "NMR shows fast anion rotation in Li2B12H12 above its transition, with an activation energy of 25 kJ/mol.",
])
def test_the_activation_energy_of_anion_motion_is_no_dehydrogenation_s(text):
    assert "dehydrogenation_activation_energy" not in {r["property"] for r in records(text)}


@pytest.mark.parametrize("text, prop", [
    ("LiCB11H12 shows fast anion rotation and an ionic conductivity of 0.1 S/cm at 400 K with an activation energy "
     "of 0.22 eV.", "ion_migration_activation_energy"),
    ("The activation energy of LiBH4 dehydrogenation is 150 kJ/mol.", "dehydrogenation_activation_energy"),
])
def test_other_activation_energies_stay(text, prop):
    assert prop in {r["property"] for r in records(text)}


@pytest.mark.parametrize("text, counts", [
    ("The Mg2FeH6–LiBH4 composite of molar ratio 1:5 showed a hydrogen desorption capacity of 5.6 wt%.",
     [None, 5.0]),
    ("The Mg2FeH6–LiNH2 composite of 3:10 molar ratio released 4.3 wt% H2.", [3.0, 10.0]),
    ("The LiBH4–MgH2 mixture with a molar ratio of 2:1 released 8 wt% H2.", [2.0, None]),
])
def test_a_molar_ratio_after_the_sample_noun_is_the_composition(text, counts):
    (r,) = records(text)
    assert [c["amount"] for c in r["components"]] == counts


def test_a_bare_ratio_after_the_sample_noun_is_no_composition():
    (r,) = records("The LiBH4–MgH2 composite of 2:1 released 8 wt% H2.")
    assert [c["amount"] for c in r["components"]] == [None, None]
