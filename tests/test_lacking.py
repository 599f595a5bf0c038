"""What a sample is said to lack (ingest.extraction.text.lacking, referents.free_of): one set of words ("without", "in
the absence of", "free of/from", "X-free") read the same by every reader. Every sentence is written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import adds, facts

from ingest.extraction.attribution.referents import free_of
from ingest.extraction.text.lacking import LACKING_AFTER, LACKING_FRONTED, LACKING_NAMED, SET_APART_AFTER


@pytest.mark.parametrize("word, lacked", [("graphene-free", "graphene"), ("Nb2O5-free", "Nb2O5"),
                                          ("Ni-free", "Ni"), ("carbon-free", "C")])
def test_a_free_word_names_the_material_lacked(word, lacked):
    assert free_of(word).name == lacked


@pytest.mark.parametrize("word", ["additive-free", "catalyst-free", "graphene", "free"])
def test_a_class_or_a_word_without_free_names_none(word):
    assert free_of(word) is None


@pytest.mark.parametrize("words", [" without TiO2", " in the absence of any catalyst", " free of carbon",
                                   " free from Ni", " alone", " (sample without Nb2O5"])
def test_each_spelling_of_lacking_sets_a_host_apart(words):
    assert LACKING_AFTER.match(words)
    assert SET_APART_AFTER.match(words.replace(" (sample", ""))


def test_what_a_host_kept_is_not_what_it_lacks():
    assert not LACKING_AFTER.match(" without any loss of capacity")
    assert not LACKING_AFTER.match(" without significant degradation")


@pytest.mark.parametrize("lead", ["Without TiF3, the ", "In the absence of any catalyst, ", "Free of carbon, pure "])
def test_a_fronted_lack_names_the_host_after_it(lead):
    assert LACKING_FRONTED.search(lead)


@pytest.mark.parametrize("words", [" without graphite", " in the absence of the graphite", " free of graphite"])
def test_a_sample_named_by_what_it_lacks_keeps_its_other_additives(words):
    assert LACKING_NAMED.match(words)
    v = facts("MgH2 was milled with 5 wt% Ni and 10 wt% graphite.",
              f"The composite desorbs 6.1 wt% H2 at 300 °C, whereas the composite{words} desorbs only 4.2 wt% H2.")
    assert adds(v[6.1].system) == {"Ni", "graphite"}
    assert adds(v[4.2].system) == {"Ni"}


def test_a_sample_with_the_additive_is_not_read_as_lacking_it():
    assert not LACKING_NAMED.match(" with graphite")
    v = facts("MgH2 was milled with 5 wt% Ni and 10 wt% graphite.",
              "The composite desorbs 6.1 wt% H2 at 300 °C, and the composite with graphite keeps 5.8 wt% H2.")
    assert adds(v[5.8].system) == {"Ni", "graphite"}
