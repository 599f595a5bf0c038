"""'… was found for x = 0.75.': a series member named by its symbol's value at the end of a sentence (the full
stop right after the number) is that member, as it is mid-sentence. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _systems(text: str) -> list[str]:
    return [r["system"] for r in records(text)]


@pytest.mark.parametrize("text, member", [
    ("(1−x)LiBH4–xLiNH2 mixtures (x = 0.25, 0.5, 0.67) were milled. Their best conductivity, 1.1 × 10^-4 S cm^-1, "
     "belongs to x = 0.67.", "0.33LiBH4–0.67LiNH2"),
    ("LiBH4–xLiBr powders (x = 0.1, 0.2, 0.4) were annealed. A conductivity of 0.08 mS cm^-1 was measured for "
     "x = 0.4.", "LiBH4–0.4LiBr"),
    ("Na2B12H12–xNaI (x = 1, 2, 3) was ball milled. We obtained 0.2 mS cm-1 at 80 °C for x = 2.", "Na2B12H12–2NaI"),
])
def test_a_member_named_at_the_sentence_end(text, member):
    assert _systems(text) == [member]


def test_a_range_at_the_sentence_end_names_no_member():
    # ('x = 0.1–0.4.' is the series, no member)
    assert _systems("We milled LiBH4–xLiBr; the conductivity was 0.08 mS cm^-1 over x = 0.1–0.4.") == ["LiBH4–xLiBr"]
