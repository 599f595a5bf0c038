"""A capacity named by its general name as the outcome of an uptake the sentence frames it by ('after
rehydrogenation at …', 'the hydrogenation of the powder gives …') is the amount taken up
(absorbed_hydrogen_capacity); a sentence framed by another process ('after milling'), or a release said after the
uptake, leaves it the general capacity. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _capacity(text: str) -> str:
    return next(r["property"] for r in records(text) if r["unit"] == "wt%")


@pytest.mark.parametrize("text", [
    "After rehydrogenation at 260 °C, the MgH2–Fe2O3 composite showed a hydrogen capacity of 5.6 wt%.",
    "Hydrogenation of the milled Mg–Cr2O3 powder at 300 °C gives a hydrogen storage capacity of 6.1 wt%.",
    "Moreover, the rehydrogenation of the decomposed NaAlH4–CeCl3 sample under 9 MPa results in a well crystallised "
    "alanate and a hydrogen capacity of 4.2 wt%.",
    "Upon hydrogenation at 220 °C, a hydrogen capacity of 5.3 wt% was reached by the Mg–V2O5 mixture.",
])
def test_capacity_after_an_uptake_is_the_absorbed_amount(text):
    assert _capacity(text) == "absorbed_hydrogen_capacity"


@pytest.mark.parametrize("text", [
    "After milling for 12 h, the MgH2–Fe2O3 composite showed a hydrogen capacity of 5.6 wt%.",
    "After hydrogenation at 260 °C, the MgH2–Fe2O3 composite was heated to 340 °C and released a hydrogen "
    "capacity of 5.6 wt%.",
])
def test_capacity_not_framed_by_an_uptake_stays_general(text):
    assert _capacity(text) == "hydrogen_capacity"
