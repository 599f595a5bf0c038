"""A space-group symbol is never a material: its lattice letter and first plane letter often spell an element
('Fm' fermium, 'Pa' protactinium) or a formula ('P63'), but the symbol's structure (a bar, a '/', two plane
letters, or a screw axis) tells it apart. Sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.extraction.text.nlp import mentions


def _materials(text: str) -> set[str]:
    return {m.text for m in mentions(text) if m.kind in ("SYSTEM", "Material")}


@pytest.mark.parametrize(("text", "kept"), [
    # a barred axis as a Web of Science copy prints it
    ("On heating the bromide salt rearranges into Fm (3) over barm with disordered cations.", set()),
    ("Below the transition the iodide keeps a Pa (3) over bar lattice.", set()),
    # a screw axis and two plane letters
    ("Heating LiBH4 past 390 K turns its Pnma cell into P63mc.", {"LiBH4"}),
    # screw axes alone
    ("The alpha polymorph of Mg(BH4)2 has P6122 symmetry.", {"Mg(BH4)2"}),
    ("Its space group, P63, survives milling.", set()),
])
def test_a_space_group_symbol_is_no_material(text, kept):
    assert _materials(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    # near misses: an element symbol with one lowercase letter and formulas of a lattice letter and digits stay
    ("Films of Pd and Fe were laid on Ca(BH4)2.", {"Pd", "Fe", "Ca(BH4)2"}),
    ("Red P4 and C60 were milled with B12H12 salts.", {"P4", "C60", "B12H12"}),
])
def test_elements_and_formulas_that_share_its_letters_stay(text, kept):
    assert kept <= _materials(text)
