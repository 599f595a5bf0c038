"""A metal laid on a substrate is what is measured, not the substrate ("Mg electrodeposited on a nickel
substrate absorbs …"); "micropores (below 2 nm)" is a pore size, no particle size; a metal doped into a
borohydride electrolyte is a cation substitution. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records as rows


@pytest.mark.parametrize("text", [
    "Mg electrodeposited on a catalytic nickel substrate absorbs 6 wt% H2 at 300 °C.",
    "Mg deposited on Ni foam absorbs 6 wt% H2 at 300 °C.",
    "Mg films grown on a Ni substrate absorb 6 wt% H2 at 300 °C.",
    "Mg sputtered onto copper foil takes up 6 wt% H2 at 300 °C.",
])
def test_the_metal_on_a_substrate_is_measured(text):
    (r,) = [r for r in rows(text) if r["property"] == "absorbed_hydrogen_capacity"]
    assert r["material"] == "MgH2"


def test_a_catalyst_laid_on_the_hydride_leaves_the_hydride_measured():
    (r,) = rows("Pd sputtered on Mg films lowers the absorption temperature of Mg to 100 °C.")
    assert r["material"] == "MgH2"


@pytest.mark.parametrize("text, value", [
    ("Carbons rich in micropores (below 2 nm) host LiBH4, which desorbs at 300 °C.", 2.0),
    ("LiBH4 confined in a carbon with mesopores of 4 nm releases hydrogen at 250 °C.", 4.0),
    ("The macropores of the foam, 80 nm wide, hold MgH2 that desorbs at 280 °C.", 80.0),
])
def test_micro_meso_and_macropores_are_pore_sizes(text, value):
    sizes = {r["value"]: r["property"] for r in rows(text) if r["unit"] == "nm"}
    assert sizes == {value: "pore_size"}


@pytest.mark.parametrize("text", [
    "The 5 mol% Ca-doped LiBH4 solid solution shows 0.1 mS/cm at 30 °C.",
    "LiBH4 doped with 10 mol% Ca reaches 0.2 mS/cm at 40 °C.",
    "Na-doped LiBH4 conducts 0.05 mS/cm at 30 °C.",
])
def test_a_metal_doped_into_a_borohydride_electrolyte_is_cation_substitution(text):
    (r,) = rows(text)
    assert r["strategies"] == ["CationSubstitution"]


def test_a_metal_doped_into_a_borohydride_for_hydrogen_is_a_catalyst():
    (r,) = rows("Ni-doped LiBH4 releases hydrogen at 300 °C.")
    assert r["strategies"] == ["MetalCatalysis"]


@pytest.mark.parametrize("text, strategy", [
    ("The desorption temperature of MgH2 catalyzed by 5 wt.% Ni-MOF decreased to 243 degrees C.", "MetalCompoundCatalysis"),
    ("MgH2 doped with 10 wt% Co-MOF starts to release hydrogen at 250 °C.", "MetalCompoundCatalysis"),
    ("LiBH4 confined in a Zn-MOF released hydrogen at 250 °C.", "Nanoconfinement"),
    ("MgH2 catalysed by a Ni-MOF starts to desorb at 240 °C.", "MetalCompoundCatalysis"),
])
def test_a_framework_milled_in_at_a_few_per_cent_is_a_catalyst_not_a_scaffold(text, strategy):
    (r,) = rows(text)
    assert r["strategies"] == [strategy]
    assert r["components"][1]["role"] == ("ScaffoldConfinementHost" if strategy == "Nanoconfinement" else "Catalyst")


def test_a_loading_of_a_named_framework_is_kept():
    (r,) = rows("MgH2 catalyzed by 5 wt.% Ni-MOF desorbs at 243 °C.")
    assert (r["components"][1]["amount"], r["components"][1]["amount_unit"]) == (5.0, "wt%")


@pytest.mark.parametrize("text, host, partner", [
    ("Composed of 2Mg(NH2)2 and 6LiH, the Li–Mg–N–H system gives off close to 6.8 wt% H2 at 210 °C.",
     "Mg(NH2)2", "LiH"),
    ("The Li–Mg–N–H system consisting of Mg(NH2)2 and 2LiH releases 5.5 wt% H2 at 200 °C.", "Mg(NH2)2", "LiH"),
    ("The Li–B–H–Mg system made up of 2LiBH4 and MgH2 releases 10 wt% H2 at 400 °C.", "LiBH4", "MgH2"),
])
def test_a_system_composed_of_named_parts_is_their_composite(text, host, partner):
    (r,) = [r for r in rows(text) if r["unit"] == "wt%"]
    assert [c["material"] for c in r["components"]] == [host, partner]


def test_a_hydride_prepared_from_precursors_stays_itself():
    (r,) = rows("Mg2FeH6 prepared by milling MgH2 and Fe releases hydrogen at 320 °C.")
    assert [c["material"] for c in r["components"]] == ["Mg2FeH6"]


@pytest.mark.parametrize("text, material", [
    ("MgH2 works without an added electrolyte because of the in situ formation of LiH with an ionic conductivity "
     "of 10−7 S cm−1 at 120 °C.", "LiH"),
    ("The decomposition of LiBH4 forms Li2B12H12 with a conductivity of 0.01 mS/cm at 25 °C.", "Li2B12H12"),
    ("Heating Mg(BH4)2 gives MgB12H12, which has an ionic conductivity of 0.001 mS/cm at 100 °C.", "MgB12H12"),
])
def test_a_product_given_a_value_in_its_own_phrase_is_what_the_value_is_of(text, material):
    (r,) = rows(text)
    assert r["material"] == material


def test_a_product_named_without_its_own_value_phrase_is_no_subject():
    (r,) = rows("MgH2 is reduced to LiH and Mg, delivering 1500 mAh/g.")
    assert r["material"] == "MgH2"


def test_a_vapor_grown_carbon_nanofiber_keeps_its_name():
    (r,) = rows("MgH2 mixed with vapor-grown carbon nanofiber delivers 1100 mAh/g.")
    assert r["components"][1]["material"] == "vapor-grown carbon nanofiber"
