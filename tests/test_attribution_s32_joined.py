"""Session 32: the paragraph's sample carried to a sentence ('system:continued', 'system:context-additive') only
where the sentence means it.

- A host named with how it was made and what it was made without ("NaAlH4 milled without any additive") is the bare
  reference, not the paragraph's doped sample.
- A material a clause after the value says the sample *could* take ("pores of 4 nm that can anchor Ni particles")
  was not put into it: the value is the sample's as it is.

Sentences written for these tests; none comes from a real abstract or the review.
"""
from __future__ import annotations

from prose_sentences import records


def on(*texts) -> dict[float, str]:
    """{value: the name of its sample} of the sentences of one paragraph."""
    return {m.value: m.system.name for m in records(texts, first=1)}


# ------------------------------------------------------------------ the host made without the additive
def test_host_milled_without_any_additive_is_bare():
    v = on("NaAlH4 doped with 4 mol% TiCl3 was milled for 2 h.",
           "For NaAlH4 milled without any additive, the desorption enthalpy was 37 kJ/mol.")
    assert v == {37.0: "NaAlH4"}


def test_host_ball_milled_without_the_named_additive_is_bare():
    v = on("LiAlH4 was doped with 5 mol% NbCl5.",
           "LiAlH4 ball milled without NbCl5 shows an activation energy of 110 kJ/mol.")
    assert v == {110.0: "LiAlH4"}


def test_host_prepared_alone_is_bare():
    v = on("MgH2 was milled with 10 wt% Fe2O3.",
           "MgH2 prepared alone under the same conditions releases hydrogen at 340 °C.")
    assert v == {340.0: "MgH2"}


def test_host_synthesized_without_a_catalyst_is_bare():
    v = on("Mg2FeH6 was doped with 3 mol% CeO2.",
           "For Mg2FeH6 synthesized without a catalyst, the activation energy was 160 kJ/mol.")
    assert v == {160.0: "Mg2FeH6"}


def test_host_milled_without_a_loss_stays_the_paragraphs_sample():
    # near miss: what the sample kept ('without any loss of capacity') sets nothing apart
    v = on("MgH2 was milled with 10 wt% Fe2O3.",
           "The MgH2 milled for 5 h without any loss of capacity desorbs 6.5 wt% hydrogen.")
    assert v == {6.5: "MgH2–10 wt% Fe2O3"}


# ------------------------------------------------------------------ what the sample could take
def test_catalyst_the_pores_can_anchor_is_not_added():
    v = on("LiBH4 was confined in a carbon aerogel.",
           "The aerogel has pores of 4 nm that can anchor Ni catalyst particles.")
    assert v == {4.0: "LiBH4@carbon aerogel"}


def test_catalyst_the_channels_could_host_is_not_added():
    v = on("NaAlH4 was infiltrated into a porous silica host.",
           "This silica has 8 nm channels, which can host TiO2 nanoparticles as a catalyst.")
    assert v == {8.0: "NaAlH4@porous silica"}


def test_catalyst_they_could_accommodate_is_not_added():
    v = on("Mg2NiH4 was confined in a porous carbon.",
           "Its mesopores, 6 nm wide, are large enough that they could accommodate a Pd catalyst.")
    assert v == {6.0: "Mg2NiH4@porous carbon"}


def test_catalyst_loaded_into_the_pores_is_still_added():
    # near miss: a catalyst the sentence says was loaded is the sample's additive (today's reading)
    v = on("LiBH4 was confined in a carbon aerogel.",
           "The aerogel has pores of 4 nm, and Ni catalyst particles were loaded into them.")
    assert "Ni" in v[4.0]


def test_catalyst_named_before_the_value_with_a_modal_later_is_still_added():
    # near miss: the modal clause comes after the additive, which the sentence puts into the sample
    v = on("MgH2 was ball milled for 10 h.",
           "Adding 5 wt% Nb2O5 lowers the onset temperature to 200 °C, which could make MgH2 practical.")
    assert v == {200.0: "MgH2–5 wt% Nb2O5"}


# ------------------------------------------------------------------ the host as bought, or made the same way alone
def test_host_as_received_is_bare():
    v = on("MgH2 was milled with 5 wt% Nb2O5 for 20 h.",
           "MgH2 as received from the supplier releases hydrogen at 410 °C.")
    assert v == {410.0: "MgH2"}


def test_host_purchased_is_bare():
    v = on("NaAlH4 was ball milled with 2 mol% ZrCl4.",
           "NaAlH4 purchased from a chemical vendor starts to decompose at 215 °C.")
    assert v == {215.0: "NaAlH4"}


