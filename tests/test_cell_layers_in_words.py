"""A cell's layers written two at a time ('the LiBH4–LiI/TiS2 cell') or named after its electrode ('TiS2-based
all-solid-state batteries'): the electrode is the cell's, never a component of the electrolyte, and the cell's
capacity sits on the electrolyte between the electrodes (tests/devset/README.md: the layers of a cell are no
components). Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

_LII = [("LiBH4", "HostHydride", None, None), ("LiI", "DopantSubstituent", None, None)]


def _comps(row: dict) -> list[tuple]:
    return [(c["material"], c["role"], c["amount"], c["amount_unit"]) for c in row["components"]]


@pytest.mark.parametrize("text", [
    "The LiBH4–LiI/TiS2 cell delivered 215.5 mAh g−1 at 0.2 C.",
    "A LiBH4–LiI/TiS2 all-solid-state battery delivered 215.5 mAh g−1 at 0.2 C.",
    "TiS2-based all-solid-state batteries using the LiBH4–LiI electrolyte delivered 215.5 mAh g−1 at 0.2 C.",
    "Assembled as a LiBH4–LiI/FeS2 coin cell, the electrolyte delivered 215.5 mAh g−1 at 0.2 C.",
    "TiS2-based batteries using the LiBH4–LiI electrolyte delivered 215.5 mAh g−1 at 0.2 C.",
    "TiS2-based solid-state Li-ion batteries using the LiBH4–LiI electrolyte delivered 215.5 mAh g−1 at 0.2 C.",
    "LiCoO2-based cells with a LiBH4–LiI electrolyte delivered 215.5 mAh g−1 at 0.2 C.",
    "In the TiS2|LiBH4–LiI cell, a capacity of 215.5 mAh g−1 was delivered at 0.2 C.",
])
def test_the_cells_electrode_is_no_component_of_the_electrolyte(text):
    row = the_one(contract_measurements(text), 215.5)
    assert (row["property"], row["unit"], row["system"]) == ("specific_capacity", "mAh/g", "LiBH4–LiI")
    assert _comps(row) == _LII
    assert row["strategies"] == ["AnionSubstitution"]
    assert row["conditions"].get("c_rate") == 0.2


def test_a_hydride_anode_with_its_counter_electrode_is_the_anode():
    row = the_one(contract_measurements("The MgH2/Li half-cell delivered 1455.5 mAh g−1 in the first discharge."),
                  1455.5)
    assert _comps(row) == [("MgH2", "HostHydride", None, None)]


def test_a_hydrogen_store_composite_written_with_a_slash_keeps_its_parts():
    # no cell named: TiS2 destabilizes the reactive composite, it is one of its parts
    row = the_one(contract_measurements("The LiBH4–LiI/TiS2 composite releases 9.5 wt% H2 at 350 °C."), 9.5)
    assert "TiS2" in [c["material"] for c in row["components"]]


def test_a_three_layer_cell_keeps_the_electrolytes_coefficients():
    # the last two layers of 'Li/0.75LiBH4–0.25LiI/TiS2' are no two-layer cell of their own
    row = the_one(contract_measurements("An all-solid-state Li/0.75LiBH4–0.25LiI/TiS2 cell delivers 205.5 mAh g−1."),
                  205.5)
    assert _comps(row) == [("LiBH4", "HostHydride", 0.75, "ratio"), ("LiI", "DopantSubstituent", 0.25, "ratio")]
