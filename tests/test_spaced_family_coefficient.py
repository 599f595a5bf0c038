"""A composition family's bracketed coefficient typeset with spaces around its minus ('(1 − x)LiBH4–xLiCl',
'(100 - x) LiBH4–xLiNH2'), as publishers print a minus sign, is read as the tight notation: the member a later
'x = …' names gets the value (wild wli: the sentence's value was dropped, no sample holding it). Every sentence is
written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.glued_fractions import spaced_coefficients
from ingest.extraction.text.nlp import clean_text


def _parts(system):
    return {c.formula: c.amount.value if c.amount else None for c in system.components}


def test_spaces_inside_a_family_bracket_are_dropped():
    assert clean_text("the (1 − x)LiBH4–xLiBr series").text == "the (1-x)LiBH4–xLiBr series"
    assert clean_text("a (100 - x)LiBH4–xLiNH2 batch").text == "a (100-x)LiBH4–xLiNH2 batch"
    assert clean_text("(1 − y) LiCB11H12–yLiCB9H10 pellets").text == "(1-y)LiCB11H12–yLiCB9H10 pellets"


def test_the_member_of_a_spaced_family_holds_its_value():
    v = facts("For the (1 − x)LiBH4–xLiBr pellets, x = 0.4 conducts 3 × 10−4 S cm−1 at 35 °C.")
    assert _parts(v[0.3].system) == {"LiBH4": 0.6, "LiBr": 0.4}
    v = facts("The (1 − x)LiBH4·xLiCl sample with x = 0.2 gave an ionic conductivity of 5 × 10−5 S cm−1 at 50 °C.")
    assert _parts(v[0.05].system) == {"LiBH4": 0.8, "LiCl": 0.2}
    v = facts("Among the (100 - x) LiBH4–xLiNH2 pellets, the x = 25 one showed an activation energy of 0.52 eV.")
    assert v[0.52].system.host.formula == "LiBH4" and _parts(v[0.52].system)["LiNH2"] == 25.0


def test_other_bracketed_differences_keep_their_spaces():
    # near misses: a reaction's stoichiometry (2 − x), a bracket before no formula, a difference of two numbers
    assert spaced_coefficients("TiH2 + (2 − x)Li+ gives (2 − x)LiH") == []
    assert spaced_coefficients("scaled by (1 − x) of the total") == []
    assert spaced_coefficients("a (1 − 2)LiH pair") == []
