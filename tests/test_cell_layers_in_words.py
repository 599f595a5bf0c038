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


# A cell's electrode named in words in one sentence ("a TiS2 positive electrode") is still the cell's where a later
# sentence of the passage names it again ("…, a TiS2 utilization of 80 %"): no component of the electrolyte's sample.
@pytest.mark.parametrize("text", [
    "The cell paired a TiS2 positive electrode with a LiBH4–LiI electrolyte and a Li negative electrode. "
    "The TiS2 delivered a capacity of 187.5 mAh g−1 at 0.5 C.",
    "The cell paired a MoS2 positive electrode with a LiBH4–LiI electrolyte and a Li negative electrode. "
    "The MoS2 delivered a capacity of 187.5 mAh g−1 at 0.5 C.",
    "An all-solid-state cell of a FeS2 cathode, a LiBH4–LiI electrolyte and a Li anode was cycled. "
    "With the FeS2, 187.5 mAh g−1 was reached in the second discharge.",
    "A TiS2 cathode, a LiBH4–LiI solid electrolyte and a lithium foil anode made up the cell. "
    "After 50 cycles the TiS2 still delivered 187.5 mAh g−1.",
])
def test_an_electrode_named_earlier_in_the_passage_stays_the_cells(text):
    _on_the_electrolyte_alone(text, 187.5)


def _on_the_electrolyte_alone(text: str, value: float) -> None:
    row = the_one(contract_measurements(text), value)
    assert row["system"] == "LiBH4–LiI"
    assert _comps(row) == _LII


def test_a_partner_never_named_as_an_electrode_stays_a_component():
    # (near miss: TiS2 milled into the electrolyte, the cell's electrode being another material)
    text = ("We built a cell from a LiCoO2 cathode, a LiBH4 electrolyte and a Li anode. "
            "LiBH4 milled with 5 wt% TiS2 reached an ionic conductivity of 0.43 mS/cm at 80 °C.")
    row = the_one(contract_measurements(text), 0.43)
    assert [c["material"] for c in row["components"]] == ["LiBH4", "TiS2"]


# "a FeS2 cathode": the electrode noun after a material the ontology does not know is that material's name in the
# document (as 'the HEA' is the alloy's); in a cell sentence it is the cell's part too, no additive of the electrolyte.
@pytest.mark.parametrize("text", [
    "A cell with a CoS2 cathode, a LiBH4–LiI electrolyte and a Li anode reached 141.5 mAh g−1 at 0.2 C.",
    "The battery with a NiS2 cathode, a LiBH4–LiI electrolyte and an In–Li anode gave 141.5 mAh g−1 in its second "
    "discharge.",
    "Cells with a FeS2 cathode, the LiBH4–LiI electrolyte and Li metal anodes kept 141.5 mAh g−1 after 20 cycles.",
])
def test_the_electrode_noun_after_an_unknown_cathode_is_the_cells_too(text):
    _on_the_electrolyte_alone(text, 141.5)


def test_a_cathode_named_outside_a_cell_sentence_is_not_dropped():
    # (near miss: no electrolyte and no cell in the sentence: the sulfide is what is measured)
    row = the_one(contract_measurements("The CoS2 cathode material has a particle size of 41.5 nm."), 41.5)
    assert row["components"][0]["material"] == "CoS2"
