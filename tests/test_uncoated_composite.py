"""Issue 10: 'the uncoated composite' is no bare host. A composite (a noun of several parts) that a word says was not
put through an act other than catalysing or confining ('uncoated', 'uncapped') is the passage's composite before that
step: its additives stay. 'The undoped composite' of a composite made by doping alone is still the bare host."""
from __future__ import annotations

import pytest
from prose_sentences import amounts, facts


@pytest.mark.parametrize("texts, value", [
    (("MgH2 was milled with 10 wt% Ni and part of the composite was coated with carbon.",
      "The coated composite released 6.3 wt% H2 at 310 °C, while the uncoated composite released 5.8 wt% H2."), 5.8),
    (("MgH2 with 10 wt% Ni was prepared and then coated with a thin carbon layer.",
      "The uncoated composite desorbed 5.7 wt% H2 at 310 °C."), 5.7),
    (("MgH2 was milled with 10 wt% Ni, and half of the powder was coated with TiO2.",
      "At 210 °C the uncoated composite took up 5.2 wt% H2."), 5.2),
])
def test_the_uncoated_composite_keeps_its_additive(texts, value):
    assert amounts(facts(*texts)[value].system) == {"Ni": 10.0}


def test_near_miss_the_undoped_composite_of_a_doped_host():
    # near miss: 'undoped' names the doping that made the composite: the bare host
    v = facts("MgH2 was milled with 10 wt% Ni.", "The undoped composite absorbed 5.0 wt% H2 at 210 °C.")
    assert v[5.0].system.bare
