"""Two properties whose labels are both said whole before a length ('particle size' and 'crystal size' in a
sentence that names particles first and then the crystals they are made of): the one whose own word of the whole
label stands nearer the value is the value's, not the one that sorts first by its key."""
import pytest

from ingest.extract import extract_text
from ingest.extraction.values.property_cues import choose_property


@pytest.mark.parametrize("before", [
    # the crystals named right before the size: their size, though particles were named earlier
    "The alanate particles were clusters of fine crystals with a size of",
    "Each particle was an aggregate of crystallites having a mean size of",
    "After milling, the particles consist of tiny crystals with an average size of",
])
def test_crystal_named_nearest_is_crystallite_size(before):
    cues: list[str] = []
    assert choose_property("nm", before, "", cues) == ("property", "crystallite_size")
    assert cues == ["property:named"]


@pytest.mark.parametrize("before", [
    # near miss: the crystals named first, the particles right before the size — a particle size
    "On heating the crystals grew into particles with a size of",
    "The crystal powder was sieved into particles of a size of",
])
def test_particle_named_nearest_stays_particle_size(before):
    assert choose_property("nm", before, "") == ("property", "particle_size")


def test_extracted_crystal_size_after_particle_word():
    text = "The NaAlH4 particle was a loose cluster of small crystals with the size of 12 – 18 nm."
    assert {m.property for m in extract_text(text).measurements} == {"crystallite_size"}
