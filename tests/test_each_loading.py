"""Issue 10 item 4: additive loadings are never capacities — also a loading said of each additive of a list
('(each 10 wt%)', '(10 wt% each)', '10 wt% each of A, B and C')."""
from __future__ import annotations

from prose_sentences import facts


def capacities(v):
    return {x for x, m in v.items() if "capacity" in m.property}


def test_a_loading_of_each_additive_is_no_capacity():
    v = facts("MgH2 doped with FeCl3, CoCl2 and NiCl2 (each 10 wt%) desorbed 5.1, 5.6 and 6.0 wt% hydrogen "
              "within 10 min at 300 °C.")
    assert capacities(v) == {5.1, 5.6, 6.0}
    assert facts("MgH2 was doped with 10 wt% each of FeCl3, CoCl2 and NiCl2.") == {}
    v = facts("LiBH4 milled with TiO2 and SiO2 (5 mol% each) releases hydrogen from 280 °C.")
    assert 5.0 not in v and 280.0 in v


def test_an_amount_each_sample_released_stays_a_capacity():
    # near miss: 'each' after a released amount says every sample gave it
    v = facts("MgH2 was milled with 5 wt% TiO2 and with 5 wt% Nb2O5.",
              "Both composites released 6.1 wt% each within 10 min at 300 °C.")
    assert 6.1 in capacities(v)
