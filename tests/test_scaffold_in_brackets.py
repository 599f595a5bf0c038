"""Issue 10: a pore size written in brackets after the scaffold it describes is said of the sample confined
in that scaffold, also where one sentence puts the hydride into two scaffolds (the second's value had gone to
the sample composed with the first)."""
from __future__ import annotations

from prose_sentences import facts


def _scaffolds(v, value):
    return {c.formula for c in v[value].system.additives if c.role == "ScaffoldConfinementHost"}


def test_each_scaffold_keeps_its_own_pore_size():
    for sentence, first, second in (
        ("LiBH4 was melt-infiltrated into MCM-41 (pore diameter 2.7 nm) and SBA-15 (pore diameter 7.1 nm).",
         "MCM-41", "SBA-15"),
        ("LiBH4 was confined in SBA-15 (pore size of 7.1 nm) and in MCM-41 (pore size of 2.7 nm).",
         "SBA-15", "MCM-41"),
        ("Mg(BH4)2 was infiltrated into CMK-3 (pore size of 4 nm) and into activated carbon "
         "(average pore size 1.5 nm).", "CMK-3", "activated carbon"),
    ):
        v = facts(sentence)
        values = sorted(v, key=lambda x: sentence.index(f"{x:g} nm"))
        assert _scaffolds(v, values[0]) == {first}, sentence
        assert _scaffolds(v, values[1]) == {second}, sentence
        assert v[values[0]].system.host.formula == v[values[1]].system.host.formula


def test_a_single_scaffold_and_a_particle_size_are_unchanged():
    v = facts("NaAlH4 was melt-infiltrated into a carbon aerogel (pore size 13 nm).")
    assert v[13.0].property == "pore_size" and v[13.0].system.host.formula == "NaAlH4"
    # a particle size in brackets after an additive stays the additive's own
    v = facts("MgH2 was milled with TiCl3 (particle size 20 nm) and ZrCl4 (particle size 50 nm).")
    assert v[20.0].system.host.formula == "TiCl3" and v[50.0].system.host.formula == "ZrCl4"
