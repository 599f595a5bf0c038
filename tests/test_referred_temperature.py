"""'At this temperature', 'at that temperature', 'at the same temperature': a value measured at a
temperature the text named before, in the sentence or earlier in the paragraph, carries it as its
condition; with none said before, none is made up, and a new paragraph does not inherit it. Sentences
written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

_NI = [("MgH2", "HostHydride", None, None), ("Ni", "Catalyst", 10.0, "wt%")]


def _row(row: dict) -> tuple:
    comps = [(c["material"], c["role"], c["amount"], c["amount_unit"]) for c in row["components"]]
    return row["property"], row["value"], row["unit"], row["system"], comps, row["conditions"]


@pytest.mark.parametrize("text", [
    "The MgH2–10 wt% Ni sample was dehydrogenated at 285.5 °C. At this temperature, it released 6.2 wt% H2 "
    "within 10 min.",
    "Isothermal desorption of MgH2–10 wt% Ni was run at 285.5 °C. The composite desorbed 6.2 wt% H2 at this "
    "temperature in 10 min.",
    "The MgH2–10 wt% Ni composite was held at 285.5 °C under vacuum. At that temperature, 6.2 wt% H2 was "
    "released within 10 min.",
])
def test_a_value_at_this_temperature_carries_the_temperature_said_before(text):
    row = the_one(contract_measurements(text), 6.2)
    assert _row(row) == ("hydrogen_capacity", 6.2, "wt%", "MgH2–10 wt% Ni", _NI, {"temperature": 285.5, "time": 10.0})


def test_the_same_temperature_in_the_sentence_is_the_one_said_in_it():
    text = ("The MgH2–10 wt% Ni sample was first activated at 350 °C. It desorbs 6.2 wt% H2 at 285.5 °C, "
            "while pristine MgH2 releases only 0.8 wt% at the same temperature.")
    assert the_one(contract_measurements(text), 0.8)["conditions"] == {"temperature": 285.5}


def test_with_no_temperature_said_before_none_is_carried():
    text = "At this temperature, the MgH2–10 wt% Ni composite released 6.2 wt% H2 within 10 min."
    assert the_one(contract_measurements(text), 6.2)["conditions"] == {"time": 10.0}


def test_a_new_paragraph_does_not_inherit_the_temperature():
    text = ("The MgH2–10 wt% Ni sample was dehydrogenated at 285.5 °C.\n\n"
            "At this temperature, the MgH2–10 wt% Ni composite released 6.2 wt% H2 within 10 min.")
    assert the_one(contract_measurements(text), 6.2)["conditions"] == {"time": 10.0}
