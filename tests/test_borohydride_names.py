"""Borohydride hosts named by their metal's symbol or by a metal the review does not treat ('Mg borohydride',
'yttrium borohydride', 'Mn borohydride'): the host of the values after them. Sentences written for this test."""
import pytest

from tests.prose_sentences import adds, facts


@pytest.mark.parametrize("host_words, formula", [
    ("Mg borohydride", "Mg(BH4)2"),
    ("Li borohydride", "LiBH4"),
    ("yttrium borohydride", "Y(BH4)3"),
    ("Mn borohydride", "Mn(BH4)2"),
    ("zirconium borohydride", "Zr(BH4)4"),
])
def test_a_borohydride_named_in_words_is_the_host(host_words, formula):
    got = facts(f"Here, {host_words} was ball milled with TiF3 and NbCl5 as additives.",
                "The sample starts to release hydrogen at 183 °C.")
    assert got[183.0].system.host.formula == formula
    assert adds(got[183.0].system) == {"TiF3", "NbCl5"}


def test_an_element_symbol_alone_names_no_borohydride():
    got = facts("Here, Mg powder was ball milled with TiF3 and NbCl5 as additives.",
                "The sample starts to release hydrogen at 183 °C.")
    assert got[183.0].system.host.formula in {"Mg", "MgH2"}
