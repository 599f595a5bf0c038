"""A host named as bought or as a starting material ("commercial MgH2", "as-received LiBH4", "pristine MgH2")
that the same sentence then mills or mixes with an additive is the start of the study's sample, not a
baseline: the values after it belong to the sample made of it. Sentences written for this test."""
import pytest

from tests.prose_sentences import adds, amounts, facts


@pytest.mark.parametrize("host, preparation, additive, amount", [
    ("MgH2", "Commercial MgH2 was ball milled with 5 wt% TiO2 for 10 h.", "TiO2", 5.0),
    ("MgH2", "In this work, as-received MgH2 powder was milled together with 7 wt% Nb2O5.", "Nb2O5", 7.0),
    ("MgH2", "Pristine MgH2 was co-milled with 10 wt% of CeO2 nanorods under argon.", "CeO2", 10.0),
    ("LiAlH4", "The commercial LiAlH4 was mixed with 3 mol% NbF5 by hand grinding.", "NbF5", 3.0),
])
def test_host_as_bought_milled_with_an_additive_is_the_sample(host, preparation, additive, amount):
    # (the host named first in a sentence of general knowledge: the passage is about it when the preparation comes)
    got = facts(f"{host} stores much hydrogen, but it releases it slowly.", preparation,
                "The composite begins to release hydrogen at 212 °C.")
    assert adds(got[212.0].system) == {additive}
    assert amounts(got[212.0].system) == {additive: amount}


def test_host_as_bought_named_as_a_comparison_stays_the_baseline():
    got = facts("MgH2 was ball milled with 5 wt% TiO2.",
                "The composite begins to release hydrogen at 212 °C, whereas commercial MgH2 needs 350 °C.")
    assert adds(got[212.0].system) == {"TiO2"}
    assert adds(got[350.0].system) == set()


def test_host_as_bought_milled_alone_is_the_baseline():
    got = facts("MgH2 was ball milled with 5 wt% TiO2 and releases hydrogen from 212 °C.",
                "Commercial MgH2 milled for the same time releases hydrogen from 340 °C.")
    assert adds(got[340.0].system) == set()
