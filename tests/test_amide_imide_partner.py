"""The amide–imide system (LiNH2 + LiH → Li2NH + H2; Mg(NH2)2 + 2LiH) has one reading in every use: the amide is
the host and the binary hydride its reacting partner (DestabilizingReactant, ReactiveHydrideComposite), also where
the text measures the mixture as a Li+ conductor — not a substituent of the amide's lattice. A borohydride with its
amide (LiNH2–LiBH4) keeps its own reading as an electrolyte. Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import component_roles, contract_measurements, the_one


@pytest.mark.parametrize("text, value, partner", [
    ("The 1:1 mixture of LiNH2 and LiH, partly dehydrogenated, conducts Li+ at 0.123 mS/cm at 25 °C.", 0.123, "LiH"),
    ("LiNH2–LiH reached a lithium-ion conductivity of 1.55 × 10−4 S/cm at room temperature.", 0.155, "LiH"),
    ("Ball-milled LiNH2/LiH was tested as a solid electrolyte and conducted Li+ at 0.0456 mS/cm at 50 °C.", 0.0456,
     "LiH"),
])
def test_the_hydride_of_an_amide_imide_system_stays_its_reacting_partner(text, value, partner):
    row = the_one(contract_measurements(text), value)
    assert component_roles(row)[partner] == "DestabilizingReactant" and row["strategies"] == ["ReactiveHydrideComposite"], row


def test_a_borohydride_with_its_amide_keeps_the_amide_in_its_lattice():
    # near miss: LiNH2 with LiBH4 is an anion substituent of the borohydride conductor
    row = the_one(contract_measurements("The LiNH2–LiBH4 electrolyte conducts Li+ at 0.211 mS/cm at 40 °C."), 0.211)
    assert component_roles(row) == {"LiBH4": "HostHydride", "LiNH2": "DopantSubstituent"}, row
