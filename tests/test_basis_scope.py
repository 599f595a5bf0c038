"""Issue 10 item 5: a record's basis (measured / theoretical / calculated) read from the words that govern
its value, written for these tests (no sentence of the corpus)."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, facts, the_one


# ------------------------------------------------------------ a value worked out from a reaction is theoretical
@pytest.mark.parametrize("text, value", [
    ("Sr(BH4)2 can release 7.9 wt% hydrogen based on the full reaction Sr(BH4)2 → SrH2 + 2B + 3H2.", 7.9),
    ("The 2NaBH4–MgH2 pair would yield 7.8 wt% H2 according to the reaction stoichiometry.", 7.8),
    ("Mixed as 3LiNH2–MgH2, the powder gives 8.1 wt% hydrogen assuming a complete reaction to the imide.", 8.1),
])
def test_a_value_from_a_reaction_is_theoretical(text, value):
    assert facts(text)[value].theoretical


def test_a_release_from_a_reaction_run_stays_measured():
    # near miss: 'from the reaction with' names what a run did, not a formula
    v = facts("The Sr(BH4)2 powder released 6.1 wt% hydrogen from the reaction with SrH2 at 350 °C.")[6.1]
    assert not v.theoretical and not v.calculated


# ------------------------------------------------------------ 'theo.' abbreviates 'theoretical'
@pytest.mark.parametrize("text, value", [
    ("A cell with a FeS2 cathode (theo. capacity 894 mA h g−1) was assembled with Mg(BH4)2 as the electrolyte.", 894.0),
    ("The Mg(BH4)2 electrolyte was paired with a sulfur cathode (theor. capacity 1672 mAh/g).", 1672.0),
    ("With a TiS2 electrode, theo. capacity of 239 mAh g−1, the LiBH4 cell ran for 40 cycles.", 239.0),
])
def test_an_abbreviated_theoretical_is_theoretical(text, value):
    assert facts(text)[value].theoretical


def test_a_theory_word_elsewhere_leaves_a_capacity_measured():
    # near miss: 'theory' (a noun of the text, no abbreviation) is no basis of the capacity
    v = facts("Against theory, the Mg(BH4)2 cell with a FeS2 cathode delivered 612 mAh g−1 at 0.1 C.")[612.0]
    assert not v.theoretical


# ------------------------------------------------------------ a computational study's own calculations
@pytest.mark.parametrize("sentences, value", [
    (("We use DFT calculations to study Na2BeH4.", "The formation enthalpy of Na2BeH4 is 58 kJ/mol H2."), 58.0),
    (("Lattice dynamics calculations show that KMgH3 is stable.",
      "Its gravimetric hydrogen capacity is 4.5 wt% and its desorption temperature is 520 K."), 4.5),
    (("Our simulations suggest that Li2BeH4 conducts lithium ions.",
      "The ionic conductivity of Li2BeH4 reaches 2.1 mS/cm at 300 K."), 2.1),
])
def test_values_of_a_computational_study_are_calculated(sentences, value):
    assert facts(*sentences)[value].calculated


@pytest.mark.parametrize("sentences, value", [
    # near misses: a passage that made a sample, or named an experiment, before the calculations it cites
    (("We prepared the MgH2–TiO2 composite by ball milling.", "DFT calculations show that Ti weakens the Mg–H bond.",
      "The composite releases 5.1 wt% hydrogen at 300 °C."), 5.1),
    (("The structure of KMgH3 was solved from neutron diffraction data.", "The calculations reveal that KMgH3 is stable.",
      "The KMgH3 powder releases 3.9 wt% H2 at 350 °C."), 3.9),
    (("The KMgH3 powder releases 3.9 wt% H2 at 350 °C.", "Lattice dynamics calculations show that KMgH3 is stable.",
      "The KMgH3 powder gives 3.2 wt% H2 at 330 °C."), 3.2),
])
def test_calculations_beside_an_experiment_leave_it_measured(sentences, value):
    assert not facts(*sentences)[value].calculated


# ------------------------------------------------------------ an estimate in a passage of calculations
@pytest.mark.parametrize("sentences, value", [
    (("Thermodynamic calculations were carried out for the NaBH4–YH3 reaction.",
      "Its equilibrium temperature at 1 bar H2 was estimated to be 310 °C."), 310.0),
    (("The phase diagram of the KBH4–MgH2 system was assessed with CALPHAD calculations.",
      "Its decomposition temperature is estimated at about 390 °C."), 390.0),
    (("Simulations of the Ca(BH4)2–MgH2 mixture were run.",
      "The enthalpy of the Ca(BH4)2–MgH2 reaction was estimated as 45 kJ/mol H2."), 45.0),
])
def test_an_estimate_beside_calculations_is_calculated(sentences, value):
    assert facts(*sentences)[value].calculated


@pytest.mark.parametrize("sentences, value", [
    # near misses: the estimate says it came from measured curves, or no computation was named
    (("The MgH2–Ti composite was prepared by ball milling.", "DFT calculations show that Ti binds H weakly.",
      "The activation energy of the MgH2–Ti composite was estimated to be 75 kJ/mol from the Kissinger plot."), 75.0),
    (("The MgH2–Ti composite was prepared by ball milling.", "DFT calculations show that Ti binds H weakly.",
      "Its onset temperature was estimated to be 210 °C by DSC."), 210.0),
    (("The NaBH4–YH3 mixture was ball milled for 5 h.",
      "Its equilibrium temperature at 1 bar H2 was estimated to be 310 °C."), 310.0),
])
def test_an_estimate_from_a_run_stays_measured(sentences, value):
    assert not facts(*sentences)[value].calculated


# ------------------------------------------------------------ a result set against theory is measured
@pytest.mark.parametrize("text, value", [
    ("The lower ΔH of nano-MgH2 matches theoretical predictions and came with a smaller ΔS of 128.1 J/mol H2/K.", 128.1),
    ("In agreement with DFT calculations, and unlike bulk NaAlH4, the confined NaAlH4 shows an enthalpy of 41 kJ/mol H2.",
     41.0),
    ("The smaller plateau pressure of Mg2FeH6 is consistent with first-principles results, while its enthalpy is "
     "77 kJ/mol H2.", 77.0),
])
def test_a_value_beside_a_comparison_with_theory_is_measured(text, value):
    v = facts(text)[value]
    assert not v.theoretical and not v.calculated


def test_the_predicted_value_itself_is_not_measured():
    # near miss: the phrase runs into the value, which is the prediction
    v = facts("The measured enthalpy of LiBH4 agrees with the theoretical prediction of 67 kJ/mol H2.")[67.0]
    assert v.theoretical or v.calculated


# ------------------------------------------------------------ a size takes no settings of the step that made it
@pytest.mark.parametrize("text, value", [
    ("Nanoparticles of MgH2 made from Mg vapour in H2 at 400 °C under 2 MPa have a diameter of 25 nm.", 25.0),
    ("Reacting MgBu2 with H2 in cyclohexane at 200 °C and 50 bar gives MgH2 nanocrystals with an average size of 8 nm.",
     8.0),
    ("The NaBH4 nanocubes, precipitated from ethanol at -20 °C over 12 h, have an edge length of 90 nm.", 90.0),
])
def test_a_size_takes_no_synthesis_settings(text, value):
    row = the_one(contract_measurements(text), value)
    assert not set(row.get("conditions") or {}) & {"temperature", "pressure", "time"}, row


def test_a_release_keeps_its_run_settings():
    # near miss: a value that a run gave keeps the settings of that run
    row = the_one(contract_measurements("The MgH2 nanoparticles release 6.2 wt% H2 at 280 °C within 30 min."), 6.2)
    assert row["conditions"].get("temperature") == 280.0


# ------------------------------------------------------------ 'theoretical' said of a whole list
@pytest.mark.parametrize("text, value", [
    ("NaH offers attractive theoretical figures, namely a theoretical capacity of 1166 mAh/g and an average potential "
     "of 0.6 V vs. Li+/Li.", 0.6),
    ("Mg2FeH6 has promising theoretical properties: a theoretical capacity of 1455 mAh g−1 and a plateau potential of "
     "0.4 V.", 0.4),
    ("LiH has good theoretical characteristics, e.g. a theoretical capacity of 3370 mAh/g and an average voltage of "
     "0.4 V.", 0.4),
])
def test_a_list_under_a_theoretical_umbrella_is_theoretical(text, value):
    assert facts(text)[value].theoretical


def test_theoretical_of_one_item_leaves_the_next_measured():
    # near miss: 'theoretical' qualifies the capacity alone
    assert not facts("MgH2 has a high theoretical capacity of 2038 mAh/g and a low plateau of 0.5 V vs. Li+/Li.")[0.5].theoretical


# ------------------------------------------------------------ a share a sentence opens with to present a compound
@pytest.mark.parametrize("text, value", [
    ("With a large gravimetric hydrogen capacity of 13.7 wt%, NH3BH3 melts near 110 °C.", 13.7),
    ("With its hydrogen content of 18.5 wt%, LiBH4 attracts wide interest.", 18.5),
    ("With a hydrogen density of 12.6 wt%, LiAlH4 decomposes in three steps.", 12.6),
])
def test_a_fronted_share_of_a_compound_is_theoretical(text, value):
    assert facts(text)[value].theoretical


@pytest.mark.parametrize("text, value", [
    # near misses: a share a run gave, or one of a composite
    ("With a reversible capacity of 5.8 wt%, MgH2 cycles well at 300 °C.", 5.8),
    ("With a high hydrogen capacity of 5.5 wt%, the MgH2–Ni composite cycles well.", 5.5),
])
def test_a_fronted_share_of_a_run_or_a_composite_stays_measured(text, value):
    assert not facts(text)[value].theoretical


# ------------------------------------------------------------ a reversible capacity given as a reason is measured
@pytest.mark.parametrize("text, value", [
    ("Li2Ca(NH)2 is seen as a candidate owing to its good reversible hydrogen capacity of 4.5 wt% and its stability.", 4.5),
    ("KMg(NH2)3 draws attention because of its large reversible storage capacity (4.1 wt%).", 4.1),
    ("NaMgH3 is studied due to its appreciable reversibly stored hydrogen content of 5.2 wt%.", 5.2),
])
def test_a_reversible_capacity_as_a_reason_is_measured(text, value):
    assert not facts(text)[value].theoretical


def test_a_hydrogen_content_as_a_reason_stays_theoretical():
    # near miss: the content its formula holds, no cycling said
    assert facts("NaMgH3 is studied due to its high hydrogen content of 6.0 wt%.")[6.0].theoretical


# ------------------------------------------------------------ 'the lower I concentration' over a carried sample
@pytest.mark.parametrize("text, value, member", [
    ("Samples of Na1-yKyBH4 (y = 0.2 and 0.4) were ball milled for 2 h. The Na0.6K0.4BH4 powder was pressed into a "
     "pellet. The lower K content gives 0.8 mS/cm at 120 °C.", 0.8, "Na0.8K0.2BH4"),
    ("Members of Li(BH4)1-xIx (x = 0.2 and 0.4) were annealed at 100 °C. Li(BH4)0.6I0.4 was then pressed. The lower I "
     "concentration results in 0.3 mS/cm at 60 °C.", 0.3, "Li(BH4)0.8I0.2"),
    ("Mg(BH4)2-xClx (x = 0.1 and 0.3) was milled for 5 h. Mg(BH4)1.7Cl0.3 was heated to 200 °C. The smaller Cl "
     "fraction leads to 0.05 mS/cm at 150 °C.", 0.05, "Mg(BH4)1.9Cl0.1"),
])
def test_a_member_named_by_its_share_outweighs_the_carried_sample(text, value, member):
    assert the_one(contract_measurements(text), value)["system"] == member


def test_a_member_named_in_the_sentence_keeps_its_value():
    # near miss: the value is said of the member the sentence names
    text = ("Mg(BH4)2-xClx (x = 0.1 and 0.3) was milled for 5 h. Mg(BH4)1.7Cl0.3 was heated to 200 °C. The smaller Cl "
            "fraction leads to a lower conductivity than that of Mg(BH4)1.7Cl0.3 (0.07 mS/cm at 150 °C).")
    assert the_one(contract_measurements(text), 0.07)["system"] == "Mg(BH4)1.7Cl0.3"
