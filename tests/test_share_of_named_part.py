"""Issue 10: a loading written as a share of an additive the text first names by its part in the sample ('10 wt%
of this hierarchical catalyst (Ni/Co/C)', '5 wt% of a bimetallic additive (Ni/Co)') is that additive's loading:
the bracketed formula joins the sample with its amount, and the share is no hydrogen capacity. Sentences written
for the test."""
from __future__ import annotations

import pytest
from prose_sentences import adds, amounts, facts


@pytest.mark.parametrize("text, value, host, additive, loading", [
    ("With the incorporation of 5 wt% of this bimetallic catalyst (Ni/Co), the onset temperature of MgH2 drops "
     "to 190 °C.", 190.0, "MgH2", "Ni/Co", 5.0),
    ("Upon addition of 7 wt% of the fluoride catalyst (TiF3), NaAlH4 starts to release hydrogen at 120 °C.",
     120.0, "NaAlH4", "TiF3", 7.0),
    ("MgH2 was milled with 8 wt% of a carbon-supported catalyst (Pd/C); the composite begins to desorb hydrogen "
     "at 205 °C.", 205.0, "MgH2", "Pd/C", 8.0),
])
def test_the_share_is_the_bracketed_additive_s_loading(text, value, host, additive, loading):
    got = facts(text)
    s = got[value].system
    assert s.host.formula == host and additive in adds(s) and amounts(s)[additive] == loading
    assert loading not in got      # the loading is no capacity of its own


def test_a_share_of_the_hydrogen_stays_a_capacity():
    # near miss: the share is of the hydrogen the sample holds, no part noun before a bracket
    got = facts("With 5 wt% of Ni added, MgH2 releases 6.1 wt% of its hydrogen (the stored gas) at 300 °C.")
    assert 6.1 in got and got[6.1].property == "hydrogen_capacity"
