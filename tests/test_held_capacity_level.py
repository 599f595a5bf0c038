"""A hydrogen capacity said to stay at a level after cycling ('maintains above 5.8%', 'remains at 6.1%', 'is kept
at about 8.2%') is that capacity, a mass share in wt%; a share of the capacity kept ('keeps 93% of its capacity',
'maintains 95%', 'remains above 90%': more than any hydride holds) stays a capacity retention. Sentences written
for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


@pytest.mark.parametrize("sentence, value", [
    ("The MgH2–NbF5 composite is stable on cycling: after 30 cycles, the hydrogen capacity maintains above 5.8%.", 5.8),
    ("After 25 cycles the hydrogen storage capacity of the Ni-doped MgH2 still remains at 6.1%.", 6.1),
    ("The hydrogen storage capacity of the LiBH4–MgH2 sample is kept at about 8.2% over 10 cycles.", 8.2),
])
def test_a_capacity_kept_at_a_level_is_a_capacity(sentence, value):
    rows = _rows(sentence)
    hits = [r for r in rows if abs(r["value"] - value) < 1e-6]
    assert hits and all(r["unit"] == "wt%" and r["property"].endswith("hydrogen_capacity") for r in hits), rows
    assert not [r for r in rows if r["property"] == "capacity_retention"], rows


@pytest.mark.parametrize("sentence, value", [
    ("After 25 cycles the Ni-doped MgH2 still keeps 93% of its hydrogen capacity.", 93.0),
    ("After 50 cycles the hydrogen capacity of the MgH2–Ni sample remains above 90%.", 90.0),
    ("After 50 cycles the hydrogen capacity of the MgH2–Ni sample maintains 95%.", 95.0),
])
def test_a_share_kept_stays_a_retention(sentence, value):
    rows = _rows(sentence)
    assert [r for r in rows if r["property"] == "capacity_retention" and r["unit"] == "%"
            and abs(r["value"] - value) < 1e-6], rows
    assert not [r for r in rows if r["unit"] == "wt%"], rows
