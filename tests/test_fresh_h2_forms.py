"""Forms of hydrogen-storage abstracts the extractor missed on fresh abstracts (tests/fresh/h2).
Sentences written for these tests."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(text: str) -> list[dict]:
    doc = f"# A test paper\n\n## Results\n\n{text}\n"
    return [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]


def _one(rows, value):
    found = [r for r in rows if r["value"] == value]
    assert len(found) == 1, rows
    return found[0]


def _additives(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


# ---------------------------------------------------------------- a change after a bracketed formula
@pytest.mark.parametrize("sentence, host, additive", [
    ("Adding 5 mol% NiF2 lowers the onset temperature of Mg(BH4)2 from 275 to 180 °C.", "Mg(BH4)2", "NiF2"),
    ("The TiF3 additive reduced the peak desorption temperature of Ca(BH4)2 from 390 to 335 °C.", "Ca(BH4)2", "TiF3"),
    ("Milling with 4 mol% TiCl3 decreased the dehydrogenation temperature of Li3Al(NH2)6 from 310 to 240 °C.",
     "Li3Al(NH2)6", "TiCl3"),
])
def test_a_change_after_a_formula_with_brackets_is_no_event_span(sentence, host, additive):
    rows = _rows(sentence)
    assert len(rows) == 2, rows
    before, after = sorted(rows, key=lambda r: -r["value"])
    assert before["value_max"] is None and after["value_max"] is None
    assert before["material"] == after["material"] == host
    assert additive not in _additives(before) and additive in _additives(after)


def test_an_event_after_a_bracketed_formula_still_spans_its_temperatures():
    row = _one(_rows("Mg(BH4)2 releases hydrogen from 275 to 400 °C."), 275.0)
    assert row["value_max"] == 400.0
