"""A purity written in brackets after a bought material, with its maker or a word of purity ("MgH2 (99.9%,
Alfa Aesar)", "LiBH4 (Acros, ≥95%)", "Mg (99.8% pure)", "NaAlH4 (purity 93%)"), is no value of the sample:
no capacity, no retention (ingest.extraction.text.quantity_text._purity). A capacity or a share in brackets stays a
value. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _values(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], r["value"], r["unit"]) for r in contract_rows(extract_text(text))
            if r.get("kind") == "measurement"]


@pytest.mark.parametrize("text, kept", [
    ("As-received MgH2 (99.9%, Alfa Aesar) showed a capacity of 7.2 wt%.\n", 7.2),
    ("MgH2 (99.9 wt%, Alfa Aesar) has a hydrogen capacity of 7.6 wt%.\n", 7.6),
    ("LiBH4 (95%, Sigma-Aldrich) has a theoretical hydrogen capacity of 18.5 wt%.\n", 18.5),
    ("The capacity of MgH2 (Acros, ≥98%) reached 7.0 wt% after milling.\n", 7.0),
    ("Mg powder (99.8% pure) was hydrided to MgH2, whose capacity is 7.1 wt%.\n", 7.1),
    ("After 10 cycles, MgH2 (purity 99.9%) keeps a capacity of 6.8 wt%.\n", 6.8),
])
def test_purity_in_brackets_is_no_value(text, kept):
    found = _values(text)
    assert [v for _, v, _ in found] == [kept]


@pytest.mark.parametrize("text, value", [
    ("The MgH2–Ni composite keeps its capacity (95%) after 100 cycles.\n", 95.0),       # a retention in brackets
    ("The MgH2–Ni composite retains 92% (6.1 wt%) of its capacity after 50 cycles.\n", 6.1),  # a capacity
    ("After 100 cycles the MgH2–Ni composite (95%, Ni) retains its capacity.\n", 95.0),   # Ni: a formula, no maker
])
def test_values_in_brackets_stay(text, value):
    assert value in [v for _, v, _ in _values(text)]
