"""The size, shape and form words before a material's name ('nano-Ni', 'submicron-Mn', 'hollow Co')
come from the ontology's MaterialForm concept scheme (ontology/materials.ttl), read through the
vocabulary: a word the scheme gains is read as a form word without a change of code."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import SKOS

from ontology.namespaces import HKG
from ontology.system import parse_system
from ontology.vocabulary import UnknownTermError, Vocabulary, load_graph, vocabulary


def test_the_scheme_holds_the_form_words():
    words = vocabulary().scheme_words("MaterialForm")
    assert {"nano", "submicron", "amorph", "porous", "sheet", "particul"} <= set(words)
    assert "size" not in words          # a concept's preferred label names it; it is no spelling
    assert list(words) == sorted(words)


def test_an_unknown_scheme_is_a_clear_error():
    with pytest.raises(UnknownTermError, match="'Colours' is no concept scheme"):
        vocabulary().scheme_words("Colours")


@pytest.mark.parametrize("notation,additive,name", [
    ("MgH2–submicron-Mn", "Mn", "MgH2–submicron-Mn"),
    ("MgH2–amorphous Ni", "Ni", "MgH2–amorphous Ni"),
    ("MgH2–hollow-Co", "Co", "MgH2–hollow-Co"),
    ("MgH2–nanosheet-Ti3C2", "Ti3C2", "MgH2–nanosheet-Ti3C2"),
])
def test_a_form_word_keeps_the_material(notation, additive, name):
    s = parse_system(notation, strict=False)
    assert [a.formula for a in s.additives] == [additive] and s.name == name


def test_a_word_the_scheme_gains_is_a_form_word():
    text = "MgH2–cubic-Ni"     # 'cubic' ends in '-ic': an adjective ending the code reads already
    assert [a.formula for a in parse_system(text, strict=False).additives] == ["Ni"]
    text = "MgH2–dendrite-Ni"
    assert [a.formula for a in parse_system(text, strict=False).additives] != ["Ni"]
    graph = load_graph()
    extended = graph.__class__()
    for triple in graph:
        extended.add(triple)
    extended.add((HKG.ShapeForm, SKOS.hiddenLabel, Literal("dendrit")))
    vocab = Vocabulary(extended)
    assert [a.formula for a in parse_system(text, strict=False, vocab=vocab).additives] == ["Ni"]
