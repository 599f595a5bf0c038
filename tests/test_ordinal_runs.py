"""Ordinal numbers ("the 1st, 2nd and 5th discharges") say which run a value was read in: they are the
cycles of a 'respectively' list, never quantities of their own ("5th" is no 5 thou of particle size,
"2nd" no 2 nanodays). Sentences written for this test."""
import pytest

from ingest.extraction.text.quantity_text import groups
from tests.prose_sentences import contract_measurements


@pytest.mark.parametrize("text, values, cycles", [
    ("At 393 K, discharge capacities of 1190, 910, and 720 mAh g-1 were recorded for the LiBH4 cell in its 1st, "
     "2nd, and 5th discharges, respectively.", [1190.0, 910.0, 720.0], [1.0, 2.0, 5.0]),
    ("Charge capacities of 640 and 410 mAh g-1 were obtained for the MgH2 electrode in the 3rd and 10th charges, "
     "respectively.", [640.0, 410.0], [3.0, 10.0]),
    ("The MgH2 anode delivered 1500 and 1100 mAh g-1 in its 1st and 2nd lithiations, respectively.",
     [1500.0, 1100.0], [1.0, 2.0]),
    ("The NaAlH4 sample released 4.1, 3.8 and 3.5 wt% H2 in the 1st, 4th and 21st dehydrogenations, "
     "respectively.", [4.1, 3.8, 3.5], [1.0, 4.0, 21.0]),
])
def test_listed_ordinal_runs_pair_with_the_values(text, values, cycles):
    rows = contract_measurements(text)
    got = {r["value"]: (r["conditions"] or {}).get("cycles") for r in rows}
    assert got == dict(zip(values, cycles)), rows


@pytest.mark.parametrize("text", [
    "At 393 K, discharge capacities of 1190, 910, and 720 mAh g-1 were recorded for the LiBH4 cell in its 1st, "
    "2nd, and 5th discharges, respectively.",
    "The 2nd and 4th samples of MgH2 released 6.1 wt% at 300 °C.",
    "The MgH2 film was ranked 5th among the 8th generation coatings, releasing 5.2 wt% H2.",
])
def test_an_ordinal_is_no_quantity(text):
    rows = contract_measurements(text)
    assert rows and all(r["property"] not in ("particle_size", "thickness") for r in rows), rows
    assert all("time" not in (r["conditions"] or {}) for r in rows), rows


def test_an_ordinal_before_no_run_is_dropped_and_a_cycle_kept():
    assert [g.key for g in groups("The 3rd step gave 2 wt% in the 2nd cycle.") if g.role == "condition"] == ["cycles"]
    assert all(not n.ordinal for g in groups("MgH2 released 5 wt% within 10 min.") for n in g.numbers)
