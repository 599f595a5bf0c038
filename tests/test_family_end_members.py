"""Members of a solid-solution family (from G21): an element's subscript that comes out zero leaves the element out
(the end member 'Mg2Ni1-xCux' at x = 0 is Mg2Ni, a subscript 1 is not written), and a series listed again in brackets
after its notation with the same values is one list. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ontology.families import family_member


def test_a_zero_subscript_drops_its_element():
    assert family_member("Mg2Ni1-xCux", {"x": 0}) == "Mg2Ni"
    assert family_member("Mg2Ni1-xCux", {"x": 1}) == "Mg2Cu"
    assert family_member("La1-xCexNi5", {"x": 0}) == "LaNi5"
    assert family_member("Mg0.8Al0.2Ni1-xCox", {"x": 0.3}) == "Mg0.8Al0.2Ni0.7Co0.3"


def test_a_composite_part_with_no_share_stays_no_member():
    # near miss: a coefficient before a part, not a subscript: no composite at its end
    assert family_member("(1-x)NaAlH4–xLiBH4", {"x": 0}) is None
    assert family_member("xKBH4–(1−x)NaBH4", {"x": 1}) is None


def test_a_series_restated_in_brackets_gives_each_member_its_value():
    v = facts("The plateau enthalpies of the Mg2Ni1-xCux (x = 0, 0.1, 0.2) alloys were 64.3, 61.8 and 59.9 kJ/mol "
              "for x = 0, 0.1 and 0.2, respectively.")
    assert v[64.3].system.host.formula == "Mg2Ni"
    assert v[61.8].system.host.formula == "Mg2Ni0.9Cu0.1"
    v = facts("Desorption peaks of La1-xCexNi5 (x = 0.1, 0.3) hydrides appear at 35 and 48 °C for x = 0.1 and 0.3, "
              "respectively.")
    assert v[48.0].system.host.formula == "La0.7Ce0.3Ni5"


def test_two_different_lists_of_the_symbol_name_no_member():
    # near miss: the sentence lists x twice with other values: which list the values follow is not said
    v = facts("The plateau enthalpies of the Mg2Ni1-xCux (x = 0.1, 0.3, 0.5) alloys were 64.3, 61.8 and 59.9 kJ/mol "
              "for x = 0, 0.1 and 0.2, respectively.")
    assert v[64.3].system.host.formula != "Mg2Ni"
