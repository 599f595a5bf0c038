"""An atomic ratio given by its symbols ('H/M = 1.1', 'H/Mg = 2.0') is a number of no unit: a unit written after
the next number of its list ('H/M = 1.1, 1.5 mass%') is that number's only. Every sentence here was written for
these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _values(doc: str) -> list[float]:
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    return sorted(r["value"] for r in rows if r["unit"] == "wt%")


@pytest.mark.parametrize(("doc", "values"), [
    ("The La4MgNi19 alloy reached H/M = 1.1, 1.5 mass%, at 333 K.", [1.5]),
    ("The LaNi5 sample held H/M = 0.95, 1.3 wt%, at 303 K.", [1.3]),
    ("The Mg2Ni hydride reached H/Mg = 2.0, 3.6 wt%, at 573 K.", [3.6]),
])
def test_an_atomic_ratio_takes_no_unit_of_its_list(doc, values):
    assert _values(doc) == values


def test_near_miss_a_list_of_capacities_shares_its_unit():
    assert _values("The Mg2Ni samples held 3.1, 3.4 wt% at 573 K.") == [3.1, 3.4]
