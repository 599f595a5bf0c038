"""A sample's notation in a bracket right after the words that name its parts, with a part written by its initials
('MgH2 nanoparticles anchored on graphene (MgH2/G)'): the letters are the one material those words name whose
initials they are; letters two named materials could spell, or that the ontology knows as a material or formula
of its own, name nothing new. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ingest.extraction.text.abbreviations import notation_letters


@pytest.mark.parametrize("text, letters, material", [
    ("MgH2 nanoparticles anchored on graphene (MgH2/G) were tested as anodes.", "G", "graphene"),
    ("MgH2 grown on expanded graphite (MgH2/EG) releases hydrogen early.", "EG", "expanded graphite"),
    ("MgH2 spread on graphene nanosheets (MgH2/GNS) was cycled.", "GNS", "graphene"),
    ("Mg(BH4)2 was infused into a carbon aerogel (Mg(BH4)2@CA) by melting.", "CA", "carbon aerogel"),
])
def test_letters_in_a_sample_bracket_are_the_named_part(text, letters, material):
    assert (letters, material) in notation_letters(text)


@pytest.mark.parametrize("text", [
    # two materials the letter could spell
    "MgH2 milled with graphene and graphite (MgH2/G) was tested.",
    # an element symbol is its own formula, not letters
    "Ni particles on vanadium nitride (Ni/V) were milled with MgH2.",
    # no bracket right after the naming words
    "MgH2/G was milled. It sits on graphene.",
])
def test_letters_that_spell_no_one_named_part_name_nothing(text):
    assert not [a for a, _ in notation_letters(text) if a in ("G", "V")]


@pytest.mark.parametrize("text, parts", [
    ("MgH2 nanoparticles anchored on graphene (MgH2/G) were tested as conversion anodes for lithium-ion batteries. "
     "The MgH2/G electrode delivers a reversible capacity of 946 mA h g-1 at 100 mA g-1 after 100 cycles.",
     ["MgH2", "graphene"]),
    ("MgH2 spread on graphene nanosheets (MgH2/GNS) was tested as an anode. The MgH2/GNS electrode delivers "
     "802 mA h g-1 after 50 cycles.", ["MgH2", "graphene"]),
])
def test_the_sample_is_named_with_the_part_the_letters_spell(text, parts):
    rows = contract_measurements(text)
    assert [c["material"] for c in rows[0]["components"]] == parts, rows
