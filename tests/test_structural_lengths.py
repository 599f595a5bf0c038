"""A length the text names as a lattice parameter or an atomic spacing is a length of the crystal structure:
no particle, film or pore of the sample has it, and the graph records no such property. A size named after
it in another clause is still a size."""
import pytest

from tests.extracted import property_values as _rows


@pytest.mark.parametrize("sentence", [
    "Indexing the LiBH4–LiNH2 pattern yields the lattice parameters a=9.84, b=6.12 and c=10.77 Å.",
    "Rietveld refinement of the milled MgH2 gives lattice constants a = 4.52 Å and c = 3.02 Å.",
    "The unit cell of the LiBH4–LiI solid solution has a = 4.42 Å and c = 7.16 Å.",
    "For Li2B12H12 the cubic cell parameter is 0.96 nm after annealing.",
    "HRTEM shows lattice fringes with an interplanar spacing of 0.25 nm in the MgH2–Nb2O5 composite.",
])
def test_a_structure_length_is_no_size_of_the_sample(sentence):
    assert _rows(sentence) == []


@pytest.mark.parametrize("sentence, row", [
    ("The lattice of MgH2 expands on milling, and the particles of MgH2 grow to 40 nm.", ("particle_size", 40.0)),
    ("The lattice constant of MgH2 rises slightly while the crystallite size of MgH2 falls to 12 nm.",
     ("crystallite_size", 12.0)),
    ("Lattice fringes of MgH2 are seen in nanoparticles of MgH2 with a size of 5 nm.", ("particle_size", 5.0)),
])
def test_a_size_named_after_the_structure_is_still_a_size(sentence, row):
    assert row in _rows(sentence)
