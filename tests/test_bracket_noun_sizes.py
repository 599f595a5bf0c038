"""A length in a bracket written right before a noun ('sub-micron (200–400 nm in size) crystallites') is the size
of that noun: the noun after the bracket (crystallites, pores, pore walls, particles) says which property the value
is, not a generic word in the bracket ('size', 'diameter'). A bracket after its noun, or one followed by no noun
of a size, keeps the usual reading. Sentences written for the test."""
import pytest
from prose_sentences import contract_measurements


def _properties(text):
    return sorted((r["property"], r["value"]) for r in contract_measurements(text))


@pytest.mark.parametrize("text, want", [
    ("Milling MgH2 with Nb2O5 for 20 h gave sub-micron (200–400 nm in size) crystallites.",
     [("crystallite_size", 200.0)]),
    ("After reactive milling, the NaMgH3 powder held fine (typically 30 nm in size) crystallites.",
     [("crystallite_size", 30.0)]),
    ("LiBH4 was melt-infiltrated into a carbon scaffold with narrow (3–4 nm in diameter) pores.",
     [("pore_size", 3.0)]),
    ("LiBH4 was melted into a silica scaffold with thin (about 2 nm in size) pore walls.",
     [("wall_thickness", 2.0)]),
    ("The milled MgH2 had small crystallites (15 nm) and coarse (1–2 μm in size) particles.",
     [("crystallite_size", 15.0), ("particle_size", 1000.0)]),
])
def test_the_noun_after_the_bracket_names_the_size(text, want):
    assert _properties(text) == want


@pytest.mark.parametrize("text, want", [
    # the bracket follows its noun: the particles' size, the verb after names no size
    ("MgH2 nanoparticles (5 nm in size) were confined in carbon.", [("particle_size", 5.0)]),
    # a bracket after the noun it gives, then a word of no size
    ("MgH2 (20 nm in size) was milled with Ni for 2 h.", [("particle_size", 20.0)]),
])
def test_a_bracket_before_no_size_noun_keeps_its_reading(text, want):
    assert _properties(text) == want
