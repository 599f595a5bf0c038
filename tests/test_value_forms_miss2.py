"""Value forms the extractor misread on real abstracts (second round): a compound's name read as a process in a
'respectively' list, a second verb of the same process ("… and completed before 450 °C"), main-release wording,
and an entropy whose unit lost its K. Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


# ------------------------------------------------- a compound noun in -ide names no process of a list
@pytest.mark.parametrize("sentence", [
    "The dehydrogenation activation energies of pure and Co-doped magnesium hydride came to E-A approximate to "
    "210 and 160 kJ/mol, respectively.",
    "The apparent activation energies for dehydrogenation of pure and Co-doped magnesium hydride were "
    "Ea = 210 and 160 kJ/mol, respectively.",
    "Activation energies of desorption for undoped and Fe-catalysed lithium amide were 140 and 110 kJ/mol, respectively.",
    "Desorption activation energies of as-milled and Nb-doped aluminium hydride were 120 and 85 kJ/mol, "
    "respectively.",
])
def test_a_compound_name_in_a_respectively_list_names_no_process(sentence):
    rows = _rows(sentence)
    assert len(rows) == 2, rows
    assert {r["property"] for r in rows} == {"dehydrogenation_activation_energy"}, rows


def test_the_process_words_of_a_respectively_list_still_pair_in_order():
    rows = _rows("The hydriding and dehydriding activation energies of the MgH2-Ni composite were 45 and 88 kJ/mol, "
                 "respectively.")
    assert _one(rows, 45.0)["property"] == "hydrogenation_activation_energy"
    assert _one(rows, 88.0)["property"] == "dehydrogenation_activation_energy"


# ------------------------------------------------- a second verb of the process before
@pytest.mark.parametrize("sentence, end, qualifier", [
    ("The dehydrogenation of the LiBH4-MgH2 composite started at 340 °C and completed before 450 °C.", 450.0, "<"),
    ("Hydrogen release from LiAlH4 with 5 mol% TiCl3 begins at 120 °C and ends at 190 °C.", 190.0, "="),
    ("Desorption of the Ni-doped Mg(BH4)2 commenced at 180 °C and was finished at 330 °C.", 330.0, "="),
])
def test_a_second_verb_names_where_the_release_ended(sentence, end, qualifier):
    rows = _rows(sentence)
    assert len(rows) == 2, rows
    assert {r["property"] for r in rows} == {"onset_dehydrogenation_temperature", "full_dehydrogenation_temperature"}
    row = _one(rows, end)
    assert row["property"] == "full_dehydrogenation_temperature" and row["qualifier"] == qualifier


def test_a_verb_with_a_subject_of_its_own_is_no_second_verb_of_the_process():
    rows = _rows("Desorption of the MgH2-Fe sample started at 250 °C, and the sample was annealed at 400 °C.")
    assert [r["property"] for r in rows] == ["onset_dehydrogenation_temperature"], rows


# ------------------------------------------------- where most of the hydrogen comes off
@pytest.mark.parametrize("sentence", [
    "The onset desorption temperature of LiBH4@C is 200 °C, and majority of the liberation occurs at about 330 °C.",
    "For the Ti-doped NaAlH4, most of the hydrogen is released near 160 °C.",
    "The bulk of the hydrogen release from MgH2 with 10 wt% Nb2O5 takes place at 270 °C.",
])
def test_where_most_hydrogen_is_released_is_the_peak_temperature(sentence):
    row = max(_rows(sentence), key=lambda r: r["value"])
    assert row["property"] == "peak_dehydrogenation_temperature", row


def test_absorbing_most_of_the_hydrogen_is_no_release_peak():
    rows = _rows("The Mg-Ni film absorbs most of the hydrogen at 150 °C within 10 min.")
    assert all(r["property"] != "peak_dehydrogenation_temperature" for r in rows), rows


# ------------------------------------------------- an entropy whose unit lost its K
@pytest.mark.parametrize("sentence, value", [
    ("For the MgH2-5 wt% Fe sample, the enthalpy was 70.1 kJ/mol and the entropy (125.3 J mol(-1)) was close "
     "to that of bulk.", 125.3),
    ("The LiBH4-MgH2 composite has a reaction entropy of 98 J mol-1.", 98.0),
    ("ΔS of the Ni-doped Mg2FeH6 was found to be 131 J/mol.", 131.0),
])
def test_an_entropy_per_mole_lost_its_kelvin(sentence, value):
    row = _one(_rows(sentence), value)
    assert row["property"] == "reaction_entropy" and row["unit"] == "J/(mol*K)", row


def test_an_enthalpy_in_joules_per_mole_stays_an_enthalpy():
    row = _one(_rows("The MgH2-TiO2 composite shows an enthalpy of 74000 J/mol."), 74.0)
    assert row["property"] == "reaction_enthalpy" and row["unit"] == "kJ/mol", row
