"""A series formula whose counts a PDF copy or an indexing service set apart, one count a variable ('Mg 2 Ni 1- x Co x',
'(Mg 1- y Al y ) 2 Ni', 'La 1- x Pr x Ni 5'), is one formula again, so a member named by 'x = …' gets the value
(names3, form d: the value went to the last element alone, 'Co'). A variable beside a formula that is no count of
it ('MgH2 + x LiBH4', 'Fe x') stays as written. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.nlp import clean_text

# (written, as read): series whose counts were set apart, then near misses that stay as written — a coefficient
# before a whole formula, a variable after a lone element
_READINGS = (("the Mg 2 Ni 1- x Co x series", "the Mg2Ni1-xCox series"),
             ("each (Mg 1- y Al y ) 2 Ni sample", "each (Mg1-yAly)2Ni sample"),
             ("La 1- x Pr x Ni 5 ingots", "La1-xPrxNi5 ingots"),
             ("MgH 2 + x LiBH 4 mixtures", "MgH2 + x LiBH4 mixtures"),
             ("plotted for Fe x and y", "plotted for Fe x and y"))


def test_set_apart_series_counts_are_joined_and_nothing_else():
    assert [clean_text(written).text for written, _ in _READINGS] == [read for _, read in _READINGS]


def test_the_member_of_a_set_apart_series_holds_the_value():
    v = facts("The Mg 2 Ni 1- x Co x alloy with x = 0.3 took up 3.1 wt% hydrogen at 280 °C.")
    assert v[3.1].system.host.formula == "Mg2Ni0.7Co0.3"
