"""'… against 2 wt% without catalyst.': what a sample lacks named by an added noun with no article, ending the
clause, sets the value apart as the bare sample's; a noun that goes on ('without catalyst poisoning') says no
such thing. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def test_a_value_followed_by_without_and_an_added_noun_is_the_bare_samples():
    for first, second, value in (
            ("MgH2 was milled with 10 wt% Nb2O5.",
             "The composite releases 6 wt% within 10 min, against 2 wt% without catalyst.", 2.0),
            ("LiBH4 was doped with 5 mol% TiF3.",
             "The doped sample starts to desorb at 250 °C, compared with 380 °C without additive.", 380.0),
            ("NaAlH4 was doped with 4 mol% CeCl3.",
             "The doped alanate absorbs 3.1 wt% in 20 min, but only 0.8 wt% without dopant.", 0.8)):
        v = facts(first, second)
        assert not v[value].system.additives, second
        assert any(x.system.additives for k, x in v.items() if k != value), second


def test_an_added_noun_that_goes_on_is_no_absence_of_the_sample():
    v = facts("MgH2 was milled with 10 wt% Nb2O5.",
              "The composite releases 6 wt% within 10 min without catalyst poisoning.")
    assert v[6.0].system.additives
