"""The scorer compares a support written with its pore words ('nanoporous silica', 'mesoporous carbon') as the
material the words stand before (SiO2, C): a morphology adjective makes no other material on either side, while a
named scaffold ('CMK-3', 'SBA-15') stays itself."""
from __future__ import annotations

import pytest

from ingest.evaluation.scoring import material_key, same_material


@pytest.mark.parametrize("written, formula", [
    ("nanoporous silica", "SiO2"),
    ("porous silica", "SiO2"),
    ("mesoporous carbon", "C"),
    ("microporous carbon", "C"),
    ("ordered mesoporous silica", "SiO2"),
])
def test_a_pore_word_before_a_material_names_that_material(written, formula):
    assert same_material(written, formula)


def test_two_spellings_of_one_porous_support_agree():
    assert same_material("nanoporous carbon", "porous carbon")


@pytest.mark.parametrize("named, formula", [("CMK-3", "C"), ("SBA-15", "SiO2"), ("MCM-41", "SiO2")])
def test_a_named_scaffold_stays_itself(named, formula):
    assert not same_material(named, formula)
    assert material_key(named)[0] == "term"
