"""A value whose property is for no application of its own (a particle size, a melting point, a pore
size, a capacity retention) is for what the system's other values in the document are for, else for
what most of the document's values are for — not for the first application its host could have. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def applications(text: str) -> dict[str, str]:
    return {r["property"]: r["application"] for r in records(text)}


@pytest.mark.parametrize("text, prop, application", [
    ("Mg nanoparticles with an average size of 70 nm were made. They absorb hydrogen at 250 °C.",
     "particle_size", "hydrogen_storage"),
    ("LiBH4 melts at 553 K. Its ionic conductivity reaches 1 mS/cm at 400 K.",
     "phase_transition_temperature", "solid_electrolyte"),
    ("The Li2B12H12 salt undergoes a phase transition at 615 K, above which its conductivity is 0.1 S/cm.",
     "phase_transition_temperature", "solid_electrolyte"),
    ("MgH2 confined in a carbon with 4 nm pores releases hydrogen from 200 °C and keeps 95 % of its capacity "
     "after 20 cycles.", "capacity_retention", "hydrogen_storage"),
    ("A MgH2 electrode made of 200 nm particles delivers 1500 mAh/g.", "particle_size", "anode"),
])
def test_a_value_of_no_application_of_its_own_is_for_what_the_document_measures(text, prop, application):
    assert applications(text)[prop] == application


def test_a_property_of_its_own_application_keeps_it():
    """A specific capacity is an electrode's even in a paper most of whose values are hydrogen storage's."""
    apps = applications("MgH2 releases hydrogen at 300 °C with an activation energy of 120 kJ/mol and an "
                        "enthalpy of 75 kJ/mol H2. As an anode it delivers 1400 mAh/g.")
    assert apps["specific_capacity"] == "anode" and apps["reaction_enthalpy"] == "hydrogen_storage"


@pytest.mark.parametrize("text", [
    "The LiBH4–LiI solid electrolyte conducts 1 mS/cm at 25 °C, and cells with it deliver 205 mAh/g.",
    "LiBH4–LiCl is stable up to 5 V. Li–S cells with this electrolyte give a first discharge capacity of 1377 mAh/g.",
    "The 3LiBH4–LiI electrolyte reaches 0.1 mS/cm at 30 °C. A TiS2 cell using it keeps 180 mAh/g after 20 cycles.",
])
def test_a_cell_capacity_recorded_on_its_electrolyte_is_the_electrolyte_s(text):
    apps = {r["property"]: r["application"] for r in records(text)}
    assert {p: a for p, a in apps.items() if "capacity" in p} and \
        set(a for p, a in apps.items() if "capacity" in p) == {"solid_electrolyte"}


@pytest.mark.parametrize("text", ["The LiBH4 anode delivers 300 mAh/g.", "The MgH2 anode delivers 1500 mAh/g."])
def test_an_anode_s_capacity_stays_the_anode_s(text):
    assert applications(text)["specific_capacity"] == "anode"


@pytest.mark.parametrize("text", [
    "An all-solid-state cell was built with Li2B12H12 as the electrolyte and a silicon film as the negative "
    "electrode. The cell delivered a first discharge capacity of 2450 mAh/g.",
    "Graphite was cycled against lithium metal in an all-solid-state battery using LiBH4 as the solid "
    "electrolyte, and a reversible capacity of 330 mAh g−1 was obtained at 120 °C.",
    "A tin foil anode paired with the LiCB11H12 electrolyte in an all-solid-state cell showed an initial "
    "capacity of 760 mAh/g at 60 °C.",
])
def test_an_all_solid_state_cell_s_capacity_on_an_electrolyte_only_hydride_is_the_electrolyte_s(text):
    """A hydride the ontology uses as an electrolyte and never as an anode, in an all-solid-state cell whose
    anode is no hydride (silicon, graphite, tin): the electrode is no sample, and the cell's capacity is
    recorded on the electrolyte between the electrodes, for what it is: a solid electrolyte's, not an anode's
    — also where the text gives the electrolyte no value of its own."""
    caps = [r for r in records(text) if "capacity" in r["property"]]
    assert caps and {r["application"] for r in caps} == {"solid_electrolyte"}


@pytest.mark.parametrize("text, host", [
    ("The MgH2 anode was tested in an all-solid-state cell with LiBH4 as the electrolyte and delivered a first "
     "discharge capacity of 1650 mAh/g.", "MgH2"),
    ("The LiBH4 anode delivers 300 mAh/g.", "LiBH4"),
])
def test_a_hydride_anode_in_a_solid_cell_or_a_hydride_named_the_anode_keeps_the_anode(text, host):
    caps = [r for r in records(text) if "capacity" in r["property"]]
    assert caps and {(r["material"], r["application"]) for r in caps} == {(host, "anode")}


# A value named by words that only one property carries ('ionic conductivity', 'Li-ion conductivity') keeps that
# property after a cell's capacity: the paragraph's application re-reads only words both readings share.
@pytest.mark.parametrize("text, value", [
    ("The first discharge capacity of the cell was 231.5 mAh g−1. The Li3BH4(B12H12) interphase has an ionic "
     "conductivity of 2.5 × 10−5 S cm−1.", 0.025),
    ("After 30 cycles the cell delivered 176.5 mAh g−1. Its LiBH4–LiI electrolyte keeps a lithium-ion conductivity "
     "of 0.021 mS cm−1 at 25 °C.", 0.021),
    ("The cell's second discharge capacity reached 140.5 mAh g−1. The Li2B10H10 phase formed at the interface has "
     "a Li-ion conductivity of 3.4 × 10−4 S cm−1.", 0.34),
])
def test_a_conductivity_named_ionic_stays_ionic_after_a_capacity(text, value):
    row = next(r for r in records(text) if r.get("value") is not None and abs(r["value"] - value) < 1e-9)
    assert row["property"] == "ionic_conductivity"


def test_a_bare_conductivity_of_an_electrode_is_still_read_as_the_electrodes():
    # (near miss: 'conductivity' alone, said of an anode after its capacity: the electrode's electronic one)
    text = ("The MgH2–C electrode delivered 1210.5 mAh g−1 in its first discharge. Its conductivity of 0.83 mS cm−1 "
            "comes from the carbon.")
    row = next(r for r in records(text) if r.get("value") == 0.83)
    assert row["property"] == "electronic_conductivity"


@pytest.mark.parametrize("text", [
    "Cells with a tin anode and the NaCB11H12 electrolyte deliver 118 mAh/g at C/10 and keep 91% of it after "
    "80 cycles.",
    "The Li/LiCB11H12/TiS2 cells give a discharge capacity of 132 mAh g−1 at C/20 and retain 88 % of it after "
    "60 cycles.",
    "A sodium metal anode and a Na3V2(PO4)3 cathode were combined with Na2B10H10. These cells retained 87% of "
    "their capacity after 150 cycles and delivered 96 mAh/g at C/5.",
    "KB3H8 conducts 0.2 mS/cm at 50 °C with an activation energy of 0.4 eV. K/KB3H8/TiS2 cells deliver "
    "150 mAh/g at 0.2 C and 110 mAh/g at 1 C, and keep 80% of it after 200 cycles.",
])
def test_the_cells_of_a_hydride_used_only_as_an_electrolyte_are_the_electrolyte_s(text):
    """A capacity of cells whose anodes the text names ('a tin anode', 'a sodium metal anode') on a hydride the
    ontology applies to nothing but electrolytes (NaCB11H12, LiCB11H12, Na2B10H10) is the electrolyte's: the
    hydride is what it is in the cell, whatever electrode is named beside it; and the retention of the same cells
    follows the capacities (also where an electrolyte's conductivity stands beside them, on a hydride the
    ontology does not know)."""
    rows = [r for r in records(text) if "capacity" in r["property"]]
    assert {r["property"] for r in rows} >= {"capacity_retention"} and len(rows) >= 2
    assert {r["application"] for r in rows} == {"solid_electrolyte"}


def test_a_hydride_of_other_uses_named_the_anode_keeps_the_anode():
    # (near miss: Li2B12H12 also stores hydrogen, and the text names it the anode: no cell's electrolyte)
    assert applications("The Li2B12H12 anode delivers 210 mAh/g.")["specific_capacity"] == "anode"


@pytest.mark.parametrize("text", [
    "Interface engineering lets the Na3(B12H12)(CB11H12) electrolyte work with a sodium metal anode. These cells "
    "deliver 103 mAh/g at C/10 and keep 86% of it after 90 cycles.",
    "Cells combining a graphite anode with the ball-milled LiCB11H12 electrolyte deliver 280 mAh/g at C/10.",
    "The LiCB9H10 electrolyte, prepared by ball milling, was cycled between a lithium foil anode and a TiS2 cathode "
    "and delivered 190 mAh/g at C/5.",
])
def test_an_anode_named_by_another_material_is_not_said_of_the_hydride(text):
    """'a sodium metal anode', 'a graphite anode', 'a lithium foil anode': the anode the sentence names is that
    material's role in the cell, not what the sentence's hydride (its electrolyte) is for."""
    rows = [r for r in records(text) if "capacity" in r["property"]]
    assert rows and {r["application"] for r in rows} == {"solid_electrolyte"}


def test_a_hydride_named_the_anode_with_a_method_keeps_the_anode():
    # (near miss: the anode word follows the hydride itself)
    text = "The MgH2 anode, prepared by ball milling, was cycled with the LiCB11H12 electrolyte and gave 1210 mAh/g."
    rows = [r for r in records(text) if "capacity" in r["property"]]
    assert rows and {(r["material"], r["application"]) for r in rows} == {("MgH2", "anode")}
