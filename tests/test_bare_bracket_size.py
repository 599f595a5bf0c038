"""Issue 10: a particle size written in a bracket right after a material's bare name ('dispersed Pd (about 3 nm in
diameter)', 'nanosized Ni (∼4 nm)') glosses that material, as a bracket after its particles' noun does: the size is
the additive's own, never the hydride it was milled with or coated on. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value, additive", [
    ("The MgH2 powder was then coated with finely dispersed Pd (about 3 nm in diameter) by a wet chemical route.",
     3.0, "Pd"),
    ("LiBH4 was ball milled together with nanosized Ni (∼4 nm) for 2 h.", 4.0, "Ni"),
    ("Carbon fibres were first loaded with well separated Co (ca. 7 nm across), and NaAlH4 was then melted into them.",
     7.0, "Co"),
])
def test_the_bare_bracketed_size_is_the_material_s(text, value, additive):
    s = facts(text)[value].system
    assert s.host.formula == additive and not s.additives


@pytest.mark.parametrize("text, value, host", [
    # near misses: the bracket glosses the hydride, or a sample with parts
    ("Ultrafine MgH2 (about 6 nm) was grown on graphene.", 6.0, "MgH2"),
    ("The milled MgH2–Ni composite (about 300 nm) was then cycled ten times.", 300.0, "MgH2"),
])
def test_a_bracket_after_a_hydride_keeps_its_sample(text, value, host):
    assert facts(text)[value].system.host.formula == host
