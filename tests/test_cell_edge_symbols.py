"""Issue 10: a unit cell's edge written by its symbol and '=' before a length ('a = 7.09109(5) Å, c=11.50958(10)Å')
is a lattice parameter, no particle size: the graph records no fact of it (the ontology's CellAxisSymbol scheme),
as it records none for 'lattice parameters of …'. A size written with another symbol ('d = 20 nm') stays one."""
from __future__ import annotations

import pytest
from extracted import property_values


@pytest.mark.parametrize("sentence", [
    "The orthorhombic LiBH4 phase has a = 7.18 Å, b = 4.44 Å and c = 6.80 Å.",
    "Na2B12H12 adopts a monoclinic cell (a = 9.58(1) Å, c = 12.1 Å).",
    "Diffraction shows that Li3(NH2)2I has a layered structure with a = 7.1(1) Å, c=11.5(2)Å and space group P63mc.",
    "The high-temperature phase of LiBH4 is hexagonal with a = 0.427 nm and c = 0.695 nm at 408 K.",
])
def test_a_cell_edge_by_its_symbol_is_no_size(sentence):
    assert not [p for p, _ in property_values(sentence) if p.endswith("size")], sentence


def test_a_size_written_with_a_diameter_symbol_stays_a_size():
    # (near miss: 'd =' names a particle's diameter, no cell edge)
    assert ("particle_size", 20.0) in property_values("MgH2 particles with d = 20 nm were obtained by milling.")
