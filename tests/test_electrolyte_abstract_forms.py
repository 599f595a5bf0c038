"""Forms of solid-electrolyte abstracts (pool P22's first contact), in sentences written for these tests:

- a class of compounds said to be substituted into a compound ('hydride/halide co-substituted argyrodites') is in
  the lattice the compound's formula shows, no additive of the samples named after;
- 'the size of MgO decreases from A to B' sizes MgO both times, not the electrolyte it is mixed into;
- two atoms joined by a dash and named a bond ('via B–O bonds') are no material of the sample;
- a value 'observed in the crystalline X' is X's, not the paragraph's filled sample.
"""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple[str, float, list[str]]]:
    return [(r["property"], r["value"], [c["material"] for c in r["components"]]) for r in records(text)]


@pytest.mark.parametrize("text", [
    "In this study, borohydride/halide dual-substituted argyrodite-type electrolytes have been synthesized by "
    "milling. Li5.5PS4.5(BH4)0.8Br0.7 conducts Li+ at 9.8 mS cm−1 at 25 °C.",
    "In this work, borohydride/halide dual-substituted argyrodite electrolytes have been synthesized. "
    "Li5.6PS4.6(BH4)1.0I0.4 reaches 7.2 mS cm−1 at 25 °C.",
    "Here, hydride/halide co-substituted argyrodite-type conductors have been made by milling. The "
    "Li5.4PS4.4(BH4)1.2Cl0.4 pellet reaches 11.5 mS cm−1 at 25 °C.",
])
def test_a_class_substituted_into_a_compound_is_no_additive(text):
    (prop, _, parts), = _rows(text)
    assert prop == "ionic_conductivity" and len(parts) == 1


def test_a_class_milled_in_as_additives_names_no_sample():
    # (the class joins the sample as the reading's placeholder, so the value is not the bare host's; no member is
    # named, so it is of no record: tests/test_class_nouns_and_alloy_catalysts.py)
    assert _rows("LiBH4 was milled with metal fluorides as additives. The modified borohydride releases "
                 "8.1 wt% H2 from 410 °C.") == []


@pytest.mark.parametrize("text", [
    "LiBH4·NH3 was mixed with Al2O3. When the size of Al2O3 decreases from 120 to 15 nm, the conductivity rises.",
    "For LiBH4–SiO2, the particle size of SiO2 was reduced from 80 to 12 nm by a sol–gel route.",
    "The composite electrolyte holds ZrO2; as the size of ZrO2 decreased from 95 to 20 nm, less of it was needed.",
])
def test_the_size_of_a_named_oxide_changes_on_the_oxide(text):
    sizes = [parts for prop, _, parts in _rows(text) if prop == "particle_size"]
    assert len(sizes) == 2 and all(len(p) == 1 and "H" not in p[0] for p in sizes)


@pytest.mark.parametrize(("text", "oxide"), [
    ("A LiBH4·NH3–SiO2 composite was made. Through Si–O–B bonds formed at the interface, an electrochemical "
     "stability window of 3.9 V is obtained with the addition of 50 wt% SiO2.", "SiO2"),
    ("A LiBH4·NH3–TiO2 composite was made. Via B–O bonds at the interface, an electrochemical stability window of "
     "4.0 V is reached with the addition of 60 wt% TiO2.", "TiO2"),
    ("A LiBH4·NH3–MgO composite was made. Because Mg–O–B bonds form, an electrochemical stability window of 4.1 V "
     "is achieved with the addition of 70 wt% MgO.", "MgO"),
])
def test_a_bond_is_no_material_of_the_sample(text, oxide):
    (_, _, parts), = _rows(text)
    assert parts == ["LiBH4", "NH3", oxide]


@pytest.mark.parametrize("text", [
    "On adding SiO2, the order–disorder transition at 62 °C observed in the crystalline LiBH4·NH3 vanishes.",
    "With 50 wt% Al2O3, the melting at 58 °C seen in pristine LiBH4·NH3 disappears.",
    "After MgO addition, the transition at 60 °C found in the crystalline LiBH4·NH3 is no longer seen.",
])
def test_a_value_observed_in_the_unfilled_sample_is_its(text):
    rows = _rows(text)
    assert rows and all(parts == ["LiBH4", "NH3"] for _, _, parts in rows)


@pytest.mark.parametrize("text", [
    "The Li2B12H12–LiBH4 electrolyte was tested in cells with a Li anode and TiS2 or FeS2 as the cathode. Discharge "
    "capacities of 88% and 64% of the theoretical capacity were reached for TiS2 and FeS2, respectively.",
    "Cells were built from the 3LiBH4–LiI electrolyte, a Li anode and a TiS2 cathode. The first discharge capacity "
    "corresponds to 91% of the theoretical capacity.",
    "With the LiCB11H12 electrolyte and a TiS2 cathode, the cell reached a discharge capacity of 79% of its "
    "theoretical capacity.",
])
def test_a_share_of_the_theoretical_capacity_a_cell_reaches_is_its_utilization(text):
    rows = [r for r in records(text) if r["property"] == "active_material_utilization"]
    assert rows and all("H" in r["components"][0]["material"] for r in rows)


def test_a_share_of_the_theoretical_hydrogen_capacity_released_is_no_utilization():
    # (kept as written since 5 December: a share of the theoretical hydrogen capacity, no electrode's utilization)
    got = records("The ball-milled MgH2 released 92% of its theoretical hydrogen capacity within 8 min.")
    assert [r["property"] for r in got] == ["hydrogen_capacity_share"]
