"""'such an interface' / 'this interface' / 'these heterojunctions' / 'that interface' after a sentence that named a feature of two
metals ('Fe/Mn interfaces') is the sample whose additive holds those metals (ingest/extraction/attribution/referents.py,
pointed_kind), not the sample the paragraph named before. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.attribution.referents import described_parts, pointed_kind


@pytest.mark.parametrize("text, value, system", [
    # the additive named in the sentence after
    ("Xu et al. anchored Co nanoparticles on MgO and milled them with MgH2. Likewise, Fe and Mn show catalytic "
     "activity. It was found that Fe/Mn interfaces promote electron transfer [12]. At 250 °C, such an interface "
     "enables 5.8 wt% H2 release within only 8 min. Moreover, MgH2 catalyzed by Fe2MnO4 absorbs hydrogen at room "
     "temperature.", 5.8, "MgH2–Fe2MnO4"),
    ("In one report, TiO2 was milled into MgH2 [5]. Another group showed that Ni–Co interfaces weaken the Mg–H bond "
     "[6]. With this interface, the onset of dehydrogenation falls to 180 °C. The catalyst, NiCo2O4, was grown on "
     "carbon.", 180.0, "MgH2–NiCo2O4"),
    # no compound of the metals named: the metals themselves
    ("Ni-doped LiBH4 was studied first. Co–Fe heterojunctions were then reported to break B–H bonds efficiently. "
     "These heterojunctions cut the onset temperature of LiBH4 to 210 °C.", 210.0, "LiBH4–Co–Fe"),
    # ('that interface', 'those boundaries': any demonstrative points back to the kind, referents.pointed_kind)
    ("MgH2 was milled with 5 wt% TiO2 by Chen et al. Another group found that Cr/Mo interfaces split H2 readily. "
     "That interface brings the onset of MgH2 down to 230 °C. The catalyst, CrMoO4, was made by a sol-gel route.",
     230.0, "MgH2–CrMoO4"),
    ("LiBH4 was ball milled with 10 wt% SiO2 in an earlier study. Later, W–Co boundaries were shown to weaken B–H "
     "bonds. Along those boundaries, LiBH4 starts to release hydrogen at 250 °C.", 250.0, "LiBH4–W–Co"),
])
def test_such_a_feature_is_the_sample_with_its_metals(text, value, system):
    assert the_one(contract_measurements(text), value)["system"] == system


@pytest.mark.parametrize("text, value", [
    # near misses: another noun after 'such a' / a pair of metals that is no feature named before the value
    ("MgH2 was milled with 5 wt% TiO2 by Chen et al. Later work showed that Zr/Cr boundaries weaken the Mg–H bond "
     "strongly. Such a treatment lets the composite desorb 5.5 wt% H2 at 270 °C.", 5.5),
    ("MgH2 was milled with 5 wt% TiO2 by Chen et al. The Zr/Cr ratio of the second catalyst was tuned. The "
     "composite desorbs 5.3 wt% H2 at 270 °C.", 5.3),
    ("MgH2 was milled with 5 wt% TiO2 by Chen et al. Another group found that Cr/Mo interfaces split H2 readily. "
     "In this work the composite desorbs 5.2 wt% H2 at 280 °C.", 5.2),   # 'this work': no kind named
])
def test_no_feature_pointed_back_to_keeps_the_paragraphs_sample(text, value):
    assert the_one(contract_measurements(text), value)["system"] == "MgH2–5 wt% TiO2"


def test_the_feature_read_and_pointed_back_to():
    before = described_parts("We found that Pt/Pd boundaries and Ni-Cu heterojunctions are active.")
    assert before == {"boundary": ("Pt", "Pd"), "heterojunction": ("Ni", "Cu")}
    assert pointed_kind("Along such boundaries, hydrogen moves fast.", before) == ("Pt", "Pd")
    assert pointed_kind("Such a method is cheap.", before) is None
    assert described_parts("The Mg/MgH2 ratio rose.") == {}   # a formula, no element pair
    assert described_parts("The Mg–Li alloy and the Mg-Ti films were made.") == {}   # samples, no features
    kinds = {"alloy": "A", "interface": "I"}
    assert pointed_kind("On those interfaces, H2 splits.", kinds) == "I"
    assert pointed_kind("The ternary alloy is light.", kinds) == "A"   # (one word between)
    assert pointed_kind("Such a method is cheap; this work shows it.", kinds) is None
    assert pointed_kind("The alloy is light.", kinds, 0, 3) is None   # (only before the end asked)
