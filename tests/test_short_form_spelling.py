"""One test of whether a short form spells some words (ingest.extraction.text.abbreviations.spells), shared by the
extractor's reader of abbreviations (spelled_by) and the scorer's reader of the names a document defines
(scoring.defined_names). The scorer's expectations are pinned here, so a change to the shared test that would
shift the figures fails in this file, not silently in the scores. Sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.evaluation.scoring import defined_names, material_key
from ingest.extraction.text.abbreviations import spelled_by, spells


@pytest.mark.parametrize("words, short", [
    ("hollow carbon spheres", "HCS"),
    ("N-doped CMK-3 carbon", "NCMK-3"),
    ("layered double hydroxide", "ldh"),
    ("boron-doped SBA-15", "BSBA-15"),
])
def test_words_that_spell_a_short_form(words, short):
    assert spells(words.split(), short)


@pytest.mark.parametrize("words, short", [
    ("carbon hollow spheres", "HCS"),     # (the first letter is the first word's initial)
    ("hollow spheres", "HCS"),            # (a letter no word holds)
    ("", "HCS"),
])
def test_words_that_do_not(words, short):
    assert not spells(words.split(), short)


def test_the_extractor_takes_the_shortest_run_of_no_more_words_than_letters():
    assert spelled_by("we grew the hollow carbon spheres".split(), "HCS") == ["hollow", "carbon", "spheres"]
    # (the scorer asks no such bound: a two-letter form may stand for three words)
    assert spelled_by("graphene nano platelets".split(), "GP") is None
    assert spells("graphene nano platelets".split(), "GP")


@pytest.mark.parametrize("text, name, short", [
    ("The powder was loaded into nitrogen-doped ordered carbon (NOC) by melting.", "nitrogen-doped ordered carbon", "NOC"),
    ("Milling with titanium niobium oxide (TNO) sped up the release.", "titanium niobium oxide", "TNO"),
    ("Our hosts were hollow carbon spheres (HCSs) of two sizes.", "hollow carbon spheres", "HCSs"),
])
def test_the_scorer_reads_a_defined_name_as_its_short_form(text, name, short):
    assert defined_names(text).get(material_key(name)) == short


def test_a_bracket_the_words_before_do_not_spell_defines_nothing():
    # (near miss: 'XRD' is no short form of the words before it)
    assert defined_names("The milled carbon powder (XRD) was then heated.") == {}
