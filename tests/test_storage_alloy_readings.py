"""One reading of "a storage metal's alloy" (ontology.hosts.storage_alloy, storage_metal_compound) used by the reader
of a sentence's sample and by the reader of values given to a bare additive (ingest.extraction.samples.samples_additives.alloy_beside): an alloy
written as alloys are on a metal that stores hydrogen is a storage material of its own; a compound of such a metal
with much of a non-metal (a silicide, a germanide) is not; a stoichiometric composition is one only when named as
an alloy or made of an element the passage's sample lacks. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials, contract_measurements, the_one

from ingest.extraction.samples.samples_additives import alloy_beside
from ontology.hosts import storage_alloy, storage_metal_compound
from ontology.system import parse_system


@pytest.mark.parametrize("formula", ["Mg60Ni36Si4", "Mg2Ni0.9Co0.1", "Mg–25Ni", "LaNi5", "Mg45Ni50Al5", "TiMn1.5"])
def test_an_alloy_written_as_alloys_are_on_a_storage_metal_is_a_storage_alloy(formula):
    assert storage_alloy(formula)


@pytest.mark.parametrize("formula", ["Ti", "TiB2", "CeNi5", "Mg2Si", "Ca2Ge", "MgSe", "AlB", "Mg2Ni", "Ni3Mg"])
def test_a_lone_metal_a_compound_or_a_stoichiometric_phase_is_no_storage_alloy_by_itself(formula):
    assert not storage_alloy(formula)


def test_a_stoichiometric_composition_is_a_storage_alloy_by_the_passage():
    assert storage_metal_compound("Mg17Al12") and not storage_metal_compound("Mg2Si")
    # a phase the passage's sample forms of its own elements; an alloy when named so or foreign to the sample
    assert not alloy_beside("Mg17Al12", parse_system("MgH2–Al"))
    assert alloy_beside("Mg17Al12", parse_system("MgH2–Al"), named_alloy=True)
    assert alloy_beside("Mg17Al12", parse_system("Mg90Ni10"))


@pytest.mark.parametrize("text, pairs", [
    ("MgH2 was milled with several compounds. The onset temperatures were 270 and 290 °C for Mg2Si and Mg2Ge, "
     "respectively.", [(270.0, "Mg2Si"), (290.0, "Mg2Ge")]),
    ("MgH2 was doped with 5 wt% of two silicides. Its desorption peaks lay at 322 and 340 °C for Mg2Si and Ca2Si, "
     "respectively.", [(322.0, "Mg2Si"), (340.0, "Ca2Si")]),
    ("MgH2 was co-milled with different germanides. The peak temperatures were 318 and 331 °C for Ca2Ge and "
     "Mg2Ge, respectively.", [(318.0, "Ca2Ge"), (331.0, "Mg2Ge")]),
])
def test_a_value_for_a_bare_silicide_is_the_hosts_with_it(text, pairs):
    rows = contract_measurements(text)
    for value, additive in pairs:
        row = the_one(rows, value)
        assert component_materials(row) == {"MgH2", additive}, row


def test_near_miss_an_alloy_with_a_little_silicon_stays_its_own_host():
    rows = contract_measurements("Pure Mg was set beside two alloys. The absorbed capacities were 2.9 and 3.1 wt% "
                                 "for Mg62Ni34Si4 and Mg45Ni50Al5, respectively.")
    assert the_one(rows, 2.9)["material"] == "Mg62Ni34Si4" and the_one(rows, 3.1)["material"] == "Mg45Ni50Al5"
