"""Mechanism claims of lithium-storage abstracts the extractor had not seen (tests/fresh/li): an
interface written as the conduction path. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms


@pytest.mark.parametrize("text", [
    "the LiBH4/Al2O3 interfaces provide fast Li+ conduction pathways",
    "the hydride/oxide interfaces serve as percolating conduction paths for Li+",
    "interfaces act as fast ion conduction paths in the composite",
    "Li+ moves by fast conduction along the interface with the silica",
])
def test_an_interface_written_as_the_conduction_path_is_interfacial_conduction(text):
    assert [t for t, _, _ in find_mechanisms(text)] == ["InterfacialConduction"]


def test_a_conduction_path_not_along_an_interface_is_not_interfacial_conduction():
    assert "InterfacialConduction" not in [t for t, _, _ in find_mechanisms(
        "the reoriented anions provide fast conduction paths through the bulk lattice")]
