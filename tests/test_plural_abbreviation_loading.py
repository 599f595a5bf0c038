"""'These rGOs (8 wt%) were milled with MgH2': a bracketed share after the plural of an additive's abbreviation (the
ontology spells the plural) is its loading, not a hydrogen capacity. Every sentence is written for these tests."""
from __future__ import annotations

from extracted import sample_rows


def _values(text: str) -> set[float]:
    return {row[1] for row in sample_rows(text)}


def test_a_share_after_a_plural_abbreviation_is_no_value():
    for text, share, kept in (
            ("These rGOs (8 wt%) were milled with MgH2. The composite releases 6.2 wt% hydrogen at 300 °C.", 8.0, 6.2),
            ("The rGOs (5 wt%) were ball milled together with LiBH4, and the product gives off 9.8 wt% hydrogen "
             "at 380 °C.", 5.0, 9.8),
            ("Both RGOs (12 wt%) were mixed into MgH2 by milling; the mixture takes up 5.9 wt% hydrogen at 250 °C.",
             12.0, 5.9)):
        values = _values(text)
        assert share not in values and kept in values, text


def test_the_loading_goes_to_the_composite():
    rows = sample_rows("These rGOs (8 wt%) were milled with MgH2. The composite releases 6.2 wt% hydrogen at 300 °C.")
    assert {(c[0], c[2]) for row in rows for c in row[2]} == {("MgH2", None), ("reduced graphene oxide", 8.0)}


def test_a_share_after_a_hydride_stays_its_value():
    # near miss: the bracket after the hydride is its hydrogen, not a loading
    text = "The MgH2 (7.4 wt%) was milled with rGOs, and the mixture takes up 5.9 wt% hydrogen at 250 °C."
    assert 7.4 in _values(text)
