"""A destabilization table may label a row by the compound its written pathway forms on release ('Mg2Sn' beside
'2MgH2 + Sn → Mg2Sn + 2H2'): the values are the hydride composite's that reacts (MgH2 with Sn, its destabilizing
reactant), as the prose citing the same work calls it, not an intermetallic's. A row labelled by the metals of the
hydride its pathway forms ('Sr2Ir' beside '2SrH2 + Ir + 1/2H2 → Sr2IrH5') is that hydride, no alloy. A label among the
reactants, or a hydride the pathway forms on uptake, stays the row's sample. All tables, names and values are made
up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows

_HEAD = ("# Made-up destabilized hydrides\n\n## 2. Results\n\n"
         "**Table 1.** Made-up pathways and enthalpies of a few destabilized systems.\n\n"
         "| System | Reaction pathways | ΔH (kJ mol<sup>-1</sup> H2) | Refs. |\n"
         "|:---|:---|---:|---|\n")


def _system(label: str, pathway: str) -> dict:
    rows = [r for r in contract_rows(extract_text(_HEAD + f"| {label} | {pathway} | 41.5 | [1] |\n"))
            if r.get("kind") == "measurement" and r["value"] == 41.5]
    assert len(rows) == 1, label
    return {c["material"]: c["role"] for c in rows[0]["components"]}


@pytest.mark.parametrize("label,pathway,host,partner", [
    ("Mg2Sn", "2MgH2 + Sn → Mg2Sn + 2H2", "MgH2", "Sn"),
    ("CaSi2", "CaH2 + 2Si → CaSi2 + H2", "CaH2", "Si"),
    ("MgB2", "MgH2 + 2B → MgB2 + H2", "MgH2", "B"),
])
def test_a_row_labelled_by_its_release_product_is_the_reacting_composite(label, pathway, host, partner):
    assert _system(label, pathway) == {host: "HostHydride", partner: "DestabilizingReactant"}


@pytest.mark.parametrize("label,pathway,hosts", [
    ("Mg2Ni", "Mg2Ni + 2H2 → Mg2NiH4",     # a reactant
     {"Mg2Ni", "Mg2NiH4"}),                                                                   # (one host)
    ("Mg2CoH5", "2Mg + Co + 5/2H2 → Mg2CoH5",  # formed on uptake
     {"Mg2CoH5"}),
])
def test_near_miss_the_label_stays_the_sample(label, pathway, hosts):
    found = _system(label, pathway)
    assert list(found.values()) == ["HostHydride"] and set(found) <= hosts


@pytest.mark.parametrize("label,pathway,hydride", [
    ("Mg2Co", "Mg + Co + H2 → Mg2CoH5", "Mg2CoH5"),
    ("Mg2Fe", "2Mg + Fe + 3H2 → Mg2FeH6", "Mg2FeH6"),
    ("Sr2Ir", "2SrH2 + Ir + 1/2H2 → Sr2IrH5", "Sr2IrH5"),
])
def test_a_row_labelled_by_the_metals_of_the_hydride_it_forms_is_that_hydride(label, pathway, hydride):
    assert _system(label, pathway) == {hydride: "HostHydride"}


def test_near_miss_a_metal_that_is_a_reactant_stays():
    assert _system("Mg", "Mg + H2 ↔ MgH2") in ({"Mg": "HostHydride"}, {"MgH2": "HostHydride"})
