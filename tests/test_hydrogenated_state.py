"""'The hydrogenated sample releases 6.0 wt% H2': the participle says the state the sample is in, the verb says what
the value is — a released capacity, not an absorbed one. 're-hydrogenated' is 'rehydrogenated' (hydrogenated
again: an absorption), not 'hydrogenated'; 're-absorption' is still an absorption. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.values.property_cues import stems


def _property(text: str) -> str:
    """The property of the one 6.0 wt% record of ``text`` after a sentence that makes the sample."""
    return the_one(contract_measurements("MgH2 was milled with Ni. " + text), 6.0)["property"]


@pytest.mark.parametrize("text", [
    "The hydrogenated MgH2–Ni sample releases 6.0 wt% H2 at 300 °C.",
    "The hydrogenated sample desorbs 6.0 wt% H2 at 300 °C.",
    "The fully hydrogenated composite can release 6.0 wt% H2 at 300 °C.",
    "After hydrogenation, the MgH2–Ni sample releases 6.0 wt% H2 at 300 °C.",
])
def test_a_hydrogenated_sample_that_releases_gives_a_released_capacity(text):
    assert _property(text) == "hydrogen_capacity"


@pytest.mark.parametrize("text", [
    "The MgH2–Ni sample was re-hydrogenated with 6.0 wt% H2 at 300 °C.",
    "The MgH2–Ni sample re-absorbs 6.0 wt% H2 at 300 °C.",
    "Re-absorption by the dehydrided MgH2–Ni sample is fast: it recovered 6.0 wt% in 90 s at 250 °C.",
])
def test_an_absorption_said_again_is_still_an_absorption(text):
    assert _property(text) == "absorbed_hydrogen_capacity"


def test_the_prefix_re_with_a_hyphen_is_the_word_written_without_it():
    assert stems("re-hydrogenated") == stems("rehydrogenated") != stems("hydrogenated")
    assert stems("re-absorption") == stems("reabsorption") == stems("absorption")


# a mass fraction no property word names, after a word of taking hydrogen up (the HydrogenProcessVerb scheme's
# HydridingWord), is the amount taken up; after a word of giving it off, released
@pytest.mark.parametrize("text", [
    "During hydrogenation at 200 °C, 6.0 wt% H2 was reached within 60 s.",
    "It can be hydrogenated to 6.0 wt% H2 in 60 s at 200 °C.",
    "The composite was rapidly hydrided, reaching 6.0 wt% in 60 s at 200 °C.",
    "The hydriding kinetics were improved: 6.0 wt% H2 in 60 s at 200 °C.",
])
def test_a_mass_fraction_after_a_word_of_uptake_is_taken_up(text):
    assert _property(text) == "absorbed_hydrogen_capacity"


@pytest.mark.parametrize("text", [
    "After dehydrogenation at 300 °C, 6.0 wt% H2 was obtained.",
    "The reactive hydride composite offers 6.0 wt% hydrogen.",          # 'hydride': a class, no process
])
def test_a_mass_fraction_after_a_release_or_a_class_noun_stays_released(text):
    assert _property(text) == "hydrogen_capacity"


@pytest.mark.parametrize("text", [
    "The composite takes 6.0 wt% H2 within 10 min upon rehydrogenation at 200 °C.",
    "6.0 wt% H2 can be stored within 10 min during hydrogenation at 200 °C.",
    "The composite provides 6.0 wt% H2 within 10 min in the hydriding process.",
])
def test_a_word_of_uptake_later_in_the_values_clause_reads_it_as_taken_up(text):
    assert _property(text) == "absorbed_hydrogen_capacity"


def test_a_word_of_uptake_in_the_next_clause_does_not():
    text = "The composite provides 6.0 wt% H2 at 300 °C, and it is hydrogenated again at 200 °C."
    assert _property(text) == "hydrogen_capacity"
