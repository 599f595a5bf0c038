"""Which material is the host: reactions written with '=', bracketed fraction coefficients, and anodes
written in their lithiated state ('2LiH + Mg'). Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extraction.text.nlp import system_of
from ingest.extraction.values.reactions import in_products, product_spans
from ontology.electrode_roles import lithiated_as_host
from tests.prose_sentences import contract_measurements, the_one

# ---------------------------------------------------------------- '=' as a reaction sign

@pytest.mark.parametrize("text, product", [
    ("Sr(BH4)2 decomposes as Sr(BH4)2 = SrH2 + 2B + 3H2 between 330 and 480 °C.", "SrH2"),
    ("The reaction Ca(BH4)(2)= CaH2 + 2B + 3H(2) proceeds first.", "CaH2"),
    ("Heating follows 2LiBH4 + MgH2 = 2LiH + MgB2 + 4H2 at 400 °C.", "MgB2"),
])
def test_an_equals_sign_before_a_sum_gives_products(text, product):
    at = text.index(product, text.index("="))
    assert in_products(text, at)
    assert not in_products(text, 0)


@pytest.mark.parametrize("text", [
    "Mg2MHx (M = Fe, Co, Ni) hydrides were milled.",
    "The sample with x = 0.25 conducts best.",
    "σ(Li+) = 2.1 × 10−4 S cm−1 at 30 °C.",
])
def test_an_equals_sign_of_a_definition_gives_none(text):
    assert product_spans(text) == ()


def test_a_value_before_an_equals_reaction_is_the_reactant_s():
    rows = contract_measurements("The Ba(BH4)(2) released hydrogen at 320 °C as per "
                                 "Ba(BH4)(2)= BaH2 + 2B + 3H(2).")
    assert the_one(rows, 320.0)["material"] == "Ba(BH4)2"


# ---------------------------------------------------------------- bracketed fraction coefficients

@pytest.mark.parametrize("name, formula, value", [
    ("LiBH4 + (1/2)MgH2", "MgH2", 0.5),
    # (the dehydrogenated state read as the hydrogenated one since G19: the ½ is MgH2's)
    ("LiH + (1/2) MgB2", "MgH2", 0.5),
    ("(2/3)CaH2 + (1/3)CaB6", "CaB6", 1 / 3),
])
def test_a_bracketed_fraction_is_a_coefficient(name, formula, value):
    s = system_of(name)
    assert s is not None
    c = next(c for c in s.components if c.formula == formula)
    assert c.amount is not None and c.amount.unit == "ratio" and c.amount.value == pytest.approx(value)


def test_a_symbolic_bracket_stays_symbolic():
    s = system_of("(1-x)LiBH4–xLiI")
    assert s is not None and all(c.amount is None for c in s.components)


def test_a_zero_bracketed_fraction_is_refused():
    assert system_of("(1/0)MgH2 + LiBH4") is None


# ---------------------------------------------------------------- lithiated anodes

@pytest.mark.parametrize("text, value, host", [
    ("The 2LiH + Mg composite electrode delivers a reversible capacity of 950 mAh g−1.", 950.0, "Mg"),
    ("Cycled against lithium, the Mg–2LiH nanocomposite anode shows a first charge capacity of 870 mAh/g.",
     870.0, "Mg"),
    ("A reversible capacity of 380 mAh g−1 is reached by the LiH–Ti electrode.", 380.0, "Ti"),
])
def test_an_anode_written_lithiated_has_the_metal_as_host(text, value, host):
    row = the_one(contract_measurements(text), value)
    assert row["application"] == "anode"
    assert row["components"][0]["material"] == host
    assert [c["material"] for c in row["components"][1:]] == ["LiH"]


def test_a_hydrogen_store_of_lih_keeps_its_host():
    row = the_one(contract_measurements("Milled LiH with 5 mol% Mg releases hydrogen at 480 °C."), 480.0)
    assert row["components"][0]["material"] == "LiH"


@pytest.mark.parametrize("name", ["2LiH–MgB2", "LiH–Mg–C", "LiBH4–Mg", "LiH–Li"])
def test_only_lithium_hydride_with_one_metal_is_read_lithiated(name):
    s = system_of(name)
    assert s is not None
    assert lithiated_as_host(s) == s


