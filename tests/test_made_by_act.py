"""A sample made by an act done to named materials, up to or at a setting ("synthesized by dehydrogenating a
mixture of A and B up to 280 °C", "obtained by heating A and B to 400 °C"): that temperature is the
preparation step's, no property of the product. An act whose clause goes on to what the sample does
("prepared by ball milling desorbs hydrogen at 300 °C") keeps its value. Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


def _temperatures(rows: list[dict], value: float) -> list[dict]:
    return [r for r in rows if r["unit"] == "degC" and abs(r["value"] - value) < 1e-6]


@pytest.mark.parametrize("sentence, value", [
    ("Li2Mg(NH)2 was prepared by dehydrogenating a Mg(NH2)2–2LiH mixture up to 280 °C under argon.", 280.0),
    ("The ternary imide was synthesised by slowly decomposing a mixture of Mg(NH2)2 and LiH to 300 °C.", 300.0),
    ("Single-phase Li4BN3H10 was obtained by heating LiBH4 and LiNH2 at 190 °C in a sealed tube.", 190.0),
    ("The amide was produced by dehydrogenating the LiNH2–MgH2 composite up to 250 °C in flowing argon.", 250.0),
])
def test_the_bound_of_the_act_a_sample_was_made_by_is_no_property(sentence, value):
    rows = _rows(sentence)
    assert not _temperatures(rows, value), rows


@pytest.mark.parametrize("sentence, value", [
    ("The LiBH4–MgH2 composite prepared by ball milling desorbs hydrogen at 300 °C.", 300.0),
    ("The Mg(NH2)2–2LiH sample made by milling releases hydrogen from 140 °C with a peak at 190 °C.", 190.0),
])
def test_a_value_of_what_the_made_sample_does_is_kept(sentence, value):
    rows = _rows(sentence)
    assert _temperatures(rows, value), rows
