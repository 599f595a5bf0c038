"""Issue 10: one hydride of a composite named bare is that hydride, not the composite; a host named bare in a
clause set against the sample is the reference; and how a value was obtained, said right after it ('by DFT',
'from experiment'), is its basis."""
from __future__ import annotations

from prose_sentences import facts


def _system(v, value):
    s = v[value].system
    return s.host.formula, sorted(c.formula for c in s.additives)


def test_one_hydride_of_a_composite_is_itself():
    for sentence in (
        "The decomposition enthalpy of LiBH4 is 74 kJ/mol H2.",
        "For comparison, LiBH4 decomposes with an enthalpy of 74 kJ/mol H2.",
        "LiBH4 itself needs 74 kJ/mol H2 to decompose.",
    ):
        v = facts("The 2LiBH4–MgH2 composite released 10.2 wt% H2 at 400 °C.", sentence)
        assert _system(v, 74.0) == ("LiBH4", []), sentence
    # a catalysed sample named again by its bare host is still the sample
    v = facts("LiBH4 was milled with 5 wt% TiF3.", "The LiBH4 then releases 9.1 wt% H2 at 400 °C.")
    assert _system(v, 9.1) == ("LiBH4", ["TiF3"])


def test_a_bare_host_in_a_contrasting_clause_is_the_reference():
    for sentence in (
        "Iodide stabilised the hexagonal phase, whereas the phase transition of LiBH4 occurs at 118 °C.",
        "The solid solution stays hexagonal, while for LiBH4 the transition occurs at 118 °C.",
    ):
        v = facts("3LiBH4–LiI was prepared by ball milling.", sentence)
        assert _system(v, 118.0) == ("LiBH4", []), sentence


def test_how_a_value_was_obtained_said_after_it():
    v = facts("The decomposition enthalpy of LiBH4, 74.6 kJ/mol H2 by DFT, compares with 67 kJ/mol H2 from experiment.")
    assert v[74.6].basis == "calculated" and v[67.0].basis == "measured"
    v = facts("The Li+ migration barrier of LiCB11H12 is 0.28 eV from first-principles calculations and 0.46 eV "
              "experimentally.")
    assert v[0.28].basis == "calculated" and v[0.46].basis == "measured"
    v = facts("The calculated enthalpy of MgH2 is 72 kJ/mol H2 in good agreement with the measured 75 kJ/mol H2.")
    assert v[72.0].basis == "calculated"
