"""Two lithium-storage forms authors print:

- a C-rate in brackets after a capacity ('905 mA h g−1 (C/10)', '(2C)') is the value's rate, never a carbon
  sample named in the bracket;
- a 'nano-' prefix on a storage material ('nano-MgH2', 'Nano MgH2') names its nanosizing, as 'MgH2
  nanoparticles' does; on a catalyst ('nano-TiO2') it is the catalyst's size, no strategy of the sample.

Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize(("text", "rates"), [
    ("A rate test gave 880 mA h g−1 (C/10), 700 mA h g−1 (C/2) and 410 mA h g−1 (2C) for the LiAlH4@C anode.",
     [0.1, 0.5, 2.0]),
    ("The MgH2–C electrode returned 1190 mAh/g (0.1C) and 640 mAh/g (1C) in the rate test.", [0.1, 1.0]),
    ("Capacities of 1020 mAh g−1 (C/5) and 590 mAh g−1 (C/1) were kept by the Li3AlH6–Al anode.", [0.2, 1.0]),
])
def test_a_bracketed_c_rate_is_the_values_rate_not_a_sample(text, rates):
    rows = records(text)
    assert [r["conditions"].get("c_rate") for r in rows] == rates
    assert all(r["components"][0]["material"] != "C" for r in rows)


def test_carbon_written_in_the_sample_stays_a_component():
    row, = records("The MgH2–C anode gave 1150 mAh/g at 0.2C.")
    assert [c["material"] for c in row["components"]] == ["MgH2", "C"]


@pytest.mark.parametrize("text", [
    "Nano-MgH2 delivers a reversible capacity of 1330 mA h g−1 at 100 mA g−1.",
    "As an anode, nano MgH2 keeps 710 mAh/g after 60 cycles.",
    "Hydrogen release from nano-LiAlH4 starts at 95 °C.",
])
def test_a_nano_prefix_on_a_storage_material_is_nanosizing(text):
    row, = records(text)
    assert "Nanosizing" in row["strategies"]


def test_a_nano_prefix_on_a_catalyst_is_no_strategy_of_the_sample():
    row, = records("MgH2 ball milled with nano-Nb2O5 gives off 6.2 wt% H2 at 260 °C.")
    assert "Nanosizing" not in row["strategies"]


@pytest.mark.parametrize("text", [
    "The MgH2–TiH2 electrode gives 1480 mA h g−1 at a potential of 0.55 V vs. Li+/Li.",
    "A reversible capacity of 1320 mAh/g is obtained from the Mg2FeH6 anode at an average potential of about 0.4 V.",
    "The NaAlH4 electrode stores 1650 mAh g−1 at a low potential of 0.48 V versus Li+/Li (rate 0.2Li h−1).",
])
def test_the_potential_a_capacity_is_given_at_is_the_average_voltage(text):
    rows = {r["property"]: r for r in records(text)}
    assert "average_voltage" in rows
    assert rows["specific_capacity"]["components"][0]["material"] not in ("Li", "C")


def test_a_potential_an_electrolyte_is_stable_to_is_no_average_voltage():
    rows = records("The LiBH4–LiI electrolyte is stable up to a potential of 5 V vs. Li+/Li.")
    assert [r["property"] for r in rows] == ["electrochemical_stability_window"]
