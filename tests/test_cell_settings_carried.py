"""Issue 10: a value of the cycling that follows a cell's run (a capacity retention, a coulombic efficiency, a
capacity after a number of cycles), said without a rate of its own in the sentence after the one that ran the cell
for the same electrode, was measured in that cell: it takes the cell's rate, temperature and cell type (and a
retention of no count the count the cell ran for). A sentence that runs a cell without a value may give its rate as
a current density as well as a C-rate."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, want", [
    ("At a current density of 150 mA g−1 the MgH2 electrode delivered an initial discharge capacity of "
     "1710 mAh g−1. After 40 cycles the capacity retention was 57%.", 57.0,
     {"current_density": 150.0, "cycles": 40.0}),
    ("The MgH2/C electrode was run at 300 mA g−1 for 70 cycles. Its capacity retention reached 68%.", 68.0,
     {"current_density": 300.0, "cycles": 70.0}),
    ("The MgH2 anode was cycled at 0.2 C and 120 °C for 60 cycles in an all-solid-state cell with a LiBH4 "
     "electrolyte. It kept 44% of its first capacity, with a coulombic efficiency of 97%.", 44.0,
     {"c_rate": 0.2, "temperature": 120.0, "cycles": 60.0}),
    ("After 150 cycles at 0.8 A g−1 the MgH2@G anode still gave 505 mAh g−1. This amounts to a capacity "
     "retention of 63%.", 63.0, {"current_density": 800.0, "cycles": 150.0}),
    ("The TiH2 electrode gave 860 mAh g−1 in the first discharge at 0.5 C. Its discharge capacity after 25 cycles "
     "was 410 mAh g−1.", 410.0, {"c_rate": 0.5, "cycles": 25.0}),
])
def test_the_cycling_value_takes_the_cells_settings(text, value, want):
    conditions = the_one(contract_measurements(text), value)["conditions"]
    assert {k: conditions.get(k) for k in want} == want


def test_near_miss_a_rate_test_names_no_one_cell():
    # near miss: the sentence before read its capacities at three rates
    rows = contract_measurements("The MgH2 electrode gave 1200, 900 and 640 mAh g−1 at 100, 500 and 1000 mA g−1, "
                                 "respectively. After 30 cycles the capacity retention was 52%.")
    conditions = the_one(rows, 52.0)["conditions"]
    assert "current_density" not in conditions and conditions.get("cycles") == 30.0


def test_near_miss_the_first_cycle_is_not_the_long_run():
    # near miss: a first cycle's efficiency after a sentence on a long run at another rate
    rows = contract_measurements("After 300 cycles at 2 A g−1 the MgH2@G electrode still gave 480 mAh g−1. "
                                 "Its initial coulombic efficiency was 76%.")
    assert "current_density" not in the_one(rows, 76.0)["conditions"]


def test_near_miss_another_sample():
    # near miss: the sentence before ran a cell of another electrode
    rows = contract_measurements("At 100 mA g−1 the Mg2NiH4 electrode delivered 780 mAh g−1. "
                                 "After 20 cycles the MgH2 electrode kept a capacity retention of 35%.")
    assert "current_density" not in the_one(rows, 35.0)["conditions"]
