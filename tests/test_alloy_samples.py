"""Issue 10: a second alloy named in a passage about a composition-written alloy is a sample of its own
when it cannot be a phase of the first (an element the first lacks) or is named as an alloy made;
a phase of the first ('the Mg2Ni phase') stays part of it."""
from __future__ import annotations

from prose_sentences import facts


def host(v, value):
    return v[value].system.host.formula


def test_an_alloy_with_an_element_the_first_lacks_is_its_own_sample():
    v = facts("The Mg90Ni10 alloy absorbs 5.2 wt% H2 at 300 °C.", "Mg17Al12 absorbs 3.5 wt% H2.")
    assert host(v, 5.2) == "Mg90Ni10" and host(v, 3.5) == "Mg17Al12"
    v = facts("Melt-spun Mg85Cu15 took up 4.1 wt% hydrogen at 280 °C.", "In contrast, Mg2Ni desorbed 3.2 wt% at 250 °C.")
    assert host(v, 4.1) == "Mg85Cu15" and host(v, 3.2) == "Mg2Ni"
    v = facts("Ribbons of Mg80Ni20 release hydrogen at 265 °C.",
              "For comparison, Mg24Y5 releases hydrogen only above 330 °C.")
    assert host(v, 330.0) == "Mg24Y5"


def test_a_composition_named_as_an_alloy_is_its_own_sample():
    v = facts("The Mg90Ni10 alloy absorbs 5.2 wt% H2 at 300 °C.", "The Mg2Ni alloy absorbs 3.5 wt% H2.")
    assert host(v, 3.5) in {"Mg2Ni", "Mg2NiH4"}


def test_a_phase_of_the_alloy_stays_part_of_it():
    # near miss: the phase is named as a phase, all its elements in the alloy
    v = facts("The Mg90Ni10 alloy absorbs 5.2 wt% H2 at 300 °C.", "The Mg2Ni phase absorbs hydrogen at 250 °C.")
    assert host(v, 250.0) == "Mg90Ni10"


def test_a_storage_alloy_is_the_host_of_a_metal_added_to_it():
    for text, alloy in (("Mg2Cu with 5 at.% Al desorbed 3.2 wt% H2 at 250 °C.", "Mg2Cu"),
                        ("Melt-spun Mg17Al12 containing 3 at.% Zn releases 3.2 wt% hydrogen.", "Mg17Al12"),
                        ("We milled Mg2Cu with 4 wt% Ti, which then released 3.2 wt% H2.", "Mg2Cu")):
        v = facts(text)
        assert host(v, 3.2) == alloy, text
    # near miss: the alloy added to a hydride is that hydride's additive
    v = facts("MgH2 catalysed by 10 wt% Mg2Cu released 6.0 wt% H2 at 300 °C.")
    assert host(v, 6.0) == "MgH2"
