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


def test_what_is_added_to_the_named_alloy_joins_it():
    for text in ("Adding CeO2 moved the onset temperature of the Mg–Li alloy from 345 °C down to 305 °C.",
                 "The onset temperature of the Mg-Li alloy dropped from 345 °C to 305 °C upon the addition of CeO2.",
                 "With CeO2 added, the Mg−Li alloy began to release hydrogen at 305 °C instead of 345 °C."):
        v = facts(text)
        assert parts(v, 305.0) == ("Mg", ["CeO2", "Li"]), text


def test_the_undoped_alloy_is_the_alloy_alone():
    for text in ("Doping the Mg–Li alloy with 10 wt% CeO2 gave 3.1 wt% H2 at 300 °C, whereas the undoped Mg–Li alloy "
                 "gave only 0.6 wt% H2.",
                 "The CeO2-doped Mg-Li alloy took up 3.1 wt% H2 in 1 h. Under the same conditions the undoped Mg-Li "
                 "alloy took up 0.6 wt% H2.",
                 "After 10 wt% CeO2 was milled into the Mg−Li alloy, it released 3.1 wt% H2; the pristine Mg−Li "
                 "alloy released 0.6 wt% H2."):
        v = facts(text)
        assert parts(v, 0.6) == ("Mg", ["Li"]), text


def test_near_miss_pure_base_metal_stays_the_metal():
    # the base metal named pure beside the alloy is the metal alone, and a substituent of a complex hydride
    # is no alloying element: 'pure LiBH4' is LiBH4 alone
    v = facts("The Mg–Li alloy releases hydrogen from 345 °C, while pure Mg releases it from 410 °C.")
    assert parts(v, 345.0) == ("Mg", ["Li"]) and parts(v, 410.0) == ("Mg", [])
    v = facts("LiBH4 with 20 mol% LiI releases hydrogen from 330 °C, while pure LiBH4 releases it from 420 °C.")
    assert parts(v, 420.0) == ("LiBH4", [])
