"""'… 1.2 nm thick for the silica and 0.9 nm for the carbon scaffold': after a passage put one hydride into two
scaffolds, a value followed by 'for/in (the) <scaffold>' is the sample in that scaffold, one per scaffold —
not both on the first. A value given 'for' a catalyst stays the passage's sample. Every sentence is written
for these tests."""
from __future__ import annotations

from prose_sentences import facts


def scaffold(system) -> str:
    return next(c.formula for c in system.additives if c.role == "ScaffoldConfinementHost")


def test_each_value_takes_the_scaffold_named_after_it():
    for first, second, want in (
            ("LiBH4 was melt-infiltrated into mesoporous silica and into a carbon scaffold.",
             "The non-conductive interface layer is 1.2 nm thick for the silica and 0.9 nm for the carbon scaffold.",
             {1.2: "SiO2", 0.9: "carbon support"}),
            ("LiBH4 was confined in SBA-15 and in CMK-3.",
             "The interface layer is 1.2 nm thick in SBA-15 and 0.9 nm in CMK-3.",
             {1.2: "SBA-15", 0.9: "CMK-3"}),
            ("NaBH4 was infiltrated into porous silica and into porous carbon.",
             "The amorphous layer measures 1.5 nm in the silica and 0.7 nm in the carbon.",
             # ('the carbon' of a passage that named its one carbon, porous carbon, is that carbon: README)
             {1.5: "SiO2", 0.7: "porous carbon"})):
        v = facts(first, second)
        assert {k: scaffold(v[k].system) for k in want} == want, second


def test_a_value_given_for_a_catalyst_keeps_the_passages_scaffold():
    v = facts("LiBH4 was confined in CMK-3 with Ni.", "The capacity is 8 wt% for TiO2 and 6 wt% for Nb2O5.")
    assert scaffold(v[8.0].system) == scaffold(v[6.0].system) == "CMK-3"
