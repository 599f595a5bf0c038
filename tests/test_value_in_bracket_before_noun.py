"""A value set in brackets right before a noun describes that noun ('sub-micron (typically 200–400 nm in size)
crystallites'): a noun naming another property of the value's unit names the value, over the generic 'size'
inside the bracket. A bracket before a word that names no property keeps the bracket's reading. Sentences
written for these tests."""
from __future__ import annotations

import pytest
from extracted import property_values


@pytest.mark.parametrize("text", [
    "Milling for 8 h produced (roughly 60–90 nm in size) crystallites of NaMgH3.",
    "The KMgH3 product consisted of fine (about 35 nm) crystallites after 10 h of milling.",
    "XRD shows that Mg2FeH6 forms small (18 nm on average) crystallites.",
])
def test_a_bracketed_size_before_crystallites_is_a_crystallite_size(text):
    assert [k for k, _ in property_values(text)] == ["crystallite_size"]


def test_a_bracketed_size_before_another_word_stays_a_particle_size():
    keys = [k for k, _ in property_values("NaMgH3 formed rounded (about 300 nm in size) aggregates after milling.")]
    assert keys == ["particle_size"]
