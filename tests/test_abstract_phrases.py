"""Property and condition phrases of real abstracts (issue 10, items 4 and 5): potential windows,
ordinal cycles, a clause-opening bound against the value's own setting, values a model gives.
Sentences written here."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("sentence", [
    "The Mg(BH4)2 complex supports stripping and plating over a potential window of 1.5 V.",
    "The Mg(BH4)2–NH3 electrolyte allows cycling in a potential window of 1.5 V.",
    "The LiBH4–LiI electrolyte offers an electrochemical window of 1.5 V.",
    "The LiBH4–LiI electrolyte was stable up to 1.5 V vs Li+/Li.",
])
def test_a_potential_window_is_the_stability_window(sentence):
    assert facts(sentence)[1.5].property == "electrochemical_stability_window"


def test_a_plating_overpotential_stays_an_overpotential():
    assert facts("The plating/stripping overpotential of the Mg(BH4)2 cell was 0.2 V.")[0.2].property == "overpotential"


def _cycles(m):
    return m.conditions.get("cycles")


@pytest.mark.parametrize(("sentence", "value", "cycle"), [
    ("The Li3AlH6 electrode showed a delithiation capacity of 1200 mAh/g in the first cycle.", 1200.0, 1),
    ("The LiAlH4 electrode exhibits a lithiation capacity of ~1500 mAh/g at the first discharge cycle.", 1500.0, 1),
    ("The MgH2 anode delivered 1900 mAh/g in the initial cycle and 900 mAh/g in the second cycle.", 1900.0, 1),
    ("The MgH2 anode delivered 1900 mAh/g in the initial cycle and 900 mAh/g in the second cycle.", 900.0, 2),
    ("The MgH2 anode retained 800 mAh/g after the first 10 cycles.", 800.0, 10),
    # (the first discharge is the first cycle's, as an initial discharge capacity is)
    ("The MgH2 anode delivered 1400 mAh/g in the first discharge.", 1400.0, 1),
])
def test_an_ordinal_cycle_is_the_cycle_number(sentence, value, cycle):
    assert _cycles(facts(sentence)[value]) == cycle


@pytest.mark.parametrize("sentence", [
    "The MgH2 anode keeps 71 % of the second discharge capacity after 20 cycles.",
])
def test_no_ordinal_cycle_without_the_word_cycle(sentence):
    v = facts(sentence)
    assert all(_cycles(m) in (None, 20.0) for m in v.values())


def _temperature(m):
    return m.conditions.get("temperature")


@pytest.mark.parametrize(("sentence", "value", "temperature"), [
    ("Above 100 °C, the ionic conductivity of the LiBH4–LiI phase rises sharply and reaches 20 mS cm-1 at 130 °C.",
     20.0, 130.0),
    ("Below 80 °C the LiBH4–LiI electrolyte conducts poorly, but it reaches 5 mS cm-1 at 120 °C.", 5.0, 120.0),
    ("The ionic conductivity of LiBH4–LiI exceeds 10−3 S cm−1 above 100 °C.", 1.0, 100.0),   # the bound alone
])
def test_the_values_own_temperature_wins_over_a_bound(sentence, value, temperature):
    assert _temperature(facts(sentence)[value]) == temperature


@pytest.mark.parametrize(("sentence", "value", "basis"), [
    ("The conductivity of LiBH4–LiI calculated with a continuum model is 10−3 S cm−1.", 1.0, "calculated"),
    ("The ionic conductivity of the LiBH4–SiO2 interface, obtained from a percolation model, is "
     "2 × 10−3 S cm−1 at 25 °C.", 2.0, "calculated"),
    ("Using an effective medium model, the interface conductivity of LiBH4–Al2O3 was estimated at 0.5 mS cm−1.",
     0.5, "calculated"),
    ("The activation energy of MgH2–Ni obtained from the JMAK model is 80 kJ/mol.", 80.0, "measured"),
    ("The ionic conductivity of LiBH4–LiI measured by impedance spectroscopy is 0.1 mS cm−1 at 30 °C.",
     0.1, "measured"),
])
def test_a_value_a_model_gives_is_calculated(sentence, value, basis):
    m = facts(sentence)[value]
    assert ("calculated" if m.calculated else "measured") == basis


# ------------------------------------------------------------------------------ non-facts
@pytest.mark.parametrize("sentence", [
    "The MgH2–Ni sample releases hydrogen from 210 °C, which is more than 90 °C lower than that of pure MgH2.",
    "The LiAlH4–TiF3 sample decomposes at 120 °C, about 90 °C lower than that of the milled LiAlH4.",
])
def test_a_difference_set_against_a_reference_is_no_value(sentence):
    v = facts(sentence)
    assert 90.0 not in v and v


def test_a_reference_value_compared_with_stays_a_value():
    v = facts("The MgH2–Ni sample releases hydrogen at 210 °C, compared with 300 °C for pure MgH2.")
    assert v[300.0].property == v[210.0].property


@pytest.mark.parametrize("sentence", [
    "The MgH2–Ni composite reaches full hydrogenation under an isothermal condition at 100 °C and 30 bar.",
    "The Li2NH–2LiBH4 sample is fully hydrogenated under isothermal conditions at 100 °C and 50 bar.",
])
def test_an_isothermal_test_temperature_is_no_property(sentence):
    assert 100.0 not in facts(sentence)


def test_a_hydrogenation_temperature_named_stays():
    assert facts("The hydrogenation temperature of MgH2–Ni is 150 °C.")[150.0].property == "hydrogenation_temperature"


# ------------------------------------------------------------------ values joined by 'with'
def test_values_joined_by_with_share_their_conditions():
    v = facts("Li3AlH6 delivers a lithiation capacity of ~1600 mAh/g with an average potential of ~0.4 V "
              "vs. Li+/Li at the first discharge cycle.")
    assert v[1600.0].conditions.get("cycles") == 1 and v[0.4].conditions.get("cycles") == 1
    v = facts("The MgH2 anode delivers 1200 mAh/g with a coulombic efficiency of 95% at 100 mA/g.")
    assert v[1200.0].conditions.get("current_density") == 100


def test_values_of_one_property_keep_their_own_conditions():
    v = facts("The MgH2 anode delivers 1200 mAh/g at 100 mA/g and 800 mAh/g at 1000 mA/g.")
    assert v[1200.0].conditions.get("current_density") == 100
    assert v[800.0].conditions.get("current_density") == 1000


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The MgH2–CoS composite can absorb 5.5 wt% H2 within 60 s at 200 °C and release 6.1 wt% H2 within 10 min at 300 °C.",
     (5.5, 200.0), (6.1, 300.0)),
    ("Doped MgH2 could take up 4.2 wt% in 5 min at 150 °C and desorb 5.9 wt% in 20 min at 320 °C.",
     (4.2, 150.0), (5.9, 320.0)),
    ("The milled MgH2–Nb2O5 sample is able to absorb 5.0 wt% H2 at 180 °C and deliver 5.6 wt% H2 at 290 °C.",
     (5.0, 180.0), (5.6, 290.0)),
])
def test_a_bare_verb_after_a_modal_opens_the_clause_of_its_own_settings(sentence, first, second):
    # the condition after each value is that value's ("at 200 °C" is where 5.5 wt% was absorbed), not the
    # next value's, although it stands nearer to the next one
    v = facts(sentence)
    assert [(n, _temperature(v[n])) for n in (first[0], second[0])] == [first, second]



@pytest.mark.parametrize(("sentence", "basis"), [
    ("DFT calculations predict desorption enthalpies of 52 and 61 kJ/mol H2 and entropies of 100 and 110 "
     "J/(mol K) for LiBH4 and NaBH4, respectively.", "calculated"),
    ("The calculated enthalpies of LiBH4 and NaBH4 are 52 and 61 kJ/mol, and their entropies 100 and "
     "110 J/(mol K), respectively.", "calculated"),
    ("First-principles work predicts capacities of 9.1 and 7.6 wt% and plateau pressures of 1.2 and 0.8 bar "
     "at 300 °C for LiBH4–MgH2 and NaBH4–MgH2, respectively.", "calculated"),
])
def test_every_value_of_a_respectively_statement_shares_its_basis(sentence, basis):
    from tests.extracted import records
    rows = records(sentence)
    assert len(rows) == 4 and {r["basis"] for r in rows} == {basis}, [(r["value"], r["basis"]) for r in rows]


def test_a_clause_of_its_own_keeps_its_values_measured():
    from tests.extracted import records
    rows = records("The theoretical capacity of LiBH4 is 18.5 wt%, and 13.5 wt% is released at 400 °C and "
                   "8 wt% at 350 °C in the first and second cycles, respectively.")
    assert {r["value"]: r["basis"] for r in rows}[8.0] == "measured"
