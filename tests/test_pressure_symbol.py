"""The symbol of a hydrogen pressure given its value ('P H2 = 0.1 MPa', 'PH2 = 2 bar') is no
material (no phosphorus, no phosphine): the value stays with the passage's alloy. Every sentence here was written
for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _hosts(doc: str) -> list[str]:
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    return [c["material"] for r in rows for c in r["components"]]


@pytest.mark.parametrize("doc", [
    "At 333 K the La2MgNi9 alloy showed one flat plateau at PH2 = 0.2 MPa.",
    "The PCT curves of the La3MgNi14 alloy at 333 K showed a flat plateau, P H2 = 0.1 MPa, and a capacity of 1.5 mass%.",
    "The isotherm of the LaMg2Ni alloy at 573 K had a sloping plateau, P H2 = 0.3 MPa, and a capacity of 1.4 wt%.",
])
def test_a_pressure_symbol_is_no_material(doc):
    hosts = _hosts(doc)
    assert hosts and not {"P", "PH2"} & set(hosts), hosts


def test_near_miss_phosphorus_put_in_stays_an_additive():
    assert "P" in _hosts("Doping MgH2 with 5 wt% P raised the capacity to 6.1 wt% at 300 °C.")
