"""A name in capitals no reading knows (the source's designation of its material) beside a polymer the ontology
knows: the designation is the host, kept as written, and the polymer an additive; never the other way round."""
import pytest

from ontology.system import parse_system


@pytest.mark.parametrize("text, host, polymer", [
    ("QXLBH-10PMMA", "QXLBH", "PMMA"),     # a hyphen, the polymer's count glued to it
    ("ZRTBH/PEO", "ZRTBH", "PEO"),         # a slash
    ("PMMA–KLMNB", "KLMNB", "PMMA"),       # the polymer written first
    ("WQBH–10 wt% PEO", "WQBH", "PEO"),    # a loading with its unit
])
def test_designation_in_capitals_is_the_host_beside_a_polymer(text, host, polymer):
    s = parse_system(text, strict=False)
    assert s.host.formula == host
    assert [a.formula for a in s.additives] == [polymer]


def test_near_misses_keep_their_reading():
    # a hydride the ontology knows stays the host beside the polymer
    s = parse_system("LiBH4-5PMMA", strict=False)
    assert s.host.formula == "LiBH4" and [a.formula for a in s.additives] == ["PMMA"]
    # an unknown word glued to a formula fragment with no count is still one name, reported whole
    assert parse_system("HELMO-NO3", strict=False).host.formula == "HELMO-NO3"
    # a code with a digit is no designation in capitals alone: the polymer stays the only part read
    assert parse_system("PMMA–XY1", strict=False).host.formula == "PMMA"
