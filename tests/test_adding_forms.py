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


@pytest.mark.parametrize("introduction, additives", [
    ("TiO2 was chosen as the catalyst and ball milled with MgH2.", {"TiO2"}),
    ("CeO2 and Nb2O5 were selected as additives and milled with LiAlH4.", {"CeO2", "Nb2O5"}),
    ("Here we use NbF5 to catalyse the dehydrogenation of NaAlH4.", {"NbF5"}),
    ("In this work we employed TiF3 as a catalyst for LiBH4.", {"TiF3"}),
    ("Fe3O4 nanoparticles were synthesized and their catalytic effect on MgH2 was evaluated.", {"Fe3O4"}),
    ("Co nanosheets were prepared hydrothermally, and their influence on the sorption of MgH2 was studied.", {"Co"}),
])
def test_an_additive_chosen_or_used_for_the_host_joins_the_sample(introduction, additives):
    got = facts(introduction, "The composite starts to release hydrogen at 187 °C.")
    assert adds(got[187.0].system) == additives


@pytest.mark.parametrize("introduction", [
    "TiO2 was chosen as the reference oxide, and MgH2 was milled alone.",
    "We use DSC to follow the dehydrogenation of MgH2.",
])
def test_a_choosing_or_using_that_puts_nothing_in_the_host_leaves_it_bare(introduction):
    got = facts(introduction, "MgH2 starts to release hydrogen at 187 °C.")
    assert adds(got[187.0].system) == set()
