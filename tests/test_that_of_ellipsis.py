"""'… is 350 °C and that of LiBH4 is 450 °C': 'that of' stands for the noun of the value before it, said of another
sample — the same property, though a temperature's unit alone would make it a test condition. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(text: str) -> list[tuple[str, float, str]]:
    return sorted((r["property"], r["value"], r["material"]) for r in contract_rows(extract_text(text))
                  if r.get("kind") == "measurement")


@pytest.mark.parametrize("text, prop, first, second", [
    ("The peak temperature of MgH2 is 350 °C and that of LiBH4 is 450 °C.",
     "peak_dehydrogenation_temperature", ("MgH2", 350.0), ("LiBH4", 450.0)),
    ("The onset temperature of the Ni-doped sample was 220 °C, but that of pristine NaAlH4 was about 250 °C.",
     "onset_dehydrogenation_temperature", ("NaAlH4", 220.0), ("NaAlH4", 250.0)),
    ("The melting point of LiBH4 lies at 280 °C, whereas that of NaBH4 reached 505 °C.",
     "phase_transition_temperature", ("LiBH4", 280.0), ("NaBH4", 505.0)),
])
def test_that_of_keeps_the_property_of_the_value_before(text, prop, first, second):
    rows = _rows(text)
    assert (prop, first[1], first[0]) in rows and (prop, second[1], second[0]) in rows, rows


def test_a_test_condition_stays_one():
    # the value before is no property: nothing is carried
    assert _rows("MgH2 was tested at 300 °C and that of LiBH4 at 400 °C.") == []
