"""'lattice space' (as many authors write the spacing of lattice planes) names a length of the crystal structure,
no particle size of the sample. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _sizes(doc: str) -> list[float]:
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    return [r["value"] for r in rows if r["property"] == "particle_size"]


@pytest.mark.parametrize("doc", [
    "HRTEM of the milled Mg2Ni shows a lattice space of 0.21 nm.",
    "The Mg2Ni grains are polycrystalline with a lattice space 0.203 nm.",
    "Fringes with lattice spaces of 0.26 nm were seen in the MgH2 particles.",
])
def test_a_lattice_space_is_no_particle_size(doc):
    assert _sizes(doc) == [], _sizes(doc)


def test_near_miss_a_particle_size_beside_the_word_space_stays():
    assert _sizes("The MgH2 particles had a mean size of 40 nm, leaving free space between them.") == [40.0]
