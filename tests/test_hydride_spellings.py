"""A hydride's name in words spelt with a hyphen or with its metal's symbol ('magnesium-hydride', 'Mg-hydride',
'Li-amide', 'Na-alanate'), and a class word written before the host's formula ('milled with the complex
hydride Mg(BH4)2'): the host of the values after them, with its additives. Sentences written for this test."""
import pytest

from ontology.compound_names import hydride_name_spellings
from tests.prose_sentences import adds, facts


@pytest.mark.parametrize("host_words, formula", [
    ("magnesium-hydride", "MgH2"),
    ("Mg-hydride", "MgH2"),
    ("magnesium-borohydride", "Mg(BH4)2"),
    ("Mg-borohydride", "Mg(BH4)2"),
    ("lithium-borohydride", "LiBH4"),
    ("Li-amide", "LiNH2"),
    ("Mg-amide", "Mg(NH2)2"),
    ("sodium-alanate", "NaAlH4"),
    ("Na-alanate", "NaAlH4"),
    ("lithium aluminum-hydride", "LiAlH4"),
])
def test_a_hydride_spelt_with_a_hyphen_or_its_symbol_is_the_host(host_words, formula):
    got = facts(f"In this work, TiF3 and NbCl5 were ball milled with {host_words} as additives.",
                "The doped sample starts to release hydrogen at 183 °C.")
    assert got[183.0].system.host.formula == formula
    assert adds(got[183.0].system) == {"TiF3", "NbCl5"}


@pytest.mark.parametrize("sentence", [
    "Small amounts of TiF3 and NbCl5 were ball milled with the complex hydride Mg(BH4)2.",
    "TiF3 and NbCl5 were co-milled with alkaline-earth borohydride Mg(BH4)2 as additives.",
    "TiF3 and NbCl5 were added to the light-metal borohydride Mg(BH4)2 by ball milling.",
])
def test_a_class_word_before_the_host_describes_it(sentence):
    got = facts(sentence, "The doped sample starts to release hydrogen at 183 °C.")
    assert got[183.0].system.host.formula == "Mg(BH4)2"
    assert adds(got[183.0].system) == {"TiF3", "NbCl5"}


def test_only_names_beginning_with_the_hydrides_own_metal_are_spelt_again():
    assert hydride_name_spellings("magnesium hydride", "MgH2") == ("magnesium-hydride", "Mg hydride", "Mg-hydride")
    assert hydride_name_spellings("carbon nanotubes", "C") == ()        # no hydrogen: no hydride's name
    assert hydride_name_spellings("ammonia borane", "NH3BH3") == ()     # no element's name first
    assert hydride_name_spellings("magnesium", "Mg") == ()              # one word


def test_a_class_word_after_a_comparison_puts_nothing_in():
    got = facts("TiF3 was compared with the complex hydride Mg(BH4)2 as a reference material.",
                "Mg(BH4)2 alone starts to release hydrogen at 283 °C.")
    assert got[283.0].system.host.formula == "Mg(BH4)2" and not adds(got[283.0].system)
