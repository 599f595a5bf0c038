"""Metal amidoboranes (LiNH2BH3, NaNH2BH3, Ca(NH2BH3)2) are hydrides of the ontology, so their ammoniates, written
with the dot or with the ammonia in a bracket ('LiNH2BH3·NH3', 'Li(NH3)NH2BH3', 'Ca(NH3)2(NH2BH3)2'), are the
amidoborane with NH3 as its ligand, as LiBH4·NH3 is LiBH4 with NH3 (tests/devset/README.md). Sentences written for
these tests."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text, host", [
    ("LiNH2BH3·NH3 releases 11 wt% hydrogen at 60 °C.", "LiNH2BH3"),
    ("The ammine Li(NH3)NH2BH3 releases 11 wt% hydrogen at 60 °C.", "LiNH2BH3"),
    ("Ca(NH3)2(NH2BH3)2 releases 8.9 wt% H2 below 300 °C.", "Ca(NH2BH3)2"),
])
def test_an_amidoborane_ammoniate_is_the_amidoborane_with_its_ligand(text, host):
    row, = records(text)
    assert row["material"] == host
    assert {c["material"]: c["role"] for c in row["components"][1:]} == {"NH3": "DopantSubstituent"}
    assert row["strategies"] == ["Ammoniation"]


def test_a_bare_amidoborane_is_its_own_host():
    row, = records("LiNH2BH3 releases 10.9 wt% hydrogen at 90 °C.")
    assert row["material"] == "LiNH2BH3" and len(row["components"]) == 1
