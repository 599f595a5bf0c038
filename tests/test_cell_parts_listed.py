"""A cell described by its parts: the capacity of a cell whose electrode is a hydride is that electrode's, and a
conductivity said of the electrolyte stays the electrolyte's ionic conductivity beside a cell's capacity.

- a hydride anode listed with the cell's electrolyte and counter electrode ('a MgH2 anode, a LiBH4 electrolyte
  and a Li counter electrode'; a metal 'foil' is an electrode too): the capacity is the anode's;
- a cell written as its layers with the hydride electrode at one end ('MgH2 | LiBH4 | Li cell', 'a cell of
  Li/LiBH4/MgH2'): its last two layers are no cell of their own, the capacity is the hydride electrode's;
- 'the electrolyte conductivity' in a sentence with a cell's capacity, or a conductivity of a sample the
  ontology knows only as an electrolyte, is ionic; an anode's own conductivity there is electronic.

Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _by_property(text: str) -> dict[str, dict]:
    return {r["property"]: r for r in records(text)}


def _materials(row: dict) -> list[str]:
    return [c["material"] for c in row["components"]]


@pytest.mark.parametrize("text", [
    "A pressed all-solid-state battery with a MgH2 anode, a LiBH4 electrolyte and a Li counter electrode gave "
    "1580 mAh g−1 at 120 °C.",
    "The solid cell was built from a MgH2 working electrode, a LiBH4 solid electrolyte and Li foil; its first "
    "discharge capacity was 1610 mAh g−1.",
    "With a LiBH4 electrolyte and a MgH2 composite electrode, the solid-state cell reached 1490 mAh g−1 at 120 °C.",
    "In a MgH2 | LiBH4 | Li cell held at 120 °C, a reversible capacity of 1320 mA h g−1 was recorded.",
    "A cell of Li/LiBH4/MgH2 returned 1270 mAh g−1 at 120 °C.",
])
def test_the_capacity_of_a_cell_with_a_hydride_anode_is_the_anodes(text):
    row, = records(text)
    assert _materials(row) == ["MgH2"]
    assert row["application"] == "anode"


def test_a_cell_of_non_hydride_electrodes_keeps_its_capacity_on_the_electrolyte():
    row, = records("A solid cell with a TiS2 cathode, a LiBH4 electrolyte and a Li anode gave 198 mAh g−1.")
    assert _materials(row) == ["LiBH4"]


@pytest.mark.parametrize("text", [
    "The Li/LiBH4–LiI/TiS2 cell kept 176 mAh g-1 after 40 cycles, and the electrolyte conductivity was "
    "1.3 × 10−4 S cm−1 at 30 °C.",
    "Cells with the LiBH4–LiI electrolyte held 171 mAh g-1, while the conductivity of the electrolyte reached "
    "0.12 mS cm−1 at 30 °C.",
    "The 3LiBH4–LiI pellet gave 182 mAh g-1 in a TiS2 cell, and its conductivity was 1.1 × 10−4 S cm−1 at 35 °C.",
])
def test_an_electrolytes_conductivity_beside_a_capacity_is_ionic(text):
    assert "ionic_conductivity" in _by_property(text)


def test_an_anodes_own_conductivity_beside_its_capacity_is_electronic():
    rows = _by_property("The MgH2 anode kept 420 mAh g-1, and its conductivity was 2 × 10−6 S cm−1 at 25 °C.")
    assert "electronic_conductivity" in rows


@pytest.mark.parametrize("text", [
    "A solid-state battery was built with a MgH2 anode and a 3LiBH4–LiI electrolyte; at 100 °C it gave 1390 mAh g−1. "
    "The conductivity of the electrolyte was 1.4 × 10−4 S cm−1 at 30 °C.",
    "MgH2 was cycled with 3LiBH4–LiI as the solid electrolyte and kept 980 mAh g−1. The electrolyte conductivity "
    "reached 1.4 × 10−4 S cm−1 at 30 °C.",
    "The cell paired a MgH2 working electrode with a 3LiBH4–LiI electrolyte and gave 1210 mAh g−1. Its Li+ "
    "transference number was 0.96.",
])
def test_a_later_electrolyte_value_is_the_cells_electrolytes(text):
    rows = [r for r in records(text) if r["application"] == "solid_electrolyte"]
    assert rows and all(r["components"][0]["material"] == "LiBH4" for r in rows)


def test_a_later_conductivity_of_the_anode_itself_stays_the_anodes():
    rows = records("The MgH2 anode gave 1320 mAh g−1. Its conductivity was 1.8 × 10−6 S cm−1 at 30 °C.")
    assert {r["property"]: _materials(r) for r in rows}["electronic_conductivity"] == ["MgH2"]


@pytest.mark.parametrize("text", [
    "Lithium–sulfur cells built with the LiBH4–LiCl electrolyte gave 1290 mAh/g in the first cycle.",
    "Paired with the 3LiBH4–LiI electrolyte, a TiS2 cathode kept 168 mAh g−1 after 30 cycles.",
    "The TiS2/LiBH4–LiBr/Li cell, whose LiBH4–LiBr electrolyte was hot pressed, gave 174 mAh g−1.",
])
def test_a_cell_capacity_on_a_hydride_named_as_the_electrolyte_is_an_electrolytes_record(text):
    row, = records(text)
    assert row["components"][0]["material"] == "LiBH4"
    assert row["application"] == "solid_electrolyte"


def test_a_hydride_anode_beside_a_named_electrolyte_stays_an_anode():
    rows = records("A MgH2 electrode gives 1390 mAh/g, and the LiBH4–LiI electrolyte reaches 1.2 × 10−4 S/cm at 25 °C.")
    assert {r["property"]: r["application"] for r in rows} == {"specific_capacity": "anode",
                                                               "ionic_conductivity": "solid_electrolyte"}


@pytest.mark.parametrize("text", [
    "The TiS2/LiBH4–LiI/Li cell kept 171 mAh g−1 over 25 cycles.",
    "A Li/3LiBH4–LiI/TiS2 cell returned 184 mAh g-1 in its 10th cycle.",
    "The capacity of the Li | LiBH4–LiBr | TiS2 cell was 169 mAh g−1 after 40 cycles.",
])
def test_a_capacity_of_a_cell_written_as_layers_is_its_electrolytes_record(text):
    row, = records(text)
    assert row["components"][0]["material"] == "LiBH4"
    assert row["application"] == "solid_electrolyte"


@pytest.mark.parametrize(("text", "material"), [
    ("All-solid-state half cells (Li | LiBH4 | MgH2) gave an initial capacity of 1590 mAh g-1 at 120 °C.", "MgH2"),
    ("Half cells (Li/LiBH4/Li3AlH6) stored 1240 mAh g-1 in the first cycle at 120 °C.", "Li3AlH6"),
    ("Symmetric cells (Li | LiBH4–LiI | Li) ran with an overpotential of 14 mV at 0.2 mA cm−2.", "LiBH4"),
])
def test_a_cell_written_as_layers_in_brackets_after_its_noun_names_the_tested_layer(text, material):
    row, = records(text)
    assert row["components"][0]["material"] == material


def test_a_bracketed_aside_before_the_value_is_still_no_subject():
    rows = records("The NbF5-doped LiAlH4 began to decompose at 96 °C (as-milled LiAlH4: 151 °C) and gave off 6.9 wt% H2.")
    capacity, = [r for r in rows if r["value"] == 6.9]
    assert [c["material"] for c in capacity["components"]] == ["LiAlH4", "NbF5"]
