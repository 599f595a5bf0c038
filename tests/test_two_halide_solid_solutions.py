"""Issue 10 item 1: a solid solution of a borohydride with two halides, written as one formula, is the borohydride
with each lithium halide at its share ('Li(BH4)0.5Br0.25Cl0.25' = 0.5 LiBH4 + 0.25 LiBr + 0.25 LiCl), not an
invented 'Li2BrCl'; and a sample said to be formed as that formula is the formula, with its amounts."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.samples.samples import system_of


def parts(name):
    return [(c.formula, c.role, c.amount.value if c.amount else None) for c in system_of(name).components]


@pytest.mark.parametrize("name, want", [
    ("Li(BH4)0.6Br0.2Cl0.2", [("LiBH4", "HostHydride", 0.6), ("LiBr", "DopantSubstituent", 0.2),
                              ("LiCl", "DopantSubstituent", 0.2)]),
    ("Li(BH4)0.7I0.2Br0.1", [("LiBH4", "HostHydride", 0.7), ("LiI", "DopantSubstituent", 0.2),
                             ("LiBr", "DopantSubstituent", 0.1)]),
    ("Na(BH4)0.5Cl0.3I0.2", [("NaBH4", "HostHydride", 0.5), ("NaCl", "DopantSubstituent", 0.3),
                             ("NaI", "DopantSubstituent", 0.2)]),
    ("Mg(BH4)1.6Cl0.2Br0.2", [("Mg(BH4)2", "HostHydride", 0.8), ("MgCl2", "DopantSubstituent", 0.1),
                              ("MgBr2", "DopantSubstituent", 0.1)]),
])
def test_each_halide_is_a_salt_of_its_own(name, want):
    assert parts(name) == want


def test_one_halide_is_unchanged():
    # near miss: one halogen, one halide
    assert parts("Li(BH4)0.8I0.2") == [("LiBH4", "HostHydride", 0.8), ("LiI", "DopantSubstituent", 0.2)]


def test_the_sample_formed_as_a_formula_is_that_formula():
    v = facts("LiBH4 was ball milled with LiBr and LiCl to give Li(BH4)0.6Br0.2Cl0.2.",
              "The powder conducts Li+ at 0.04 mS/cm at 30 °C.")
    s = v[0.04].system
    assert {c.formula: c.amount.value for c in s.components} == {"LiBH4": 0.6, "LiBr": 0.2, "LiCl": 0.2}
    v = facts("Milling LiBH4 with LiI yielded Li(BH4)0.7I0.3.", "Its conductivity is 0.05 mS/cm at 25 °C.")
    assert {c.formula: c.amount.value for c in v[0.05].system.components} == {"LiBH4": 0.7, "LiI": 0.3}


def test_a_product_of_other_parts_stays_a_product():
    # near miss: what the composite reacts to form is a phase, not the sample
    v = facts("LiBH4 was milled with MgH2 to form a composite that reacts to MgB2.",
              "The composite releases 8.1 wt% hydrogen.")
    assert {c.formula for c in v[8.1].system.components} >= {"LiBH4", "MgH2"}
