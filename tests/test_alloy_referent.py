"""'this alloy' / 'the alloy' is the alloy the passage named last (ingest/extraction/attribution/referents.py, pointed_kind), not the composite the
paragraph was about before. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, system", [
    ("Li et al. dispersed the MgNi solid solution into a Mg2Cu matrix. During milling, Ni atoms moved into the "
     "Mg2Cu phase and produced Mg5.5Ni0.5Cu. On heating, this alloy splits into Mg and Mg2(Cu,Ni) and its "
     "desorption enthalpy drops to 63.4 kJ/mol.", 63.4, "Mg5.5Ni0.5Cu"),
    ("The MgAl solid solution was embedded in a Mg2Ni host by Chen et al. The annealing step gave Mg1.8Al0.2Ni as "
     "the final phase. The alloy releases hydrogen with an enthalpy of 59.1 kJ/mol.", 59.1, "Mg1.8Al0.2Ni"),
    ("Zhang et al. mixed the MgSn solid solution into the Mg2Ni alloy system. Sn diffused during milling, which led to "
     "the formation of Mg1.85Sn0.15Ni. Upon hydrogen release, this alloy separates into Mg and other phases, and the "
     "enthalpy reaches 64.8 kJ/mol.", 64.8, "Mg1.85Sn0.15Ni"),
    # ('such an alloy', 'these alloys': any demonstrative points back to the kind, referents.pointed_kind)
    ("Park et al. embedded the MgZn solid solution in a Mg2Cu matrix. Milling drove Zn into the Mg2Cu phase and "
     "yielded Mg1.9Zn0.1Cu. Upon dehydrogenation, such an alloy decomposes into Mg and Mg2(Cu,Zn), with an enthalpy "
     "of 62.7 kJ/mol.", 62.7, "Mg1.9Zn0.1Cu"),
    ("Kim et al. put the MgGa solid solution into a Mg2Ni host. Gallium moved during milling, forming Mg1.9Ga0.1Ni. "
     "These alloys give up hydrogen with an enthalpy of 60.4 kJ/mol.", 60.4, "Mg1.9Ga0.1Ni"),
])
def test_this_alloy_is_the_alloy_named_last(text, value, system):
    row = the_one(contract_measurements(text), value)
    assert row["system"] == system, row


def test_a_composite_noun_still_means_the_composite():
    # near miss: 'this composite' is the milled sample, not the alloy it holds
    text = "MgH2 was ball milled with Mg5.7Ni0.3Cu. This composite desorbs hydrogen with an enthalpy of 70.3 kJ/mol."
    assert the_one(contract_measurements(text), 70.3)["system"] == "MgH2–Mg5.7Ni0.3Cu"


def test_a_demonstrative_before_no_kind_points_to_no_alloy():
    # near miss: 'such a method' names no kind the passage named
    text = ("Park et al. embedded the MgZn solid solution in a Mg2Cu matrix. Milling drove Zn into the Mg2Cu phase and "
            "yielded Mg1.9Zn0.1Cu. Such a method lets the MgZn–Mg2Cu composite release hydrogen with an enthalpy of "
            "66.0 kJ/mol.")
    assert the_one(contract_measurements(text), 66.0)["system"] == "MgZn–Mg2Cu"


def test_the_alloy_of_a_doped_alloy_sample_keeps_its_additive():
    # near miss: the paragraph's sample is the alloy itself, doped: 'the alloy' is that sample
    text = ("The Mg1.8Al0.2Ni alloy was milled with 5 wt% CeO2. The alloy then releases hydrogen with an enthalpy of "
            "58.3 kJ/mol.")
    assert the_one(contract_measurements(text), 58.3)["system"] != "Mg1.8Al0.2Ni"


def test_the_next_paragraph_goes_back_to_the_sample_before_the_alloy():
    text = ("Li et al. dispersed the MgNi solid solution into a Mg2Cu matrix. During milling, Ni atoms moved into the "
            "Mg2Cu phase and produced Mg5.5Ni0.5Cu. On heating, this alloy splits into Mg and Mg2(Cu,Ni) and its "
            "desorption enthalpy drops to 63.4 kJ/mol.\n\nEven so, alloying by itself seldom brings the reaction "
            "enthalpy below 58 kJ/mol.")
    rows = contract_measurements(text)
    assert the_one(rows, 63.4)["system"] == "Mg5.5Ni0.5Cu"
    assert the_one(rows, 58.0)["system"] != "Mg5.5Ni0.5Cu"