def test_host_milled_under_identical_conditions_is_bare():
    v = on("MgH2 was milled with 5 wt% Nb2O5 for 20 h.",
           "MgH2 milled for 20 h under identical conditions releases hydrogen at 350 °C.")
    assert v == {350.0: "MgH2"}


def test_what_the_host_is_known_to_do_is_general():
    v = on("Mg2NiH4 was milled with 3 wt% graphene for 5 h.",
           "Mg2NiH4 is known to release hydrogen near 280 °C.")
    assert list(v.values()) == ["Mg2NiH4"]


def test_host_named_again_with_a_value_below_a_known_one_stays_the_sample():
    # near miss: 'known' alone, no general statement about the host
    v = on("MgH2 was milled with 5 wt% Nb2O5 for 20 h.",
           "The MgH2 releases hydrogen at 250 °C, which is well below the known value.")
    assert v == {250.0: "MgH2–5 wt% Nb2O5"}


def test_host_as_supplied_is_bare():
    v = on("LiAlH4 was doped with 3 mol% VCl3 by milling.",
           "LiAlH4 supplied by the manufacturer melts with decomposition at 165 °C.")
    assert v == {165.0: "LiAlH4"}


def test_host_prepared_in_the_same_conditions_is_bare():
    v = on("LiBH4 was ball milled with 10 mol% CaF2.",
           "LiBH4 ball milled in the same conditions shows an activation energy of 190 kJ/mol.")
    assert v == {190.0: "LiBH4"}


def test_what_the_host_is_well_known_for_is_general():
    v = on("NaAlH4 was doped with 4 mol% CeCl3.",
           "NaAlH4 is well known for a first desorption step near 210 °C.")
    assert list(v.values()) == ["NaAlH4"]


def test_what_hosts_are_known_to_reach_is_general():
    v = on("LiBH4 was confined in a mesoporous carbon with 5 wt% Ni.",
           "Bulk hydrides such as LiBH4 are known to need 400 °C for full desorption.")
    assert "Ni" not in " ".join(v.values())


# ------------------------------------------------------------------ a material of the equipment is no additive
def test_standard_a_pattern_is_calibrated_with_is_not_joined():
    v = on("The XRD pattern of MgH2 was calibrated with a Si standard, and the crystallite size is 25 nm.")
    assert v == {25.0: "MgH2"}


def test_holder_a_sample_is_heated_in_is_not_joined():
    v = on("NaAlH4 heated under Ar in a Cu sample holder released 3.1 wt% hydrogen at 190 °C.")
    assert v == {3.1: "NaAlH4"}


def test_internal_standard_in_a_scan_is_not_joined():
    v = on("Li2NH mixed for the scan with an internal Al2O3 standard shows particles of 40 nm.")
    assert list(v.values()) == ["Li2NH"]


def test_additive_in_cells_is_still_joined():
    # near miss: 'in cells' puts the additive's sample in the cells; LiI stays its additive
    v = on("LiBH4 with LiI in cells shows 1.2 mS/cm at 25 °C.")
    assert v == {1.2: "LiBH4–LiI"}


# ------------------------------------------------------------------ the sample named apart in the same sentence
def test_host_beside_the_composite_named_apart_is_the_reference():
    v = on("MgH2 was milled with 5 wt% Nb2O5.",
           "The activation energy of MgH2 is 160 kJ/mol, and the composite reaches 95 kJ/mol.")
    assert v == {160.0: "MgH2", 95.0: "MgH2–5 wt% Nb2O5"}


def test_host_beside_that_of_the_composite_is_the_reference():
    v = on("MgH2 was ball milled with 7 wt% TiF3.",
           "The desorption enthalpy of MgH2 was 76 kJ/mol and that of the composite 70 kJ/mol.")
    assert v == {76.0: "MgH2", 70.0: "MgH2–7 wt% TiF3"}


def test_host_set_against_the_composite_by_while_is_the_reference():
    v = on("LiBH4 was ball milled with 20 wt% SiO2.",
           "The Li-ion conductivity of LiBH4 is 0.002 mS/cm at 40 °C, while the composite gives 0.09 mS/cm.")
    assert v == {0.002: "LiBH4", 0.09: "LiBH4–20 wt% SiO2"}


