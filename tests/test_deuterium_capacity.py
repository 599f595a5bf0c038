"""A capacity given in deuterium ("desorbed 6.8 wt% D2", "took up 7.1 wt% of D2") is the hydrogen-storage capacity
of the sample, measured with the isotope, as one in 'wt% H2' is — not the share of an additive named D2. A
deuteride written after a per cent ('5 wt% TiD2') is still an additive's share. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, prop, host", [
    ("The ball-milled MgD2 sample gave off 6.85 wt% D2 at 350 °C.", 6.85, "hydrogen_capacity", "MgD2"),
    ("Milled Mg took up 7.15 wt% D2 at 300 °C under 2 MPa of deuterium.", 7.15, "absorbed_hydrogen_capacity", "Mg"),
    ("On heating to 600 °C the deuterated LiBD4 released 12.05 wt% D2.", 12.05, "hydrogen_capacity", "LiBD4"),
    ("MgD2 with 5 wt% Nb2O5 released 6.15 wt% of D2 within 20 min at 300 °C.", 6.15, "hydrogen_capacity", "MgD2"),
])
def test_a_capacity_in_deuterium_is_the_samples_capacity(text, value, prop, host):
    row = the_one(contract_measurements(text), value)
    assert row["property"] == prop and row["components"][0]["material"] == host, row


def test_a_deuteride_after_a_per_cent_is_still_an_additives_share():
    row = the_one(contract_measurements("MgH2 milled with 5 wt% TiD2 released 6.05 wt% H2 at 300 °C."), 6.05)
    assert {c["material"]: c["amount"] for c in row["components"]} == {"MgH2": None, "TiD2": 5.0}, row
