"""A substitution series as an old PDF copy prints it: the font's glyph for '=' is '¼' ("(x ¼ 0, 0.1)"), and the
minus of the complement's count is lost ("(La0.8Mg0.2)1xNdxNi3.1" for (La0.8Mg0.2)1−xNdxNi3.1). Both undone,
each value given for one member ("61.2% (x ¼ 0.1)") is that member's. Every sentence here was written for
these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.text.nlp import clean_text
from kg.literature import contract_rows


def _clean(text: str) -> str:
    cleaned = clean_text(text)
    assert len(cleaned.offsets) == len(cleaned.text)
    return cleaned.text


@pytest.mark.parametrize(("text", "clean"), [
    ("the Mg2Ni1-yCuy (y ¼ 0, 0.2 and 0.4) ribbons", "the Mg2Ni1-yCuy (y = 0, 0.2 and 0.4) ribbons"),
    ("LaMg2Cu-type RMg2Cu (R ¼ Pr, Sm) phases", "LaMg2Cu-type RMg2Cu (R = Pr, Sm) phases"),
    ("a hexagonal cell with c ¼ 0.52 nm", "a hexagonal cell with c = 0.52 nm"),
])
def test_the_fonts_equals_glyph_between_a_symbol_and_its_value_is_an_equals_sign(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "milled for 1 ¼ h more",            # a quarter after a number
    "LiBH4 with ¼ of the salt",          # a quarter before words
    "only ¼MgH2 reacted",                # a quarter glued to what it counts (read as 0.25 elsewhere)
])
def test_near_miss_a_quarter_stays_a_quarter(text):
    assert "=" not in _clean(text)


@pytest.mark.parametrize(("text", "clean"), [
    ("the (La0.8Mg0.2)1xNdxNi3.1 alloys", "the (La0.8Mg0.2)1-xNdxNi3.1 alloys"),
    ("cast La0.75Mg0.25xSrxNi3.4 ingots", "cast La0.75Mg0.25-xSrxNi3.4 ingots"),
    ("spun Mg2Ni1yCoy ribbons", "spun Mg2Ni1-yCoy ribbons"),
    ("the MmNi4.2xAlx electrodes", "the MmNi4.2-xAlx electrodes"),
])
def test_the_lost_minus_of_a_series_complement_is_put_back(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "the Li2xMg1-x(BH4)2 solid solutions",   # a doubled share beside a written complement
    "Mg1-2xAlx foils",                       # the count after its own sign
    "a 3x larger cell",                      # no formula
    "Mg2xNi",                                # no part carries the symbol alone
])
def test_near_miss_formulas_written_as_meant_stay(text):
    assert _clean(text) == text


def _members(doc: str) -> list[tuple[str, float]]:
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    return [(r["components"][0]["material"], r["value"]) for r in rows]


@pytest.mark.parametrize("doc", [
    "The (La0.8Mg0.2)1xNdxNi3.1 (x ¼ 0, 0.1 and 0.2) electrode alloys were cast. The maximum discharge "
    "capacity falls from 372 mAh/g (x ¼ 0) to 341 mAh/g (x ¼ 0.2).",
    "Electrodes of (La0.8Mg0.2)1xNdxNi3.1 (x ¼ 0, 0.1, 0.2) were cycled in 6 M KOH. Their discharge capacity "
    "was 372 mAh/g (x ¼ 0) and 341 mAh/g (x ¼ 0.2).",
    "We melted (La0.8Mg0.2)1xNdxNi3.1 alloys with x ¼ 0, 0.1 and 0.2. A discharge capacity of 372 mAh/g "
    "(x ¼ 0) dropped to 341 mAh/g (x ¼ 0.2) with more Nd.",
])
def test_values_of_a_printed_series_belong_to_their_members(doc):
    assert _members(doc) == [("(La0.8Mg0.2)Ni3.1", 372.0), ("(La0.8Mg0.2)0.8Nd0.2Ni3.1", 341.0)]
