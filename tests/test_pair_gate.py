"""Cheap looks before costly searches in the prose readers (speed only: each must find what the search alone finds).

``studied_samples.may_pair`` is asked before the case-blind with-and-without search; ``supported_abbreviations``
searches only the runs of the paper a match can lie in. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extraction.samples.studied_samples import BOTH_WAYS_LEAD, both_ways, may_pair
from ingest.extraction.text.abbreviations import _CARRIED_ON_SUPPORT, _PREFIX_SUPPORTED, supported_abbreviations

PAIRED = [
    "Samples of NaAlH4 with and without 4 mol% TiCl3 were heated at 2 K/min.",
    "We compared Mg2NiH4 doped and undoped with graphite after ten cycles.",
    "The alanate, CATALYSED OR UNCATALYSED BY Ti, was cycled twice.",
    "LiBH4 with\nand  without a silica scaffold desorbs differently.",   # (a line break and two spaces)
    "Both milled and unmilled with Fe, the hydride kept its capacity.",
]
UNPAIRED = [
    "MgH2 was milled with 5 wt% Nb2O5 and heated to 300 °C.",   # ('with' and 'and', never joined)
    "The doped sample and the undoped one were measured by DSC.",   # (no preposition after the pair)
    "Hydrogen was released and absorbed reversibly at 250 °C.",
]


@pytest.mark.parametrize("text", PAIRED)
def test_may_pair_lets_every_with_and_without_phrase_through(text):
    assert BOTH_WAYS_LEAD.search(text) is not None
    assert may_pair(text)


@pytest.mark.parametrize("text", UNPAIRED)
def test_a_sentence_the_lead_does_not_match_gives_the_same_reading(text):
    assert BOTH_WAYS_LEAD.search(text) is None
    assert both_ways(text) == text


def test_may_pair_turns_away_sentences_without_a_joined_pair():
    assert not may_pair("MgH2 was ball milled with Ni and then annealed.")
    assert not may_pair("The capacity fell from 6 to 5 wt% over 20 cycles.")


def test_both_ways_still_reads_the_pair_as_with():
    text = "NaAlH4 with and without TiCl3 was tested."
    read = both_ways(text)
    assert len(read) == len(text) and read.startswith("NaAlH4 with ") and "without" not in read


PAPER = ("Nickel particles anchored on reduced graphene oxide (NiRG); the catalyst was then milled. "
         "A graphene-supported Co (GCo) followed, and so did cobalt nanoparticles dispersed on carbon black (CoCB). "
         "Values (5 wt%) and figures (Fig. 2) define nothing; neither does iron on a support, (FS).")


def test_supported_abbreviations_found_in_a_paper_of_several_sentences():
    found = supported_abbreviations(PAPER)
    # (what the two patterns find searched through the whole text at once, as they were before the runs)
    whole = [m.group("abbr") for p in (_PREFIX_SUPPORTED, _CARRIED_ON_SUPPORT) for m in p.finditer(PAPER)]
    assert [abbr for abbr, _ in found] == [a for a in whole if a in dict(found)]
    assert {abbr for abbr, _ in found} >= {"GCo", "CoCB"}
