"""'The composition with 25 mol% LiI shows …': after a series of composites, a sample named by the noun
'composition' and its amount is that member of the series (ontology: SampleNoun PreparedNoun). Sentences
written for these tests."""
from __future__ import annotations

import pytest
from extracted import sample_rows


@pytest.mark.parametrize("text, amount, partner", [
    ("Mixtures of LiBH4 and LiI spanning 10–40 mol% LiI were ball milled. The composition with 30 mol% LiI "
     "conducts 2.2 × 10^-4 S cm^-1 at 35 °C.", 30.0, "LiI"),
    ("We milled LiBH4 with 5–20 mol% LiBr. Among them, the composition with 15 mol% LiBr reached "
     "9 × 10(-5) S cm(-1) at 40 °C.", 15.0, "LiBr"),
    ("LiBH4–LiCl solid solutions were quenched from the melt. The compositions with 35 mol% LiCl conduct "
     "4 × 10^-5 S cm^-1 at 60 °C.", 35.0, "LiCl"),
])
def test_the_composition_with_an_amount_is_that_member(text, amount, partner):
    (row,) = sample_rows(text)
    assert ("LiBH4", "HostHydride", None, None) in row[2] or row[2][0][0] == "LiBH4"
    assert any(c[0] == partner and c[2] == amount and c[3] == "mol%" for c in row[2])


def test_the_composition_of_a_sample_names_no_member():
    # ('the composition of the milled powder' is what it is made of, not a member named by its amount)
    rows = sample_rows("LiBH4–LiI composites with 10–40 mol% LiI were ball milled. The composition of the "
                       "milled powder did not change, and the composite conducts 1 × 10^-4 S cm^-1 at 25 °C.")
    assert all(c[2] is None for row in rows for c in row[2])
