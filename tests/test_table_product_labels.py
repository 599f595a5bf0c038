"""A destabilization table may label a row by the compound its written pathway forms on release ('Mg2Si' beside
'2MgH2 + Si → Mg2Si + 2H2'): the values are the hydride composite's that reacts (MgH2 with Si, its destabilizing
reactant), as the prose citing the same work calls it, not an intermetallic's. A label among the reactants, or a
hydride the pathway forms on uptake, stays the row's sample. All tables, names and values are made up."""
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
