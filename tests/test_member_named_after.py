"""A value given 'for x = …' right after it is the value of the series member at that x
(ingest/extraction/attribution/family_members.py): of the family the sentence names, or of the family the passage listed
members of when the sentence's sample is a formula of the same elements named since ('… (x = 1/4, 1/2) …
Li(BH4)0.75Cl0.25 … 0.3 mS/cm for x = 1/2'). A value given as a fraction names the member with fractions where they read
as subscripts ('Li(BH4)1/3(NH2)2/3')."""
from fractions import Fraction

import pytest

from ingest.extract import extract_text
from ontology.families import family_member
from ontology.system import analyse_system


def _systems(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.system.name) for m in extract_text(text).measurements]


def test_fractions_after_each_value():
    text = ("# Chloride solid solutions\n\nWe prepared Li(BH4)1-xClx solid solutions (x = 1/4, 1/2) by milling. The "
            "Li(BH4)0.75Cl0.25 lattice is hexagonal at room temperature. The conductivities reach 0.05 mS cm-1 for "
            "x = 1/4 and 0.3 mS cm-1 for x = 1/2 at 60 °C.\n")
    assert _systems(text) == [(0.05, "Li(BH4)0.75Cl0.25"), (0.3, "Li(BH4)0.5Cl0.5")]


def test_decimals_after_a_clause():
    text = ("# Sodium amide borohydrides\n\nNa(BH4)1-x(NH2)x samples with x = 0.25, 0.5 were made by annealing the "
            "mixed salts. Na(BH4)0.75(NH2)0.25 adopts a cubic cell. It conducts 0.01 mS cm-1 for x = 0.25 at 80 °C, "
            "whereas 0.2 mS cm-1 was measured for x = 0.5 at 80 °C.\n")
    assert _systems(text) == [(0.01, "Na(BH4)0.75(NH2)0.25"), (0.2, "Na(BH4)0.5(NH2)0.5")]


def test_coefficient_family_named_in_the_sentence():
    text = ("# Iodide composites\n\nThe xLiBH4–(1−x)LiI composites (x = 2/3, 3/4) were ball milled for 5 h. Their "
            "conductivities are 0.1 mS cm-1 for x = 3/4 and 0.02 mS cm-1 for x = 2/3 at 30 °C.\n")
    assert _systems(text) == [(0.1, "0.75LiBH4–0.25LiI"), (0.02, "0.666667LiBH4–0.333333LiI")]


def test_no_symbol_after_the_value_keeps_the_named_sample():
    # near miss: 'for 2 h' names no member
    text = ("# Sodium amide borohydrides\n\nNa(BH4)1-x(NH2)x samples with x = 0.25, 0.5 were made by annealing the "
            "mixed salts. Na(BH4)0.75(NH2)0.25 adopts a cubic cell. It conducts 0.01 mS cm-1 after milling for 2 h "
            "at 80 °C.\n")
    assert _systems(text) == [(0.01, "Na(BH4)0.75(NH2)0.25")]


def test_fraction_member_notation():
    assert family_member("Li(BH4)1-x(NH2)x", {"x": Fraction(2, 3)}) == "Li(BH4)1/3(NH2)2/3"
    assert family_member("Li(BH4)1-xClx", {"x": Fraction(1, 4)}) == "Li(BH4)0.75Cl0.25"   # (no brackets around)
    assert family_member("Li(BH4)1-x(NH2)x", {"x": 0.25}) == "Li(BH4)0.75(NH2)0.25"


@pytest.mark.parametrize("written, parts", [
    ("Li(BH4)1/4(NH2)3/4", [("LiBH4", 0.25), ("LiNH2", 0.75)]),
    ("Na(BH4)1/2(NH2)1/2", [("NaBH4", 0.5), ("NaNH2", 0.5)]),
    ("Li(BH4)3/4(NH2)1/4", [("LiBH4", 0.75), ("LiNH2", 0.25)]),
    # near miss: whole counts stay whole
    ("Li2(BH4)(NH2)", [("LiBH4", 1.0), ("LiNH2", 1.0)]),
])
def test_fractional_shares_of_one_unit_are_the_two_salts(written, parts):
    # (a member named with fractions, 'x = 3/4', is the borohydride with the amide, like any written member)
    s = analyse_system(written).system
    assert [(c.formula, c.amount.value if c.amount else None) for c in s.components] == parts
