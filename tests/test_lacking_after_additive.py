"""'The sample containing TiF3 releases 8.5 wt%, whereas the sample without TiF3 releases 6.8 wt%': a sample named
by what it lacks between an additive the sentence said and a value is the value's sample — the passage's sample
without that additive — not the sample the additive was put into (ingest.extraction.prose.prose_subject._LACKING_SAMPLE;
issue 10, from a real abstract comparing pellets with and without carbon nanofibers). Sentences written for these
tests."""
from __future__ import annotations

import pytest
from extracted import parts_by_value


@pytest.mark.parametrize("text, value, parts", [
    ("2LiBH4–MgH2 was doped with 5 mol% TiF3. The sample containing TiF3 releases 8.5 wt% H2, whereas the "
     "sample without TiF3 releases only 6.8 wt% H2.", 6.8, "LiBH4–MgH2"),
    ("MgH2 was milled with 10 wt% Nb2O5. The powder with Nb2O5 starts to desorb hydrogen at 200 °C, while the "
     "powder without Nb2O5 starts at 320 °C.", 320.0, "MgH2"),
    ("NaAlH4 was doped with 4 mol% CeCl3. The sample containing CeCl3 released 4.9 wt% hydrogen at 150 °C, but "
     "the sample free of CeCl3 released only 3.1 wt% hydrogen at 150 °C.", 3.1, "NaAlH4"),
    # the sample keeps its other additive: only the one it lacks goes
    ("MgH2 was milled with 10 wt% Nb2O5 and graphite. The composite containing Nb2O5 and graphite absorbs 6.1 wt% "
     "H2 at 250 °C, whereas the composite without graphite absorbs 5.2 wt% H2 at 250 °C.", 5.2, "MgH2–Nb2O5"),
])
def test_the_sample_named_by_what_it_lacks_is_the_values(text, value, parts):
    assert parts_by_value(text)[value] == parts


@pytest.mark.parametrize("text, value, parts", [
    # the additive's own value, said before the phrase, keeps its sample
    ("2LiBH4–MgH2 was doped with 5 mol% TiF3. The sample containing TiF3 releases 8.5 wt% H2, whereas the "
     "sample without TiF3 releases only 6.8 wt% H2.", 8.5, "LiBH4–MgH2–TiF3"),
    # near miss: the lacking phrase comes after the value, as the thing compared with
    ("2LiBH4–MgH2 was doped with 5 mol% TiF3. The sample containing TiF3 releases 8.5 wt% H2, more than the "
     "sample without TiF3.", 8.5, "LiBH4–MgH2–TiF3"),
])
def test_a_value_before_the_phrase_keeps_the_additive(text, value, parts):
    assert parts_by_value(text)[value] == parts
