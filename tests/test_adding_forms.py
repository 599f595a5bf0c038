"""How an abstract says it put an additive into its host, in its own present ("We introduce TiO2 into MgH2")
and as a noun after the additive ("the effect of Nb2O5 addition on MgH2"): the values that follow are the
sample's. Sentences written for this test."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows
from tests.prose_sentences import adds, facts, the_one


@pytest.mark.parametrize("introduction, additive", [
    ("We introduce TiO2 into MgH2 by ball milling.", "TiO2"),
    ("Here we add Nb2O5 nanoparticles to MgH2 by high-energy milling.", "Nb2O5"),
    ("In this work, we incorporate CeO2 into LiAlH4 through mechanical milling.", "CeO2"),
    ("The effect of Nb2O5 addition on MgH2 was examined.", "Nb2O5"),
    ("The influence of TiF3 doping on LiBH4 is investigated in detail.", "TiF3"),
    ("We studied the impact of NiO loading on NaAlH4.", "NiO"),
])
def test_the_added_material_joins_the_sample(introduction, additive):
    got = facts(introduction, "The composite starts to release hydrogen at 187 °C.")
    assert adds(got[187.0].system) == {additive}


@pytest.mark.parametrize("introduction", [
    "The effect of milling time on MgH2 was examined.",
    "We introduce a kinetic model for the decomposition of MgH2.",
])
def test_no_material_added_leaves_the_host_bare(introduction):
    got = facts(introduction, "MgH2 starts to release hydrogen at 187 °C.")
    assert adds(got[187.0].system) == set()



def test_a_bracketed_list_of_the_added_materials_stays_a_list():
    # a title's "multiple oxide (A/B) addition": the bracket names the two oxides added, not A on a support B
    doc = ("# Influence of multiple oxide (Cr2O3/V2O5) addition on the kinetics of MgH2\n\n"
           "The composite starts to release hydrogen at 187 °C.\n")
    row = the_one([r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"], 187.0)
    assert sorted(c["material"] for c in row["components"][1:]) == ["Cr2O3", "V2O5"]
