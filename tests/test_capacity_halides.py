"""One compound, one theoretical Li conversion capacity, however it is written: as one formula with a halide
(Li4(BH4)3I) or as its composite (3LiBH4–LiI). The Li that balances the halide stays as LiX and takes no hydrogen."""
from __future__ import annotations

import pytest

from ontology.capacity import CapacityError, lithium_conversion_electrons, theoretical_li_capacity
from ontology.formula import parse_formula
from tests.test_capacity import MAH, B, H, Li

IODINE = 126.904
REL = 0.005


@pytest.mark.parametrize("formula,composite", [
    ("Li4(BH4)3I", "3LiBH4–LiI"),
    ("Li2(BH4)Br", "LiBH4–LiBr"),
    ("Li3(BH4)2Cl", "2LiBH4–LiCl"),
])
def test_a_halide_compound_and_its_composite_give_one_capacity(formula, composite):
    assert theoretical_li_capacity(formula) == pytest.approx(theoretical_li_capacity(composite), rel=1e-9)


def test_iodide_compound_by_hand():
    # Li4(BH4)3I + 9 Li -> 12 LiH + 3 B + LiI
    molar_mass = 4 * Li + 3 * (B + 4 * H) + IODINE
    assert lithium_conversion_electrons(parse_formula("Li4(BH4)3I")) == 9
    assert theoretical_li_capacity("Li4(BH4)3I") == pytest.approx(9 * MAH / molar_mass, rel=REL)


@pytest.mark.parametrize("formula,electrons", [("LiAlH4", 3), ("Li3AlH6", 3), ("LiBH4", 3), ("MgH2", 2)])
def test_near_miss_no_halide_keeps_every_li_serving(formula, electrons):
    assert lithium_conversion_electrons(parse_formula(formula)) == electrons


def test_a_lithium_halide_alone_takes_up_no_li():
    with pytest.raises(CapacityError):
        theoretical_li_capacity("LiCl")
