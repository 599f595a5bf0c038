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


def test_an_energy_calculated_from_the_studys_own_curves_is_measured():
    # 'calculated' alone, on a property experimenters derive from their own curves (Kissinger, van 't Hoff)
    for sentence, value in (
        ("The calculated apparent activation energy of the MgH2–5 wt% CoS2 composite fell to 78.4 kJ/mol.", 78.4),
        ("With 8 wt% VCl3 present, the calculated activation energies of the two NaAlH4 release steps dropped to "
         "71 and 93 kJ/mol.", 71.0),
        ("For the Mg2NiH4–3 mol% LaNi5 sample the calculated activation energy of H2 release was 58.2 kJ/mol.", 58.2),
    ):
        v = facts(sentence)
        assert v[value].basis == "measured", sentence
    # near misses: a computation named, a measured value set beside it, a property no curve analysis gives
    v = facts("The calculated activation energy of Ti-doped MgH2 from our DFT work is 105 kJ/mol.")
    assert v[105.0].basis == "calculated"
    v = facts("The calculated enthalpy of Mg2FeH6 is 81 kJ/mol H2, close to the measured 77 kJ/mol H2.")
    assert v[81.0].basis == "calculated"
    v = facts("First-principles calculations were run on Ni-doped Mg2FeH6 slabs.",
              "The calculated formation enthalpy of Mg2FeH6 is −77.5 kJ/mol H2.")
    assert v[77.5].basis == "calculated"      # (the passage spoke of a computation before)
    v = facts("The calculated enthalpy of the LiBH4–2MgH2 composite is 41 kJ/mol H2.")
    assert v[41.0].basis == "calculated"      # (an enthalpy 'calculated' is as often a computed one)
    v = facts("The calculated capacity of the LiBH4–2MgH2 composite is 11.4 wt%.")
    assert v[11.4].basis != "measured"


def test_theoretical_right_after_the_value_makes_it_theoretical():
    for sentence, value in (
        ("KBH4, with a 7.4 wt % theoretical H-2 capacity, is attractive for hydrolysis.", 7.4),
        ("Mg(BH4)2 offers a 14.9 wt% theoretical hydrogen content.", 14.9),
        ("The 2LiNH2–MgH2 system has a 5.6 wt% theoretical capacity.", 5.6),
    ):
        v = facts(sentence)
        assert v[value].basis == "theoretical", sentence
    # near miss: a value followed by a word that is no basis stays measured
    v = facts("The MgH2–5 wt% Nb2O5 composite released 6.3 wt% hydrogen within 10 min at 300 °C.")
    assert v[6.3].basis == "measured"


def test_a_study_said_in_the_passive_to_be_computed_gives_calculated_values():
    for opening in ("Dehydrogenation of Co-doped MgH2 has been investigated using ab initio molecular dynamics.",
                    "Hydrogen release from the Nb-doped MgH2(110) surface was studied by DFT.",
                    "The Ti-doped MgH2 surface was modelled using first-principles methods."):
        v = facts(opening, "The activation energy barrier for H2 desorption is 0.95 eV.")
        (m,) = [m for value, m in v.items() if abs(value - 91.66) < 0.01]     # (0.95 eV per molecule, in kJ/mol)
        assert m.basis == "calculated", opening
    # near miss: a sample studied by an experimental technique keeps its values measured
    v = facts("The MgH2–Ni sample was investigated by XRD.", "Its activation energy is 75 kJ/mol.")
    assert v[75.0].basis == "measured"
