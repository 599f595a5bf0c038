"""A molar energy counted per a group of non-metals ('40 kJ/mol BH4', '55 kJ mol−1 AlH4' is not: Al is a metal) names the
formula unit of the unit, no material of the sample (names3, form f: the BH4 was read as the sample or its reactant).
A compound with its metal after the unit ('74 kJ per mol of LiBH4') stays a material. Every sentence is written for
these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.nlp import mentions


def _formulas(m):
    return {c.formula for c in m.system.components}


def test_the_anion_a_molar_energy_is_counted_per_is_no_material():
    assert _formulas(facts("The desorption enthalpy of Ca(BH4)2 came to 42 kJ/mol BH4 in our runs.")[42.0]) == {"Ca(BH4)2"}
    assert _formulas(facts("For Y(BH4)3 the computed reaction enthalpy is 35 kJ mol−1 BH4.")[35.0]) == {"Y(BH4)3"}
    assert not any(m.text == "NH2" for m in mentions("Its decomposition enthalpy, 66 kJ per mole of NH2, is high."))


def test_a_compound_after_a_molar_energy_stays_a_material():
    # near miss: a compound with a metal after the unit is the sample it is counted per
    assert any(m.text == "NaBH4" for m in mentions("It decomposes with an enthalpy of 108 kJ per mol of NaBH4."))
    assert any(m.text == "BH4" for m in mentions("The BH4 groups reorient quickly at 300 K."))
