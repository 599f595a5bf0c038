"""A table's reaction pathway written without its coefficients ('A + H2 → B + C') beside an H2 capacity: the figure
its authors give is that of the one balanced equation of the same formulas, so a cell holding it (to the table's
rounding) was computed, not measured. A cell far from it, or a pathway whose formulas balance in many proportions,
says nothing of that. All tables, pathways and figures are made up for this test."""
import pytest

from ingest.extract import extract_text
from ingest.extraction.values.reaction_capacity import balancing_coefficients
from ui.cli.extract import contract_rows

_HEAD = ("# Made-up destabilized hydrides\n\n## 2. Results\n\n"
         "**Table 1.** Made-up pathways and hydrogen capacities of a few composites.\n\n"
         "| System | Reaction pathways | H2 capacity (wt%) | Refs. |\n|:---|:---|---:|---|\n")


def _basis(name: str, pathway: str, cell: str) -> list[str]:
    text = _HEAD + f"| {name} | {pathway} | {cell} | [1] |\n| MgH2–Ni | / | 5.1 | [2] |\n"
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    return [r["basis"] for r in rows if r["property"] == "hydrogen_capacity" and r["value"] == float(cell)]


@pytest.mark.parametrize("name,pathway,cell", [
    ("Mg2Sn", "Mg2Sn + H2 → MgH2 + Sn", "2.4"),        # takes up 2 H2 per Mg2Sn
    ("CaH2–Si", "CaH2 + Si → CaSi2 + H2", "2.1"),      # gives off 1 H2 per 2 Si
    ("NaAl", "Na + Al + H2 → NaAlH4", "7.5"),                      # takes up 2 H2
])
def test_an_unbalanced_pathways_capacity_is_the_balanced_equations(name, pathway, cell):
    assert _basis(name, pathway, cell) == ["theoretical"]


def test_near_miss_a_capacity_short_of_the_balanced_figure_was_measured():
    assert _basis("Mg2Sn", "Mg2Sn + H2 → MgH2 + Sn", "1.6") == ["measured"]


def test_near_miss_a_pathway_that_balances_many_ways_gives_no_figure():
    pathway = "LiNH2 + MgH2 + LiBH4 → Li3BN2 + " \
              "Mg3N2 + LiH + H2"
    assert _basis("LiNH2–MgH2–LiBH4", pathway, "8.0") == ["measured"]
    assert balancing_coefficients(["LiNH2", "MgH2", "LiBH4"], ["Li3BN2", "Mg3N2", "LiH", "H2"]) is None


def test_the_balancing_coefficients_are_the_smallest_whole_numbers():
    assert balancing_coefficients(["Mg2Cu", "H2"], ["MgH2", "MgCu2"]) == [2, 3, 3, 1]
    assert balancing_coefficients(["Mg", "Co", "H2"], ["Mg2CoH5"]) == [4, 2, 5, 2]
    assert balancing_coefficients(["Mg", "H2"], ["Ni"]) is None          # no proportion balances it
