"""The per-sentence readers' cheap looks give what the searches they replace gave (speed cuts must not
change what is read)."""
from __future__ import annotations

import re

import pytest

import ingest.extraction.mechanisms.mechanisms_strategies as mechanisms_strategies
from ingest.extraction.samples import cells
from ingest.extraction.values.property_cues import refined_kin
from ontology.text_memo import new_document

# the case-blind search ``cells._names_electrode`` replaced
_ELECTRODE_WORD = re.compile(r"(?=[eac])(?:electrode|anode|cathode)", re.I)


@pytest.mark.parametrize("text", [
    "The MgH2 anode was paired with a LiBH4 electrolyte.",
    "ELECTRODES made of TiS2 were cycled at 120 °C.",
    "A Cathode of LiCoO2 and an In–Li counter electrode were used.",
    "Bulk MgH2 releases 7.6 wt% hydrogen at 350 °C.",
    "The anodic peak shifts to lower potential.",
    "Electro-deposition of Mg films is slow.",
])
def test_names_electrode_as_the_search(text):
    assert cells._names_electrode(text) == bool(_ELECTRODE_WORD.search(text))


def test_composition_parsed_once_for_every_application():
    new_document()
    before = mechanisms_strategies._composed.cache_info().misses
    a = mechanisms_strategies._composition_strategies("MgH2", ("Nb2O5",), "HydrogenStorage")
    b = mechanisms_strategies._composition_strategies("MgH2", ("Nb2O5",), None)
    assert mechanisms_strategies._composed.cache_info().misses == before + 1
    assert a and b   # a catalyst's strategy either way


def test_unreadable_composition_has_no_strategy():
    new_document()
    assert mechanisms_strategies._composition_strategies("MgH2", ("qwertyzz",), None) == []


@pytest.mark.parametrize("before, expected", [
    ("an activation energy for Li conduction of", "ion_migration_activation_energy"),
    ("the activation energy for Li+ conduction in LiBH4 of", "ion_migration_activation_energy"),
    ("activation energy for ionic conduction of", "ion_migration_activation_energy"),
    ("the apparent activation energy of", None),     # no fuller name said
])
def test_refined_kin_reads_a_fuller_name(before, expected):
    assert refined_kin("dehydrogenation_activation_energy", "kJ/mol", before) == expected
