"""A sentence without values that sets the sample less its additive against it ('…, while the undoped
2LiBH4–MgH2 needs more than 10 h') names a reference: the next sentence's value is still the modified
sample's. Named with no word that sets it apart, the lesser sample becomes what the text is about. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _system_of(text: str, value: float) -> str:
    rows = contract_rows(extract_text("# A composite paper\n\n" + text + "\n"))
    found = [r["system"] for r in rows if r["kind"] == "measurement" and r["value"] == value]
    assert len(found) == 1, rows
    return found[0]


@pytest.mark.parametrize("text, value, additive", [
    ("The 2LiBH4-MgH2 composite doped with 5 mol% NbF5 releases 9.5 wt.% hydrogen at 400 °C. Its incubation period "
     "is shortened to 1 h, while the undoped 2LiBH4-MgH2 requires more than 10 h. Rehydrogenation at 350 °C and "
     "5 MPa H2 restores 8.9 wt.% after 10 cycles.", 8.9, "NbF5"),
    ("The Mg(NH2)2–2LiH mixture doped with 3 mol% KH releases 5.0 wt% H2 at 180 °C. No ammonia is found in its gas, "
     "whereas the pristine Mg(NH2)2–2LiH emits ammonia. After 20 cycles, 4.6 wt% is still released.", 4.6, "KH"),
    ("2NaBH4–MgH2 with 5 mol% TiF3 releases 7.5 wt% hydrogen at 420 °C. Its desorption curve has no incubation, but "
     "undoped 2NaBH4–MgH2 shows a long one. Rehydrogenation at 400 °C restores 6.8 wt%.", 6.8, "TiF3"),
])
def test_the_next_value_stays_on_the_modified_sample(text, value, additive):
    assert additive in _system_of(text, value)


def test_a_lesser_sample_named_as_a_subject_takes_the_next_value():
    # near miss: no word sets the undoped composite apart; the text turns to it
    system = _system_of("The 2LiBH4-MgH2 composite doped with 5 mol% NbF5 releases 9.5 wt.% hydrogen at 400 °C. "
                        "The undoped 2LiBH4-MgH2 composite was milled in the same way. It absorbs 8.0 wt% hydrogen at "
                        "350 °C.", 8.0)
    assert "NbF5" not in system, system
