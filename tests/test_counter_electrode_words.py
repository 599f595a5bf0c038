"""A metal a hydride electrode is tested against ('tested against lithium', 'cycled versus sodium') is the
cell's counter electrode: no additive of the sample, no metal catalysis. A metal the sample is only compared
against stays what the sentence makes it. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(text: str) -> list[dict]:
    rows = contract_rows(extract_text("# An anode paper\n\n" + text + "\n"))
    return [r for r in rows if r["kind"] == "measurement"]


@pytest.mark.parametrize("text", [
    "Ball-milled MgH2 tested against lithium in a carbonate electrolyte delivers a first discharge capacity of "
    "2500 mA h g−1.",
    "Milled MgH2 cycled against sodium reaches a first discharge capacity of 900 mA h g−1.",
    "Milled MgH2, run against lithium, delivers a first discharge capacity of 1600 mAh g−1.",
])
def test_the_metal_a_hydride_is_tested_against_is_no_component(text):
    rows = _rows(text)
    assert rows, text
    for r in rows:
        assert [c["material"] for c in r["components"]] == ["MgH2"], r["components"]
        assert "MetalCatalysis" not in r["strategies"], r["strategies"]


def test_a_metal_milled_in_stays_the_catalyst():
    # near miss: the metal is milled into the sample and named with no test verb before it
    rows = _rows("MgH2 milled against nickel balls with 5 wt% Ni delivers a first discharge capacity of "
                 "1800 mA h g−1.")
    assert rows
    assert any(c["material"] == "Ni" for c in rows[0]["components"]), rows[0]["components"]
