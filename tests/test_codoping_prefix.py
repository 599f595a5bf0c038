"""Issue 10: a co-doping prefix that joins two additives by a slash ('CeCl3/Ti-codoped NaAlH4') names two
additives of the host, not one catalyst on a support ('Ni/C-doped MgH2' stays one)."""
from __future__ import annotations

from prose_sentences import facts


def _additives(v, value):
    return sorted(c.formula for c in v[value].system.additives)


def test_slash_joined_codopants_are_two_additives():
    for sentence, value, parts in (
        ("The CeCl3/Ti-codoped NaAlH4 desorbed 4.6 wt% H2 at 150 °C.", 4.6, ["CeCl3", "Ti"]),
        ("The Ni/CeO2-co-doped MgH2 desorbed 6.1 wt% H2 at 300 °C.", 6.1, ["CeO2", "Ni"]),
        ("A Nb/V-codoped MgH2 sample absorbed 6.0 wt% H2 at 150 °C.", 6.0, ["Nb", "V"]),
    ):
        v = facts(sentence)
        assert _additives(v, value) == parts, sentence


def test_the_codoped_sample_named_again_has_both():
    v = facts("NaAlH4 was milled with 2 mol% CeCl3 and 2 mol% Ti.",
              "The CeCl3/Ti-codoped sample released 4.5 wt% H2 at 150 °C.")
    assert _additives(v, 4.5) == ["CeCl3", "Ti"]


def test_a_supported_catalyst_prefix_stays_one_additive():
    v = facts("The Ni/C-doped MgH2 desorbed 6.1 wt% H2 at 300 °C.")
    assert _additives(v, 6.1) == ["Ni/C"]
    v = facts("The ZrCl4/graphene-doped MgH2 desorbed 6.0 wt% H2 at 300 °C.")
    assert len(_additives(v, 6.0)) == 1
