"""The initials of a run of words are read only across single spaces, word by word
(``ingest.extraction.text.abbreviations.initialisms``, read in one pass over a paper)."""
from __future__ import annotations

import pytest

from ingest.extraction.text.abbreviations import initialisms


@pytest.mark.parametrize("text, abbr", [
    ("LiBH4 was held in an ordered mesoporous carbon, and the OMC kept its particles small.", "OMC"),
    ("MgH2 grew on a carbon aerogel, then MgH2@CA was cycled.", "CA"),                           # by words
    ("LiBH4 filled carbon aerogels; each CA was then heated.", "CA"),                              # a plural name
])
def test_a_run_of_words_spells_its_abbreviation(text, abbr):
    assert abbr in dict(initialisms(text))


@pytest.mark.parametrize("text", [
    "LiBH4 was held in mesoporous, carbon-rich pores; the MC was heated.",    # a comma breaks the run
    "LiBH4 was held in mesoporous  carbon; the MC was heated.",               # so do two spaces
])
def test_a_run_broken_between_its_words_spells_nothing(text):
    assert "MC" not in dict(initialisms(text))
