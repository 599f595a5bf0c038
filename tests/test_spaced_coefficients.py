"""A composite whose parts carry their molar coefficients set apart by a space ('0.68 LiBH4–0.32 Ca(BH4)2') is read as
the glued notation (from G21). Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.glued_fractions import spaced_coefficients
from ingest.extraction.text.nlp import clean_text


def _parts(system):
    return {c.formula: c.amount.value if c.amount else None for c in system.components}


def test_spaced_coefficients_are_glued():
    assert clean_text("the 0.68 LiBH4–0.32 Ca(BH4)2 eutectic").text == "the 0.68LiBH4–0.32Ca(BH4)2 eutectic"
    assert clean_text("a 0.6 NaBH4 – 0.4 KBH4 melt").text == "a 0.6NaBH4 – 0.4KBH4 melt"
    assert clean_text("2 LiBH4-1 MgH2 was milled").text == "2LiBH4-1MgH2 was milled"


def test_a_value_of_the_spaced_composite_lands_on_it():
    v = facts("The 0.68 LiBH4–0.32 Ca(BH4)2 eutectic melts at 200 °C.")
    assert v[200.0].system.host.formula == "LiBH4"
    assert _parts(v[200.0].system) == {"LiBH4": 0.68, "Ca(BH4)2": 0.32}
    v = facts("Upon heating, the 0.55 NaBH4–0.45 KBH4 powder releases hydrogen at 520 °C.")
    assert v[520.0].system.host.formula == "NaBH4" and "KBH4" in _parts(v[520.0].system)


def test_one_number_before_one_formula_is_no_coefficient():
    # near misses: a count or a value's end before a formula, and a pair without a second number
    assert spaced_coefficients("heated for 2 h. MgH2–TiO2 was then cycled") == []
    assert spaced_coefficients("the sample held at 300 LiBH4 sites") == []
    assert spaced_coefficients("the 0.5 LiBH4–MgH2 sample") == []


def test_a_spaced_coefficient_after_a_composite_sign_is_glued():
    # a number set apart right after the sign that joins two formulas is the next part's coefficient (notation grid)
    assert clean_text("Mg(NH2)2–2 LiH was milled").text == "Mg(NH2)2–2LiH was milled"
    assert clean_text("the MgH2 + 2 LiBH4 composite").text == "the MgH2 + 2LiBH4 composite"
    assert clean_text("a NaAlH4/3 LiH mixture").text == "a NaAlH4/3LiH mixture"
    v = facts("The Mg(NH2)2–2 LiH sample desorbs hydrogen at 190 °C.")
    assert v[190.0].system.host.formula == "Mg(NH2)2" and _parts(v[190.0].system)["LiH"] == 2.0


def test_a_number_after_a_sign_before_no_formula_stays_apart():
    # near misses: a duration, a loading with its unit, a variable's value, a figure's number
    assert spaced_coefficients("MgH2–TiO2 – 2 h later") == []
    assert spaced_coefficients("MgH2 + 2 wt% Ni") == []
    assert spaced_coefficients("x = 0.1 – 2 LiBH4") == []
    assert spaced_coefficients("MgH2 (Fig. 2) + 3 LiBH4") == []
