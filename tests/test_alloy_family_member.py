"""A family of alloys named by its metals ('Mg–Ni', 'Mg–Ni based materials') names no measured sample: a value said of
one member named beside it (Mg2Ni) is that member's; and a metal an alloy holds, put in again ('Ni-doped Mg2Ni'),
is the alloy's catalyst, not dropped as the alloy's own element. Passages written for these tests."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(doc: str) -> list[dict]:
    return [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]


def _parts(row: dict) -> list[tuple[str, str]]:
    return [(c["material"], c["role"]) for c in row["components"]]


@pytest.mark.parametrize("doc", [
    "Mg–Ni samples were compared in this study. Mg2Ni took up 3.4 wt% hydrogen at 300 °C.",
    "# Mg–Ni based hydrogen storage materials\n\nMg2Ni absorbed 3.4 wt% hydrogen within ten minutes at 300 °C.",
    "We cast several Mg–Ni ingots. The absorption capacity of Mg2Ni was 3.4 wt% at 300 °C.",
])
def test_a_value_of_the_member_stays_on_the_member(doc):
    rows = _rows(doc)
    assert len(rows) == 1 and _parts(rows[0]) == [("Mg2Ni", "HostHydride")], rows


def test_the_alloy_named_by_its_family_is_the_passages_one_member():
    rows = _rows("# Hydrogen uptake of Mg–Ni alloys\n\nA Mg2Ni0.8Cu0.2 ingot was made by induction melting. "
                 "The Mg–Ni alloy took up 3.1 wt% hydrogen at 300 °C.")
    assert len(rows) == 1 and rows[0]["system"] == "Mg2Ni0.8Cu0.2", rows


def test_near_miss_a_phase_formed_in_a_hydride_composite_is_no_sample():
    # Mg2Ni forming in MgH2–Ni is a phase of that composite: the composite's value stays the composite's
    rows = _rows("MgH2–Ni composites were ball milled. During cycling Mg2Ni formed, and the composite "
                 "absorbed 5.5 wt% at 300 °C.")
    assert len(rows) == 1 and _parts(rows[0]) == [("MgH2", "HostHydride"), ("Ni", "Catalyst")], rows


@pytest.mark.parametrize("doc", [
    "Ni-doped Mg2Ni gave off 3.2 wt% hydrogen at 280 °C.",
    "Mg2Ni doped with Ni gave off 3.2 wt% hydrogen at 280 °C.",
    "The Ni-catalysed Mg2Ni alloy gave off 3.2 wt% hydrogen at 280 °C.",
    "Mg2Ni with excess Ni gave off 3.2 wt% hydrogen at 280 °C.",
])
def test_a_metal_of_the_alloy_put_in_again_is_its_catalyst(doc):
    rows = _rows(doc)
    assert len(rows) == 1 and _parts(rows[0]) == [("Mg2Ni", "HostHydride"), ("Ni", "Catalyst")], rows


@pytest.mark.parametrize("doc", [
    # the alloy's storage metal named with it is its own (as Mg of MgH2 is)
    "Mg-doped Mg2Ni gave off 3.2 wt% hydrogen at 280 °C.",
    "Ni-doped MgH2 gave off 6.2 wt% hydrogen at 280 °C.",
])
def test_near_miss_the_hosts_own_storage_metal_or_a_hydrides_catalyst(doc):
    rows = _rows(doc)
    assert len(rows) == 1, rows
    assert ("Mg", "Catalyst") not in _parts(rows[0])
    if "MgH2" in doc:
        assert _parts(rows[0]) == [("MgH2", "HostHydride"), ("Ni", "Catalyst")], rows
