"""A series formula whose counts a PDF copy or an indexing service set apart, one count a variable ('Mg 2 Ni 1- x Co x',
'(Mg 1- y Al y ) 2 Ni', 'La 1- x Pr x Ni 5'), is one formula again, so a member named by 'x = …' gets the value
(names3, form d: the value went to the last element alone, 'Co'). A variable beside a formula that is no count of
it ('MgH2 + x LiBH4', 'Fe x') stays as written. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.nlp import clean_text


def test_set_apart_series_counts_are_joined():
    assert clean_text("the Mg 2 Ni 1- x Co x series").text == "the Mg2Ni1-xCox series"
    assert clean_text("each (Mg 1- y Al y ) 2 Ni sample").text == "each (Mg1-yAly)2Ni sample"
    assert clean_text("La 1- x Pr x Ni 5 ingots").text == "La1-xPrxNi5 ingots"


def test_the_member_of_a_set_apart_series_holds_the_value():
    v = facts("The Mg 2 Ni 1- x Co x alloy with x = 0.3 took up 3.1 wt% hydrogen at 280 °C.")
    assert v[3.1].system.host.formula == "Mg2Ni0.7Co0.3"


def test_a_variable_that_counts_no_formula_stays():
    # near misses: a coefficient before a whole formula, a variable after a lone element
    assert clean_text("MgH 2 + x LiBH 4 mixtures").text == "MgH2 + x LiBH4 mixtures"
    assert clean_text("plotted for Fe x and y").text == "plotted for Fe x and y"
