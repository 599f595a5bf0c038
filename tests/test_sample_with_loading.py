"""'The sample with 10 wt% TiO2' names the passage's sample loaded so, whatever the additive — not a sample of
TiO2 and not the bare host. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, additive", [
    ("MgH2 was ball milled for 5 h. The sample with 10 wt% TiO2 starts to desorb at 205 °C.", 205.0, "TiO2"),
    ("MgH2 samples with 5, 10 and 15 wt% Nb2O5 were milled. The sample with 10 wt% Nb2O5 releases 6.2 wt% H2.",
     6.2, "Nb2O5"),
    ("LiAlH4 was milled with CeF3 in three ratios. The composite containing 5 mol% CeF3 begins to decompose "
     "at 95 °C.", 95.0, "CeF3"),
])
def test_a_sample_noun_with_a_loading_is_the_passages_host_with_it(text, value, additive):
    comps = the_one(contract_measurements(text), value)["components"]
    assert comps[0]["role"] == "HostHydride" and comps[0]["material"] in ("MgH2", "LiAlH4")
    assert [c["material"] for c in comps[1:]] == [additive]


def test_a_sample_noun_with_no_material_adds_nothing():
    comps = the_one(contract_measurements(
        "MgH2 was milled for 5 h. The sample with the lowest onset, 205 °C, was studied further."), 205.0)["components"]
    assert [c["material"] for c in comps] == ["MgH2"]
