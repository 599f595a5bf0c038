"""Issue 10: a reaction written in brackets as the name of a step ('the first (NaAlH4 → Na3AlH6) and second
(Na3AlH6 → NaH) steps') says which step a value is of, not which sample: its formulas are no candidates."""
from __future__ import annotations

from prose_sentences import facts

_MADE = "NaAlH4 was ball milled with 2 mol% TiCl3."


def _system(v, value):
    s = v[value].system
    return s.host.formula, sorted(c.formula for c in s.additives)


def test_step_names_are_no_samples():
    for sentence in (
        "Activation energies for the first (NaAlH4 → Na3AlH6) and second (Na3AlH6 → NaH) steps were 79.5 and "
        "95.2 kJ/mol for the doped sample, respectively.",
        "The doped sample shows activation energies of 79.5 and 95.2 kJ/mol for the first (NaAlH4 -> Na3AlH6) "
        "and second (Na3AlH6 -> NaH) dehydrogenation steps, respectively.",
        "For the doped sample, the two (NaAlH4 → Na3AlH6, Na3AlH6 → NaH) reactions have activation energies of "
        "79.5 and 95.2 kJ/mol.",
    ):
        v = facts(_MADE, sentence)
        assert _system(v, 79.5) == ("NaAlH4", ["TiCl3"]), sentence
        assert _system(v, 95.2) == ("NaAlH4", ["TiCl3"]), sentence


def test_a_reaction_outside_brackets_keeps_its_reactants():
    v = facts("The reaction 2LiBH4 + MgH2 → 2LiH + MgB2 + 4H2 releases 11.4 wt% H2.")
    assert _system(v, 11.4)[0] == "LiBH4"


_RHC = "10 wt% VCl3 was milled into 2LiBH4–MgH2."


def test_a_part_of_the_composite_naming_a_step_is_no_sample():
    for sentence in (
        "The activation energies of the MgH2 and LiBH4 dehydrogenation steps fell from 156 and 178 kJ/mol to 112 "
        "and 131 kJ/mol, respectively.",
        "The LiBH4 decomposition stage of the doped composite has an activation energy of 131 kJ/mol.",
        "For the doped RHC, the MgH2 desorption step has an activation energy of 112 kJ/mol.",
    ):
        v = facts(_RHC, sentence)
        for value in (112.0, 131.0):
            if value in v:
                assert _system(v, value)[0] == "LiBH4" and "VCl3" in _system(v, value)[1], sentence


def test_a_hydride_measured_alone_stays_itself():
    v = facts(_RHC, "For comparison, pure MgH2 desorbs with an activation energy of 160 kJ/mol.")
    assert _system(v, 160.0) == ("MgH2", [])
