"""A capacity's share said to decline *to* a value ('… then decreases to 46 %', 'drops to 71 %') is the share kept,
its retention; a share lost ('a capacity decay of 12 %', 'loses 12 % of its capacity') stays a fade. Every
sentence here was written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _shares(doc: str) -> list[tuple[str, float]]:
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    return [(r["property"], r["value"]) for r in rows if r["unit"] == "%"]


@pytest.mark.parametrize("doc", [
    "The capacity retention of the Mg2Ni electrode decreases to 47.5% after 80 cycles.",
    "For the LaNi5 anode the S50 first rises to 88.1% and then drops to 47.5% as more Al is added.",
    "The capacity of the Mg2Ni electrode drops to 47.5% of its first value after 60 cycles.",
])
def test_a_share_declined_to_is_the_share_kept(doc):
    assert ("capacity_retention", 47.5) in _shares(doc) and ("capacity_fade", 47.5) not in _shares(doc), _shares(doc)


@pytest.mark.parametrize("doc", [
    "The Mg2Ni electrode shows a capacity decay of 12.5% after 80 cycles.",
    "The Mg2Ni electrode loses 12.5% of its capacity over 80 cycles.",
])
def test_near_miss_a_share_lost_stays_a_fade(doc):
    assert ("capacity_fade", 12.5) in _shares(doc), _shares(doc)
