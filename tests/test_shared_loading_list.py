"""One loading written once before a list of additives whose values a 'respectively' list splits ('those
containing 15 v/v% TiO2 and CaO … 0.12 and 0.09 mS/cm, respectively') is each listed sample's: the samples were
compared at one loading. A loading of its own on a later member keeps each its own. Sentences written for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _parts(doc_text: str) -> dict[float, list[tuple]]:
    doc = f"# A test paper\n\n## 1. Results\n\n{doc_text}\n"
    return {r["value"]: [(c["material"], c["amount"], c["amount_unit"]) for c in r["components"][1:]]
            for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"}


@pytest.mark.parametrize("text, expected", [
    ("Several oxides were ball milled with LiBH4. Among these composites, those containing 15 v/v% TiO2 and CaO had "
     "conductivities of 0.12 and 0.09 mS cm−1 at 35 °C, respectively.",
     {0.12: [("TiO2", 15.0, "vol%")], 0.09: [("CaO", 15.0, "vol%")]}),
    ("NaAlH4 was doped with several transition-metal chlorides. The samples doped with 4 mol% TiCl3, ZrCl4 and CeCl3 "
     "start releasing hydrogen at 95, 120 and 110 °C, respectively.",
     {95.0: [("TiCl3", 4.0, "mol%")], 120.0: [("ZrCl4", 4.0, "mol%")], 110.0: [("CeCl3", 4.0, "mol%")]}),
    ("MgH2 was milled with a number of fluorides. Those containing 5 wt% NbF5 or TiF3 absorb 5.9 and 5.6 wt% "
     "hydrogen at 250 °C, respectively.",
     {5.9: [("NbF5", 5.0, "wt%")], 5.6: [("TiF3", 5.0, "wt%")]}),
])
def test_one_loading_before_the_list_is_each_ones(text, expected):
    assert _parts(text) == expected


def test_near_miss_each_member_with_its_own_loading_keeps_it():
    text = ("LiBH4 was milled with two nitrides. The composites with 20 wt% BN and 35 wt% Si3N4 reach 0.05 and "
            "0.08 mS cm−1 at 50 °C, respectively.")
    assert _parts(text) == {0.05: [("BN", 20.0, "wt%")], 0.08: [("Si3N4", 35.0, "wt%")]}
