"""The words for a bare host come from the ontology's BaselineWord scheme and make one pattern that
ingest.extraction.samples.samples, ingest.extraction.attribution.referents and ingest.extraction.samples.studied_samples
share. Sentences written for the test."""
from __future__ import annotations

import re

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.sample_words import BASELINE_WORDS, UNMODIFIED_WORDS
from ontology.vocabulary import UnknownTermError, vocabulary


def test_every_word_of_the_scheme_is_read():
    words = [w for w in vocabulary().scheme_words("BaselineWord") if not w.endswith("*")]
    assert {"pristine", "undoped", "as-received", "parent", "as-milled"} <= set(words)
    for w in words:
        assert re.fullmatch(BASELINE_WORDS, w, re.I), w


@pytest.mark.parametrize("word", ["uncatalysed", "Uncatalyzed", "un-catalysed", "additive-free", "Pristine"])
def test_word_beginnings_and_the_free_form(word):
    assert re.fullmatch(BASELINE_WORDS, word, re.I) and re.fullmatch(UNMODIFIED_WORDS, word, re.I)


def test_as_made_words_are_no_unmodified_words():
    # "the milled composite" is the composite as made: the reader of sample nouns leaves these out
    for w in ("milled", "as-milled", "ball-milled", "commercial"):
        assert re.fullmatch(BASELINE_WORDS, w, re.I) and not re.fullmatch(UNMODIFIED_WORDS, w, re.I)


def test_no_baseline_word():
    for w in ("doped", "composite", "catalysed", "free", "pristinely"):
        assert not re.fullmatch(BASELINE_WORDS, w, re.I), w


def test_scheme_words_refuses_what_is_not_there():
    with pytest.raises(UnknownTermError):
        vocabulary().scheme_words("BaselineWord", concept="NoSuchConcept")
    with pytest.raises(UnknownTermError):
        vocabulary().scheme_words("NoSuchScheme")


# "parent" was a baseline word of one reader only: the bare host it names is now the baseline everywhere
@pytest.mark.parametrize("text, value, host", [
    ("Ti-doped NaAlH4 starts to release hydrogen at 120 °C, whereas the parent NaAlH4 needs 210 °C.", 210.0, "NaAlH4"),
    ("The parent LiAlH4 decomposes at 150 °C, but LiAlH4 with 5 mol% NbF5 decomposes at 90 °C.", 150.0, "LiAlH4"),
    ("Compared to the parent Mg(BH4)2, which starts to decompose at 265 °C, Mg(BH4)2 milled with TiF3 starts at "
     "180 °C.", 265.0, "Mg(BH4)2"),
])
def test_the_parent_host_is_the_baseline(text, value, host):
    row = the_one(contract_measurements(text), value)
    assert row["baseline"] is True and [c["material"] for c in row["components"]] == [host]


def test_the_milled_composite_is_no_baseline():
    row = the_one(contract_measurements("MgH2 was milled with 5 wt% Ni. The milled composite releases 6.5 wt% H2 "
                                        "at 300 °C."), 6.5)
    assert row["baseline"] is False and [c["material"] for c in row["components"]] == ["MgH2", "Ni"]


def test_sample_nouns_come_from_the_ontology():
    from ingest.extraction.text.sample_words import SAMPLE_NOUNS, SEVERAL_NOUNS
    nouns = vocabulary().scheme_words("SampleNoun")
    assert {"composite", "specimens", "pellet", "hybrid"} <= set(nouns)
    for w in nouns:
        assert re.fullmatch(SAMPLE_NOUNS, w, re.I), w
    several = vocabulary().scheme_words("SampleNoun", concept="SeveralPartsNoun")
    assert all(SEVERAL_NOUNS.fullmatch(w) for w in several)
    assert not SEVERAL_NOUNS.fullmatch("sample") and not re.fullmatch(SAMPLE_NOUNS, "hydride", re.I)


@pytest.mark.parametrize("text, value", [
    ("MgH2 was milled with 10 wt% TiO2. The hybrid releases 6.3 wt% H2 at 280 °C.", 6.3),
    ("MgH2 was milled with 10 wt% TiO2. Upon heating, the hybrids release 6.3 wt% H2 at 280 °C.", 6.3),
    ("MgH2 was milled with 10 wt% TiO2, and the resulting hybrid starts to desorb at 190 °C.", 190.0),
])
def test_a_hybrid_is_the_sample_of_several_parts(text, value):
    comps = the_one(contract_measurements(text), value)["components"]
    assert [c["material"] for c in comps] == ["MgH2", "TiO2"]
