"""A demonstrative and the noun of a kind point back to the last thing of that kind the passage named (ingest/
referents.py, pointed_kind): one rule for 'this alloy' (the alloy named last) and 'such an interface' (the sample
whose additive holds the elements of the feature the sentence before named), so every demonstrative reaches both:
'such an alloy', 'these alloys', 'that interface', 'those boundaries' — wordings neither reader took before. Every
sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.referents import pointed_kind


@pytest.mark.parametrize("text, value, system", [
    ("Park et al. embedded the MgZn solid solution in a Mg2Cu matrix. Milling drove Zn into the Mg2Cu phase and "
     "yielded Mg1.9Zn0.1Cu. Upon dehydrogenation, such an alloy decomposes into Mg and Mg2(Cu,Zn), with an enthalpy "
     "of 62.7 kJ/mol.", 62.7, "Mg1.9Zn0.1Cu"),
    ("Kim et al. put the MgGa solid solution into a Mg2Ni host. Gallium moved during milling, forming Mg1.9Ga0.1Ni. "
     "These alloys give up hydrogen with an enthalpy of 60.4 kJ/mol.", 60.4, "Mg1.9Ga0.1Ni"),
    ("MgH2 was milled with 5 wt% TiO2 by Chen et al. Another group found that Cr/Mo interfaces split H2 readily. "
     "That interface brings the onset of MgH2 down to 230 °C. The catalyst, CrMoO4, was made by a sol-gel route.",
     230.0, "MgH2–CrMoO4"),
    ("LiBH4 was ball milled with 10 wt% SiO2 in an earlier study. Later, W–Co boundaries were shown to weaken B–H "
     "bonds. Along those boundaries, LiBH4 starts to release hydrogen at 250 °C.", 250.0, "LiBH4–W–Co"),
])
def test_every_demonstrative_points_back_to_its_kind(text, value, system):
    assert the_one(contract_measurements(text), value)["system"] == system


@pytest.mark.parametrize("text, value, system", [
    # near misses: a demonstrative before a noun of no kind named before ('such a method', 'this work')
    ("Park et al. embedded the MgZn solid solution in a Mg2Cu matrix. Milling drove Zn into the Mg2Cu phase and "
     "yielded Mg1.9Zn0.1Cu. Such a method lets the MgZn–Mg2Cu composite release hydrogen with an enthalpy of "
     "66.0 kJ/mol.", 66.0, "MgZn–Mg2Cu"),
    ("MgH2 was milled with 5 wt% TiO2 by Chen et al. Another group found that Cr/Mo interfaces split H2 readily. "
     "In this work the composite desorbs 5.2 wt% H2 at 280 °C.", 5.2, "MgH2–5 wt% TiO2"),
])
def test_a_demonstrative_before_no_kind_points_to_nothing(text, value, system):
    assert the_one(contract_measurements(text), value)["system"] == system


def test_the_kind_pointed_to():
    kinds = {"alloy": "A", "interface": "I"}
    assert pointed_kind("Such an alloy is light.", kinds) == "A"
    assert pointed_kind("On those interfaces, H2 splits.", kinds) == "I"
    assert pointed_kind("The ternary alloy is light.", kinds) == "A"   # one word between
    assert pointed_kind("Such a method is cheap; this work shows it.", kinds) is None
    assert pointed_kind("The alloy is light.", kinds, 0, 3) is None   # (only before the end asked)
