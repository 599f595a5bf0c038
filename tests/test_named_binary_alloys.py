"""Issue 10: a binary alloy named by its two symbols and the noun 'alloy' ('the Mg–Li alloy', the ontology's
Mg(Li) solid solution) is a host of its own: its alloying element stays part of it, so the undoped alloy is the
alloy (never the base metal, never the doped composite) and what a sentence adds to the named alloy is that
alloy's additive."""
from __future__ import annotations

from prose_sentences import facts


def parts(v, value):
    s = v[value].system
    return s.host.formula, sorted(a.formula for a in s.additives)


def test_the_alloy_alone_keeps_its_alloying_element():
    for text in ("The hydrogen release of the Mg–Li alloy begins at 345 °C.",
                 "For the Mg-Li alloy we found an onset of hydrogen release of 345 °C.",
                 "Our Mg−Li alloy starts to give off hydrogen at 345 °C."):
        assert parts(facts(text), 345.0) == ("Mg", ["Li"]), text


def test_near_miss_pure_base_metal_stays_the_metal():
    # the base metal named pure beside the alloy is the metal alone, and a substituent of a complex hydride
    # is no alloying element: 'pure LiBH4' is LiBH4 alone
    v = facts("The Mg–Li alloy releases hydrogen from 345 °C, while pure Mg releases it from 410 °C.")
    assert parts(v, 345.0) == ("Mg", ["Li"]) and parts(v, 410.0) == ("Mg", [])
    v = facts("LiBH4 with 20 mol% LiI releases hydrogen from 330 °C, while pure LiBH4 releases it from 420 °C.")
    assert parts(v, 420.0) == ("LiBH4", [])
