"""A destabilization table may label a row by the compound its written pathway forms on release ('Mg2Si' beside
'2MgH2 + Si → Mg2Si + 2H2'): the values are the hydride composite's that reacts (MgH2 with Si, its destabilizing
reactant), as the prose citing the same work calls it, not an intermetallic's. A row labelled by the metals of the
hydride its pathway forms ('Mg2Co' beside 'Mg + Co + H2 → Mg2CoH5') is that hydride, no alloy. A label among the
reactants, or a hydride the pathway forms on uptake, stays the row's sample. All tables, names and values are made
up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows

_HEAD = ("# Made-up destabilized hydrides\n\n## 2. Results\n\n"
         "**Table 1.** Made-up pathways and enthalpies of a few destabilized systems.\n\n"
         "| Destabilization system | Reaction pathways | ΔH (kJ mol<sup>-1</sup> H<sub>2</sub>) | Refs. |\n"
         "|:---|:---|---:|---|\n")


def _system(label: str, pathway: str) -> dict:
    rows = [r for r in contract_rows(extract_text(_HEAD + f"| {label} | {pathway} | 41.5 | [1] |\n"))
            if r.get("kind") == "measurement" and r["value"] == 41.5]
    assert len(rows) == 1, label
    return {c["material"]: c["role"] for c in rows[0]["components"]}


@pytest.mark.parametrize("label,pathway,host,partner", [
    ("Mg<sub>2</sub>Sn", "2MgH<sub>2</sub> + Sn → Mg<sub>2</sub>Sn + 2H<sub>2</sub>", "MgH2", "Sn"),
    ("CaSi<sub>2</sub>", "CaH<sub>2</sub> + 2Si → CaSi<sub>2</sub> + H<sub>2</sub>", "CaH2", "Si"),
    ("MgB<sub>2</sub>", "MgH<sub>2</sub> + 2B → MgB<sub>2</sub> + H<sub>2</sub>", "MgH2", "B"),
])
def test_a_row_labelled_by_its_release_product_is_the_reacting_composite(label, pathway, host, partner):
    assert _system(label, pathway) == {host: "HostHydride", partner: "DestabilizingReactant"}


@pytest.mark.parametrize("label,pathway,hosts", [
    ("Mg<sub>2</sub>Ni", "Mg<sub>2</sub>Ni + 2H<sub>2</sub> → Mg<sub>2</sub>NiH<sub>4</sub>",     # a reactant
     {"Mg2Ni", "Mg2NiH4"}),                                                                   # (one host)
    ("Mg<sub>2</sub>CoH<sub>5</sub>", "2Mg + Co + 5/2H<sub>2</sub> → Mg<sub>2</sub>CoH<sub>5</sub>",  # formed on uptake
     {"Mg2CoH5"}),
])
def test_near_miss_the_label_stays_the_sample(label, pathway, hosts):
    found = _system(label, pathway)
    assert list(found.values()) == ["HostHydride"] and set(found) <= hosts


@pytest.mark.parametrize("label,pathway,hydride", [
    ("Mg<sub>2</sub>Co", "Mg + Co + H<sub>2</sub> → Mg<sub>2</sub>CoH<sub>5</sub>", "Mg2CoH5"),
    ("Mg<sub>2</sub>Fe", "2Mg + Fe + 3H<sub>2</sub> → Mg<sub>2</sub>FeH<sub>6</sub>", "Mg2FeH6"),
    ("Sr<sub>2</sub>Ir", "2SrH<sub>2</sub> + Ir + 1/2H<sub>2</sub> → Sr<sub>2</sub>IrH<sub>5</sub>", "Sr2IrH5"),
])
def test_a_row_labelled_by_the_metals_of_the_hydride_it_forms_is_that_hydride(label, pathway, hydride):
    assert _system(label, pathway) == {hydride: "HostHydride"}


def test_near_miss_a_metal_that_is_a_reactant_stays():
    assert _system("Mg", "Mg + H<sub>2</sub> ↔ MgH<sub>2</sub>") in ({"Mg": "HostHydride"}, {"MgH2": "HostHydride"})
