"""Theoretical capacities against values worked out by hand in this file.

Atomic weights below are the IUPAC abridged standard atomic weights (2021 table, conventional
values for H, Li, B, N, Mg), written here on purpose: the code takes its masses from periodictable,
so agreement within 0.5 % checks both the formula arithmetic and the library's data.
"""
from __future__ import annotations

import pytest

from ontology.capacity import (
    FARADAY,
    CapacityError,
    theoretical_hydrogen_capacity,
    theoretical_li_capacity,
)
from ontology.formula import parse_formula

# IUPAC abridged standard atomic weights, g/mol
H, Li, B, N, O, Mg, Al, Ti, Ni, Nb = 1.008, 6.94, 10.81, 14.007, 15.999, 24.305, 26.982, 47.867, 58.693, 92.906

M_MgH2 = Mg + 2 * H            # 26.321
M_LiH = Li + H                 # 7.948
M_LiBH4 = Li + B + 4 * H       # 21.782
M_MgBH42 = Mg + 2 * (B + 4 * H)  # 53.989
M_LiAlH4 = Li + Al + 4 * H     # 37.954
M_LiNH2 = Li + N + 2 * H       # 22.963
M_TiH2 = Ti + 2 * H            # 49.883
M_Nb2O5 = 2 * Nb + 5 * O       # 265.807
MAH = FARADAY / 3.6            # mAh per mole of electrons


def wt(h_atoms: float, molar_mass: float) -> float:
    return 100 * h_atoms * H / molar_mass


REL = 0.005  # 0.5 %


@pytest.mark.parametrize("formula,expected", [
    ("MgH2", wt(2, M_MgH2)),                 # 7.66 wt% (issue 2)
    ("LiH", wt(1, M_LiH)),                   # 12.7 wt%
    ("LiBH4", wt(4, M_LiBH4)),               # 18.5 wt% (issue 2)
    ("Mg(BH4)2", wt(8, M_MgBH42)),           # 14.9 wt%
    ("LiAlH4", wt(4, M_LiAlH4)),             # 10.6 wt%
    ("LiNH2", wt(2, M_LiNH2)),               # 8.8 wt%
    ("Mg(BH<sub>4</sub>)<sub>2</sub>", wt(8, M_MgBH42)),
    (r"$\text{LiBH}_4$", wt(4, M_LiBH4)),
])
def test_hydrogen_capacity_of_compounds(formula, expected):
    assert theoretical_hydrogen_capacity(formula) == pytest.approx(expected, rel=REL)


def test_headline_values_of_the_issue():
    assert theoretical_hydrogen_capacity("MgH2") == pytest.approx(7.66, abs=0.01)
    assert theoretical_hydrogen_capacity("LiBH4") == pytest.approx(18.5, abs=0.05)
    assert theoretical_li_capacity("MgH2") == pytest.approx(2038, rel=REL)


@pytest.mark.parametrize("formula,electrons,molar_mass", [
    ("MgH2", 2, M_MgH2),       # MgH2 + 2Li+ + 2e- -> Mg + 2LiH: 2036 mAh/g
    ("TiH2", 2, M_TiH2),       # TiH2 + 2Li -> Ti + 2LiH: 1075 mAh/g
    ("LiAlH4", 3, M_LiAlH4),   # LiAlH4 + 3Li -> Al + 4LiH (its own Li serves first): 2118 mAh/g
])
def test_li_conversion_capacity(formula, electrons, molar_mass):
    assert theoretical_li_capacity(formula) == pytest.approx(electrons * MAH / molar_mass, rel=REL)


def test_li_capacity_with_explicit_electrons():
    # Al + Li -> LiAl adds one more electron to LiAlH4 when alloying is counted
    assert theoretical_li_capacity("LiAlH4", electrons=4) == pytest.approx(4 * MAH / M_LiAlH4, rel=REL)


def test_composite_by_molar_ratio():
    # 2LiBH4–MgH2: 10 H in 2 M(LiBH4) + M(MgH2) -> 14.4 wt% total hydrogen
    assert theoretical_hydrogen_capacity("2LiBH4–MgH2") == pytest.approx(
        wt(10, 2 * M_LiBH4 + M_MgH2), rel=REL)
    # LiBH4–2MgH2: 8 H in M(LiBH4) + 2 M(MgH2) -> 10.8 wt%
    assert theoretical_hydrogen_capacity("LiBH4–2MgH2") == pytest.approx(
        wt(8, M_LiBH4 + 2 * M_MgH2), rel=REL)


def test_composite_by_wt_percent():
    # 10 wt% Ni carries no hydrogen: 90 % of MgH2's capacity, both for H2 and for Li
    assert theoretical_hydrogen_capacity("MgH2–10 wt% Ni") == pytest.approx(0.9 * wt(2, M_MgH2), rel=REL)
    assert theoretical_li_capacity("MgH2 + 10 wt% graphene") == pytest.approx(0.9 * 2 * MAH / M_MgH2, rel=REL)


def test_composite_by_mol_percent():
    # 95 mol MgH2 + 5 mol Nb2O5
    expected = 100 * 0.95 * 2 * H / (0.95 * M_MgH2 + 0.05 * M_Nb2O5)
    assert theoretical_hydrogen_capacity("MgH2 + 5 mol% Nb2O5") == pytest.approx(expected, rel=REL)


def test_formula_object_accepted():
    assert theoretical_hydrogen_capacity(parse_formula("MgH2")) == pytest.approx(wt(2, M_MgH2), rel=REL)


def test_molar_mass_from_periodictable():
    assert parse_formula("Mg(BH4)2").molar_mass == pytest.approx(M_MgBH42, rel=1e-3)


@pytest.mark.parametrize("value,words", [
    ("LiH", ["no Li", "electrons="]),                 # LiH is the product; nothing to convert
    ("Ti3C2Tx", ["symbolic", "x"]),
    ("", ["give a formula"]),
    ("MgH2 + 10 wt% Unobtainium", ["neither a formula", "Unobtainium"]),
])
def test_li_capacity_errors_say_what_is_missing(value, words):
    with pytest.raises(CapacityError) as err:
        theoretical_li_capacity(value)
    for word in words:
        assert word in str(err.value)


def test_wt_percent_over_hundred_refused():
    with pytest.raises(CapacityError, match="more than 100"):
        theoretical_hydrogen_capacity("MgH2–60 wt% Ni–50 wt% graphene")


def test_names_and_system_objects_accepted():
    from ontology.system import parse_system

    assert theoretical_hydrogen_capacity("magnesium hydride") == pytest.approx(wt(2, M_MgH2), rel=REL)
    system = parse_system("2LiBH4 + MgH2")
    assert theoretical_hydrogen_capacity(system) == pytest.approx(wt(10, 2 * M_LiBH4 + M_MgH2), rel=REL)


def test_li3alh6_uses_its_own_lithium_first():
    # Li3AlH6 + 3Li -> Al + 6LiH: n = 6 H - 3 Li = 3 (1493 mAh/g)
    assert theoretical_li_capacity("Li3AlH6") == pytest.approx(3 * MAH / (3 * Li + Al + 6 * H), rel=REL)
