"""A hydrogen-storage value given to a bare additive ('… 245, 262 and 281 °C for Ni, Co and Fe, respectively', '… 244 °C
for Ni and 283 °C for Fe') after a passage that put several additives into one host is that host's with the additive
— a metal or an oxide releases no hydrogen. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _materials, contract_measurements, the_one


@pytest.mark.parametrize("text, pairs", [
    ("MgH2 was ball milled with 4 wt% of several transition metals. The onset temperatures were 245, 262 and "
     "281 °C for Ni, Co and Fe, respectively.", [(245.0, "Ni"), (262.0, "Co"), (281.0, "Fe")]),
    ("LiBH4 was mixed with different oxides. The released capacities were 9.8 and 8.9 wt% for SiO2 and TiO2, "
     "respectively.", [(9.8, "SiO2"), (8.9, "TiO2")]),
])
def test_a_storage_value_for_a_bare_additive_is_the_hosts_with_it(text, pairs):
    rows = contract_measurements(text)
    host = rows[0]["material"]
    for value, additive in pairs:
        row = the_one(rows, value)
        assert row["material"] == host and _materials(row) == {host, additive}


def test_an_additives_own_size_stays_its_own():
    """Near miss: a particle size is no hydrogen-storage property: the metals' sizes are their own."""
    rows = contract_measurements("MgH2 was ball milled with several transition metals. The particle sizes were "
                                 "22, 31 and 47 nm for Ni, Co and Fe, respectively.")
    assert _materials(the_one(rows, 31.0)) == {"Co"}


def test_a_storage_alloy_listed_bare_is_its_own_host():
    """Near miss: an alloy whose first element stores hydrogen is a storage material of its own."""
    rows = contract_measurements("Mg was compared with two alloys. The absorbed capacities were 3.3 and 3.6 wt% "
                                 "for Mg2Ni0.8Cu0.2 and Mg2Ni0.9Fe0.1, respectively.")
    assert the_one(rows, 3.3)["material"] != "MgH2"
