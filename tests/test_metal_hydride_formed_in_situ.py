"""A transition metal's binary hydride that the passage says formed in a run or in situ, where the passage added (or
compared) the metal itself and never put the hydride in as such, is the phase the metal catalyst turned into: a claim
crediting the hydride is the metal's, MetalCatalysis, with the hydride as its in-situ phase (issue 10, the review's
Ti → TiH2 'hydrogen pump'; ingest/extraction/mechanisms/mechanisms.py). Near misses: a hydride milled in as an additive
of its own keeps its compound's catalysis. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples, records


@pytest.mark.parametrize("text, mechanisms", [
    ("Elemental V and Ti were milled with MgH2, giving an activation energy of 65 kJ/mol for MgH2–V. Hydrides TiH2 "
     "and VH0.8 formed during the first hydrogenation. The TiH2 works as a hydrogen pump and promotes nucleation of "
     "Mg.", {"HydrogenPump", "NucleationInduction"}),
    ("Liang compared Ti, V and Ni as catalysts of MgH2, and MgH2–V reached 62 kJ/mol. Later work found that TiH2 and "
     "VH0.8 are generated during hydrogenation. TiH2, acting as a hydrogen pump, speeds up the nucleation of Mg.",
     {"HydrogenPump", "NucleationInduction"}),
    ("A MgH2 powder with 4 at% Zr was cycled ten times. ZrH2 was formed during the first hydrogenation. This ZrH2 "
     "acts as a hydrogen pump for the magnesium.", {"HydrogenPump"}),
])
def test_hydride_the_metal_turned_into_acts_for_the_metal(text, mechanisms):
    found = {(m, a, s) for m, h, a, s in claim_tuples(text) if h == "MgH2"}
    for mechanism in mechanisms:
        assert any(m == mechanism and s == "MetalCatalysis" for m, a, s in found), found
    assert not any(s == "MetalCompoundCatalysis" for _, _, s in found), found


@pytest.mark.parametrize("text", [
    "MgH2 was milled with 7 wt% TiH2 and released 6 wt% H2 at 260 °C. The TiH2 acts as a hydrogen pump.",
    "MgH2 was milled with Ti or with TiH2. The TiH2 acts as a hydrogen pump.",
])
def test_near_miss_hydride_milled_in_keeps_its_compound_catalysis(text):
    assert ("HydrogenPump", "MgH2", "TiH2", "MetalCompoundCatalysis") in claim_tuples(text)


@pytest.mark.parametrize("text, value", [
    ("Early transition metals such as Ti, V and Nb were milled with MgH2. TiH2 and VH0.8 formed during "
     "hydrogenation. The MgH2–TiH2 composite released hydrogen at 1.1 wt%/min at 250 °C.", 1.1),
    ("Ti and V were milled with MgH2, and TiH2 was formed during the first hydrogenation. The MgH2–TiH2 sample "
     "showed an activation energy of 68 kJ/mol.", 68.0),
    ("We ball milled MgH2 with Zr. ZrH2 is generated during the first cycle, and the MgH2–ZrH2 composite then "
     "desorbs 6.2 wt% H2 at 290 °C.", 6.2),
])
def test_sample_with_the_formed_hydride_shows_the_metal_s_catalysis(text, value):
    # (ingest/extraction/samples/compound_kinds.with_metal_kind: the measured sample written with the phase the metal
    # became)
    rows = [r for r in records(text) if r["value"] == value]
    assert rows and all(r["strategies"] == ["MetalCatalysis"] for r in rows), rows


def test_near_miss_sample_milled_with_the_hydride_keeps_compound_catalysis():
    rows = records("MgH2 was milled with 7 wt% TiH2 and released hydrogen at 1.0 wt%/min at 260 °C.")
    assert [r["strategies"] for r in rows] == [["MetalCompoundCatalysis"]], rows


def test_near_miss_hydride_formed_from_a_compound_of_the_metal_keeps_compound_catalysis():
    # the sentence saying TiH2 formed names Ti3C2, a compound of Ti it came from: no metal catalyst's phase
    rows = records("MgH2 nanoparticles were grown on Ti3C2 nanosheets, and TiH2 generated in situ during milling "
                   "acts as the catalytic phase. The MgH2@Ti3C2–TiH2 composite keeps 4.2 wt% after 50 cycles at "
                   "200 °C, and Ti is the key.")
    assert [r["strategies"] for r in rows] == [["MetalCompoundCatalysis", "Nanoconfinement"]], rows
