"""'An equimolar mixture of A and B', 'an equimolar A–B composite', 'A and B in equimolar amounts', and 'the
equimolar mixture' after a series of A–B mixtures: equal moles of the parts, the 1:1 a molar ratio would write
(ingest.extraction.samples.ratios, ingest.extraction.samples.samples). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import component_amounts


@pytest.mark.parametrize("text, parts", [
    # the word before the parts named in words
    ("Hand grinding an equimolar mixture of Mg(BH4)2 and LiBH4 gave a eutectic melt whose conductivity "
     "was 3 × 10^-5 S cm^-1 at 80 °C.", ("Mg(BH4)2", "LiBH4")),
    # the word before the notation
    ("An equimolar NaBH4–NaNH2 composite was tested as an electrolyte and showed 2 × 10(-6) S cm(-1) "
     "at 90 °C.", ("NaBH4", "NaNH2")),
    # the word after the names
    ("LiBH4 and LiBr were co-milled in equimolar amounts; the resulting powder gives 7 × 10^-5 S cm^-1 "
     "at 45 °C.", ("LiBH4", "LiBr")),
    # the passage's series taken up by 'the equimolar …'
    ("Several K2B10H10–K2B12H12 blends were prepared from solution. Of these, the equimolar blend shows a "
     "conductivity of 5 × 10^-4 S cm^-1 at 110 °C.", ("K2B10H10", "K2B12H12")),
])
def test_equimolar_parts_are_one_to_one(text, parts):
    got = component_amounts(text)
    assert all((p, 1.0, "ratio") in got for p in parts), got


def test_a_one_to_one_molar_ratio_keeps_its_counts():
    # ('in a 1:1 molar ratio' after the names: counts of one are written as the ratio, not dropped)
    got = component_amounts("NaBH4 and NaI were ball milled in a 1:1 molar ratio, and the mixture conducts "
                            "6 × 10^-6 S cm^-1 at 70 °C.")
    assert ("NaBH4", 1.0, "ratio") in got and ("NaI", 1.0, "ratio") in got, got


@pytest.mark.parametrize("text", [
    # 'non-equimolar' says the moles differ
    "A non-equimolar NaBH4–NaNH2 composite was tested as an electrolyte and showed 2 × 10(-6) S cm(-1) at 90 °C.",
    # 'equimolar' of something else than the sample (a solution's reagents), the sample named apart
    "The LiBH4–LiI electrolyte, made from equimolar solutions of its precursors, conducts 2 × 10^-4 S cm^-1 at 40 °C.",
])
def test_no_equal_moles_when_not_said_of_the_sample(text):
    assert all(amount is None for _, amount, _ in component_amounts(text)), component_amounts(text)
