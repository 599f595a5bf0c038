"""Issue 10 item 1: a composite the text names by the ontology's name for it ('the Li–Mg–N–H system') takes the
additive the sentence dopes it with as an additive of its parts (Mg(NH2)2–LiH–KOH), not by reading the name with
the additive as a formula (which made Li the host and Mg, N catalysts)."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value, additive", [
    ("The Li–Mg–N–H system (Mg(NH2)2–2LiH) doped with 3 mol% KOH starts to release hydrogen at 92 °C.", 92.0, "KOH"),
    ("The Li-Mg-N-H system (Mg(NH2)2–2LiH) catalysed by RbH gives off 4.6 wt% H2 at 180 °C.", 4.6, "RbH"),
    ("Once doped with LiBr, the Li–Mg–N–H system (Mg(NH2)2–2LiH) starts to desorb hydrogen at 118 °C.", 118.0, "LiBr"),
])
def test_the_named_composite_keeps_its_parts(text, value, additive):
    s = facts(text)[value].system
    assert s.host.formula == "Mg(NH2)2"
    assert {c.formula for c in s.additives} == {"LiH", additive}


def test_the_named_composite_alone_is_its_parts():
    # near miss: no additive
    s = facts("The Li–Mg–N–H system (Mg(NH2)2–2LiH) starts to release hydrogen at 131 °C.")[131.0].system
    assert s.host.formula == "Mg(NH2)2" and {c.formula for c in s.additives} == {"LiH"}
