"""Issue 10: a modifying prefix whose word ends a material the ontology names in two words ('plasma carbon–modified
MgH2/Ni', 'activated carbon–supported NaAlH4') names that material, not its last word alone (carbon); a prefix printed
with an en dash ('carbon–modified') is a prefix as with a hyphen. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import adds, facts


@pytest.mark.parametrize("text, value, host, additive", [
    ("The lowest onset temperature, 190 °C, was reached by the plasma carbon–modified MgH2/Ni.", 190.0, "MgH2",
     "plasma carbon"),
    ("A plasma carbon-modified LiBH4 sample began to decompose at 280 °C.", 280.0, "LiBH4", "plasma carbon"),
    ("The activated carbon–supported NaAlH4 released hydrogen from 150 °C.", 150.0, "NaAlH4", "activated carbon"),
])
def test_the_two_word_material_is_the_prefix_s_additive(text, value, host, additive):
    s = facts(text)[value].system
    assert s.host.formula == host and additive in adds(s) and "C" not in adds(s)


def test_a_describing_word_before_the_prefix_is_no_part_of_it():
    # near miss: 'milled' names no material with 'carbon'; the en-dash prefix still adds the carbon
    s = facts("The milled carbon–modified MgH2 began to decompose at 280 °C.")[280.0].system
    assert s.host.formula == "MgH2" and adds(s) == {"C"}
