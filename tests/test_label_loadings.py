"""A sample label with a number glued to its additive ('Mg-8graphite') in a document that states the additive's
share ('eight weight percent of graphite', '6 wt% of V2O5') is that share, not a molar count. Sentences written
for these tests."""
from __future__ import annotations

import pytest
from extracted import sample_rows


def _additive(text: str, value: float) -> tuple:
    (row,) = [r for r in sample_rows(text) if r[1] == value]
    return row[2][1]


@pytest.mark.parametrize("text, value, expected", [
    ("Eight weight percent of graphite was milled into pre-activated Mg (sample Mg-8graphite). Mg-8graphite took up "
     "5.1 wt% H within 30 min at 593 K.", 5.1, ("graphite", 8.0, "wt%")),
    ("MgH2 was ball milled with 6 wt% of V2O5, denoted MgH2-6V2O5. At 280 °C MgH2-6V2O5 desorbed 5.9 wt% hydrogen "
     "in 15 min.", 5.9, ("V2O5", 6.0, "wt%")),
    ("Three mole percent of the TiF3 catalyst was added to NaAlH4 (NaAlH4-3TiF3). The NaAlH4-3TiF3 sample released "
     "4.4 wt% hydrogen at 160 °C.", 4.4, ("TiF3", 3.0, "mol%")),
])
def test_a_labels_number_is_the_share_the_document_states(text, value, expected):
    material, _, amount, unit = _additive(text, value)
    assert (material, amount, unit) == expected


def test_a_labels_number_no_share_names_stays_a_count():
    # (the 7 wt% is hydrogen, not the additive's share)
    text = ("MgH2 was milled with V2O5 (named MgH2-7V2O5). MgH2-7V2O5 desorbed 6.3 wt% hydrogen in 10 min at 300 °C "
            "and 7 wt% hydrogen at 320 °C.")
    _, _, amount, unit = _additive(text, 6.3)
    assert (amount, unit) == (7.0, "ratio")
