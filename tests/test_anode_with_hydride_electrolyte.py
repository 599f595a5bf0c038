"""A hydride anode's cell values stay the anode's when its hydride electrolyte is listed beside it.

The electrolyte of a cell written as a list of its layers, in either order ('a LiBH4 electrolyte with a MgH2
anode') or as a terse summary's semicolon-split fields ('MgH2 anode; all-solid-state; LiBH4 electrolyte'),
is the cell's, not the sample's: the capacity and its retention are the anode's, application anode. An
electrolyte that is the subject of a clause of its own keeps its conductivity. Sentences written for this test.
"""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize(("sentence", "value", "anode"), [
    ("MgH2 anode; all-solid-state; LiBH4 electrolyte; 120 degrees C; first discharge 2000 mA h g(-1); "
     "1100 mA h g(-1) after 20 cycles.", 1100.0, "MgH2"),
    ("TiH2 negative electrode; LiBH4 solid electrolyte; 120 °C; 60% capacity retention after 25 cycles.",
     60.0, "TiH2"),
    ("The all-solid-state cell combining a LiBH4 electrolyte with a MgH2 negative electrode delivers 1200 mAh/g.",
     1200.0, "MgH2"),
    ("Cells built from a LiBH4 solid electrolyte with a Mg2NiH4 negative electrode keep 70% of their capacity "
     "after 30 cycles.", 70.0, "Mg2NiH4"),
])
def test_the_listed_electrolyte_is_the_cells(sentence, value, anode):
    got = the_one(contract_measurements(sentence), value)
    assert (got["system"], got["application"]) == (anode, "anode")


def test_an_electrolyte_with_a_clause_of_its_own_keeps_its_conductivity():
    got = the_one(contract_measurements("A LiBH4 electrolyte with a MgH2 anode; LiBH4 conducts 1 mS/cm at 120 °C."), 1.0)
    assert (got["system"], got["property"]) == ("LiBH4", "ionic_conductivity")


@pytest.mark.parametrize(("sentence", "value"), [
    ("In all-solid-state cells, the MgH2 working electrode with the LiBH4 electrolyte keeps 75% of its capacity "
     "after 40 cycles at 120 °C.", 75.0),
    ("The TiH2 working electrode retains 65% of its capacity after 15 cycles.", 65.0),
    ("After 20 cycles, Mg2NiH4 working electrodes still hold 80% of their initial capacity.", 80.0),
])
def test_a_hydride_working_electrode_is_an_anode(sentence, value):
    assert the_one(contract_measurements(sentence), value)["application"] == "anode"


def test_a_hydrogen_free_working_electrode_leaves_the_electrolyte_its_record():
    got = the_one(contract_measurements("A TiS2 working electrode, a LiBH4 electrolyte and a Li counter electrode "
                                        "give 150 mAh/g at 120 °C."), 150.0)
    assert (got["system"], got["application"]) == ("LiBH4", "solid_electrolyte")


@pytest.mark.parametrize(("sentence", "value", "anode"), [
    ("The MgH2 anode of an all-solid-state lithium cell with LiBH4 at 120 °C retains 82% of its capacity after "
     "50 cycles.", 82.0, "MgH2"),
    ("A TiH2 electrode, tested in a cell with Li2B12H12 at 100 °C, delivers 700 mAh/g.", 700.0, "TiH2"),
    ("The Mg2NiH4 negative electrode of a battery with Li3BH4I at 100 °C gives 600 mAh/g.", 600.0, "Mg2NiH4"),
])
def test_the_hydride_a_cell_is_named_with_beside_its_hydride_anode_is_the_cells(sentence, value, anode):
    assert the_one(contract_measurements(sentence), value)["system"] == anode


def test_a_cell_named_with_a_hydride_and_no_hydride_electrode_is_the_hydrides():
    got = the_one(contract_measurements("A cell with LiBH4 conducts Li+ at 120 °C, 1 mS/cm."), 1.0)
    assert got["system"] == "LiBH4"


@pytest.mark.parametrize(("sentence", "value"), [
    ("MgH2 anode; LiBH4 electrolyte; 120 °C; electrolyte conductivity 1 mS/cm; 1100 mAh/g after 20 cycles.", 1.0),
    ("The MgH2 anode delivers 1500 mAh/g at 120 °C with a LiBH4 electrolyte conducting 2 mS/cm.", 2.0),
    ("A MgH2 anode, a LiBH4 electrolyte (1 mS/cm at 120 °C) and a Li foil deliver 1400 mAh/g.", 1.0),
])
def test_the_named_electrolytes_conductivity_beside_an_anode_stays_the_electrolytes(sentence, value):
    got = the_one(contract_measurements(sentence), value)
    assert (got["system"], got["property"]) == ("LiBH4", "ionic_conductivity")


def test_a_conductivity_with_no_cell_electrolyte_named_stays_the_samples():
    got = the_one(contract_measurements("The MgH2 film anode shows an ionic conductivity of 0.001 mS/cm."), 0.001)
    # (the film is the sample, a processed host of its own: ingest/extraction/samples/processed_hosts.py)
    assert got["system"] == "MgH2 film" and got["material"] == "MgH2" and got["additives"] == []