def test_host_after_a_sentence_opening_on_the_composite_is_still_the_composite():
    # near miss: 'This composite …, and the MgH2 …' goes on about the same sample
    v = on("MgH2 was milled with 5 wt% Nb2O5.",
           "This composite desorbs 6 wt% at 300 °C, and the MgH2 absorbs 5.5 wt% at 200 °C.")
    assert v == {6.0: "MgH2–5 wt% Nb2O5", 5.5: "MgH2–5 wt% Nb2O5"}


# ------------------------------------------------------------------ 'close to the values of' another sample
def test_additive_after_close_to_values_is_the_references():
    v = on("MgH2 was milled with 5 wt% Nb2O5.",
           "The activation energy is 70 kJ/mol, close to values for samples catalysed by NbF5.")
    assert v == {70.0: "MgH2–5 wt% Nb2O5"}


def test_host_after_close_to_the_values_reported_is_the_references():
    v = on("LiBH4 was ball milled with 10 mol% CaF2.",
           "It desorbs at 330 °C, close to the values reported for LiBH4 doped with MgF2.")
    assert v == {330.0: "LiBH4–10 mol% CaF2"}


def test_host_after_close_to_the_value_for_is_the_references():
    v = on("MgH2 was milled with 5 wt% Nb2O5.",
           "The activation energy falls to 70 kJ/mol, close to the value for catalysed MgH2 with Ni.")
    assert v == {70.0: "MgH2–5 wt% Nb2O5"}


def test_additive_named_with_the_value_is_still_added():
    # near miss: no comparison between the value and the additive the sentence puts in
    v = on("NaAlH4 was ball milled for 2 h.",
           "NaAlH4 releases 4.2 wt% hydrogen at 150 °C when doped with 2 mol% TiCl3.")
    assert "TiCl3" in v[4.2]


# ------------------------------------------------------------------ a value set beside a computation's
def test_host_value_agreeing_with_a_prediction_is_the_compounds():
    v = on("LiBH4 was mixed with 20 wt% carbon black.",
           "The oxidation onset of LiBH4 lies at 2.0 V vs Li+/Li, in agreement with density functional results.")
    assert v == {2.0: "LiBH4"}


def test_host_value_matching_dft_is_the_compounds():
    v = on("MgH2 was milled with 5 wt% Ni.", "The measured enthalpy of MgH2, 75 kJ/mol, matches DFT predictions.")
    assert v == {75.0: "MgH2"}


def test_host_value_consistent_with_calculated_values_is_the_compounds():
    v = on("NaAlH4 was doped with 2 mol% TiCl3.",
           "The activation energy of NaAlH4 is 80 kJ/mol, consistent with calculated values.")
    assert v == {80.0: "NaAlH4"}


def test_host_value_consistent_with_measured_data_stays_the_sample():
    # near miss: agreement with the study's own measurements, no computation
    v = on("NaAlH4 was doped with 2 mol% TiCl3.",
           "The activation energy of NaAlH4 is 80 kJ/mol, consistent with our kinetic data.")
    assert v == {80.0: "NaAlH4–2 mol% TiCl3"}


# ------------------------------------------------------------------ an additive of a clause set against the value's
def test_value_before_a_while_clause_with_another_dopant_keeps_the_sample():
    v = on("MgH2 was milled with 5 wt% Nb2O5.", "The onset temperature is 200 °C, while doping with Fe2O3 gives 240 °C.")
    assert v == {200.0: "MgH2–5 wt% Nb2O5", 240.0: "MgH2–Fe2O3"}


def test_value_before_a_whereas_clause_with_another_catalyst_keeps_the_sample():
    v = on("NaAlH4 was doped with 4 mol% TiCl3.", "The capacity reaches 4.5 wt%, whereas adding TiF3 yields only 3.8 wt%.")
    assert v == {4.5: "NaAlH4–4 mol% TiCl3", 3.8: "NaAlH4–TiF3"}


def test_value_before_a_whilst_clause_with_another_chloride_keeps_the_sample():
    v = on("LiAlH4 was doped with 3 mol% NbF5.",
           "The activation energy drops to 75 kJ/mol, whilst doping with VCl3 gives 88 kJ/mol.")
    assert v[75.0] == "LiAlH4–3 mol% NbF5"
    assert "NbF5" not in v[88.0] and "VCl3" in v[88.0]


def test_additive_after_the_value_with_no_contrast_is_still_added():
    # near miss: no clause set against the value; the dopant named after it is its sample's (today's reading)
    v = on("LiAlH4 was doped with 3 mol% NbF5.", "The activation energy drops to 75 kJ/mol after doping with VCl3.")
    assert "VCl3" in v[75.0]
