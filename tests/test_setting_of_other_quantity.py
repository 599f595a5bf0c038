"""A setting written right after another kind of quantity that a sentence joins on without a value of its own
("an oxidative limit above 5.4 V and a rise in Li+ conductivity at 40 °C") is that quantity's, not the earlier
value's; a step of the same kind ("stores 4.3 wt% and is recharged at 130 °C") stays the value's. Sentences
written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value", [
    ("The Li2B12H12 electrolyte shows an oxidative stability above 5.4 V and a rise in Li+ conductivity at 40 °C.",
     5.4),
    ("Milling cut the activation energy of MgH2 to 117.3 kJ/mol, clearly speeding up the release rate at 310 °C.",
     117.3),
    ("The heated LiBH4 film keeps an oxidative limit of 5.4 V, and its ionic conductivity climbs at 40 °C.", 5.4),
])
def test_a_setting_after_another_kind_of_quantity_is_not_the_values(text, value):
    assert "temperature" not in (the_one(contract_measurements(text), value)["conditions"] or {})


def test_a_step_of_the_same_kind_keeps_its_setting():
    # near miss: recharging is how the stored amount was cycled, so its setting stays the capacity's
    text = "Sodium alanate with 4 mol% TiCl3 reversibly stores 4.3 wt% H2 and is recharged at 130 °C under 9 MPa H2."
    row = the_one(contract_measurements(text), 4.3)
    assert row["conditions"]["temperature"] == pytest.approx(130.0), row
