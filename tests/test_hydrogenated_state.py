"""'The hydrogenated sample releases 6.0 wt% H2': the participle says the state the sample is in, the verb says what
the value is — a released capacity, not an absorbed one. 're-hydrogenated' is 'rehydrogenated' (hydrogenated
again: an absorption), not 'hydrogenated'; 're-absorption' is still an absorption. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.property_cues import stems


@pytest.mark.parametrize("text", [
    "The hydrogenated MgH2–Ni sample releases 6.0 wt% H2 at 300 °C.",
    "The hydrogenated sample desorbs 6.0 wt% H2 at 300 °C.",
    "The fully hydrogenated composite can release 6.0 wt% H2 at 300 °C.",
    "After hydrogenation, the MgH2–Ni sample releases 6.0 wt% H2 at 300 °C.",
])
def test_a_hydrogenated_sample_that_releases_gives_a_released_capacity(text):
    row = the_one(contract_measurements("MgH2 was milled with Ni. " + text), 6.0)
    assert row["property"] == "hydrogen_capacity"


@pytest.mark.parametrize("text", [
    "The MgH2–Ni sample was re-hydrogenated with 6.0 wt% H2 at 300 °C.",
    "The MgH2–Ni sample re-absorbs 6.0 wt% H2 at 300 °C.",
    "Re-absorption by the dehydrided MgH2–Ni sample is fast: it recovered 6.0 wt% in 90 s at 250 °C.",
])
def test_an_absorption_said_again_is_still_an_absorption(text):
    row = the_one(contract_measurements("MgH2 was milled with Ni. " + text), 6.0)
    assert row["property"] == "absorbed_hydrogen_capacity"


def test_the_prefix_re_with_a_hyphen_is_the_word_written_without_it():
    assert stems("re-hydrogenated") == stems("rehydrogenated") != stems("hydrogenated")
    assert stems("re-absorption") == stems("reabsorption") == stems("absorption")
