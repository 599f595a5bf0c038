"""A sample said to be made from, or based on, a list of three or more parts ('A, B and C') is one sample of all
of them, hydrides among them, when the sentence names no product before the making; a product named before keeps
its sources out. Every sentence here was written for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _records(sentence: str) -> list[dict]:
    doc = f"# A test paper\n\n## 1. Results\n\n{sentence}\n"
    return [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]


@pytest.mark.parametrize("sentence, parts", [
    ("A solid electrolyte prepared from LiBH4, LiI and LiCl conducts at 0.4 mS cm−1 at 30 °C.",
     ["LiBH4", "LiI", "LiCl"]),
    ("A composite electrolyte based on LiBH4, LiNH2 and SiO2 shows a conductivity of 0.2 mS cm−1 at 35 °C.",
     ["LiBH4", "LiNH2", "SiO2"]),
    ("An anode made from MgH2, TiH2 and graphite delivered 900 mAh g−1 in the first cycle.",
     ["MgH2", "TiH2", "graphite"]),
    ("A hydrogen storage composite made from MgH2, TiH2, and graphite released 6.1 wt% H2 at 300 °C.",
     ["MgH2", "TiH2", "graphite"]),
    # two hydrides the sample is made from, no product named before: both its parts, neither a precursor
    ("A composite prepared from MgH2 and TiH2 released 5.8 wt% H2 at 290 °C.", ["MgH2", "TiH2"]),
])
def test_every_part_of_the_list_is_in_the_sample(sentence, parts):
    (record,) = _records(sentence)
    assert [c["material"] for c in record["components"]] == parts, record


@pytest.mark.parametrize("sentence, parts", [
    # near misses: the product is named before its sources, which are reagents
    ("Mg2CoH5 prepared from MgH2, Co and CoO releases 4.1 wt% H2 at 330 °C.", ["Mg2CoH5"]),
    ("Mg2FeH6 synthesized from MgH2, Fe and FeCl3 desorbs 5.0 wt% H2 at 320 °C.", ["Mg2FeH6"]),
    ("Mg2FeH6 prepared from MgH2 and Fe releases 5.0 wt% H2 at 320 °C.", ["Mg2FeH6"]),
])
def test_sources_of_a_named_product_stay_out(sentence, parts):
    (record,) = _records(sentence)
    assert [c["material"] for c in record["components"]] == parts, record
