"""Older papers' forms of a release temperature and its bulk reference: "evolves hydrogen" as a release verb, and
"the bulk" said as a noun ("compared with 460 °C for the bulk"), which names the unmodified host and never the main
release ("the bulk of the hydrogen release"). Sentences written for these tests."""
import pytest
from prose_sentences import component_materials, contract_measurements, the_one

_rows, _one = contract_measurements, the_one


# ------------------------------------------------- "evolves hydrogen" names a release temperature
@pytest.mark.parametrize("sentence, value, key", [
    ("The LiNH2–LiH mixture evolves hydrogen in the range 150–250 °C.", 150.0, "dehydrogenation_temperature"),
    ("Ball-milled Ca(BH4)2 evolved hydrogen at 360 °C under flowing argon.", 360.0, "dehydrogenation_temperature"),
    ("The KBH4–MgH2 composite was found to evolve hydrogen at 410 °C.", 410.0, "dehydrogenation_temperature"),
    ("The Mg(NH2)2–2LiH sample started to evolve hydrogen at 130 °C.", 130.0, "onset_dehydrogenation_temperature"),
    ("NaAlH4 doped with CeCl3 begins to liberate hydrogen at 95 °C.", 95.0, "onset_dehydrogenation_temperature"),
])
def test_evolving_hydrogen_names_a_release_temperature(sentence, value, key):
    assert _one(_rows(sentence), value)["property"] == key


def test_a_phase_that_evolves_names_no_release():
    assert _rows("The LiNH2–LiH mixture evolves slowly into a new phase at 250 °C.") == []


# ------------------------------------------------- "the bulk" as a noun: the unmodified host
@pytest.mark.parametrize("sentence, confined, bulk", [
    ("Hydrogen was released from LiBH4@C at 220 °C, compared with 460 °C for the bulk.", 220.0, 460.0),
    ("NaAlH4@CMK-3 desorbs at 150 °C versus 190 °C for bulk.", 150.0, 190.0),
    ("The Ea of NaAlH4@CMK-3 was 60 kJ/mol, against 110 kJ/mol for the bulk and 90 kJ/mol for the ball-milled "
     "NaAlH4.", 60.0, 110.0),
    ("The Ea of Mg(BH4)2@AC fell to 95 kJ/mol, against 150 kJ/mol for the bulk, whereas milling alone gave 130.",
     95.0, 150.0),
])
def test_the_bulk_said_as_a_noun_is_the_bare_host(sentence, confined, bulk):
    rows = _rows(sentence)
    assert len(component_materials(_one(rows, confined))) == 2, rows
    assert len(component_materials(_one(rows, bulk))) == 1, rows
    assert _one(rows, bulk)["property"] == _one(rows, confined)["property"], rows


def test_the_bulk_in_a_list_of_samples_is_no_bare_reference():
    # ("for the bulk and confined samples": both samples, so no value is the bare host's by that phrase)
    rows = _rows("The Ea values of 150 and 95 kJ/mol for the bulk and confined NaAlH4@CMK-3 samples were found, "
                 "respectively.")
    assert all(r["property"] == "dehydrogenation_activation_energy" for r in rows), rows


def test_the_bulk_of_the_release_is_still_the_main_release():
    row = _one(_rows("The bulk of the hydrogen release from MgH2 with 10 wt% Nb2O5 takes place at 270 °C."), 270.0)
    assert row["property"] == "peak_dehydrogenation_temperature"


# ------------------------------------------------- thermodynamics said in older papers' words
@pytest.mark.parametrize("sentence, value, key", [
    ("The enthalpy of hydride formation of the Mg–10 at% Ni alloy was determined from the van't Hoff plot to be "
     "−72.3 kJ/mol H2.", 72.3, "hydrogenation_enthalpy"),
    ("The absorption enthalpy of the Mg–5 at% Al solid solution powder milled under argon was derived from "
     "van 't Hoff plots to be −70 kJ/mol H2.", 70.0, "hydrogenation_enthalpy"),
    ("The thermodynamic analysis gives ΔHdes = 39 kJ mol−1 H2 and ΔSdes = 106 J mol−1 K−1 for the "
     "Y(BH4)3–LiBH4 mixture.", 106.0, "reaction_entropy"),
    ("For MgH2–TiH2, Delta Hdes = 70 kJ mol-1 H2 and Delta Sdes = 130 J mol-1 K-1.", 130.0, "reaction_entropy"),
])
def test_thermodynamic_quantities_of_older_wording(sentence, value, key):
    assert _one(_rows(sentence), value)["property"] == key


def test_a_method_named_with_the_reaction_enthalpy_keeps_it():
    row = _one(_rows("The dehydrogenation enthalpy of MgH2 milled with 5 wt% Nb2O5 was obtained from the van 't "
                     "Hoff plot as 74 kJ/mol H2."), 74.0)
    assert row["property"] == "reaction_enthalpy"


# ------------------------------------------------- the milling's settings between the participle and the additive
@pytest.mark.parametrize("sentence, value, additive", [
    ("MgH2 milled for 20 h with 5 wt% Nb2O5 shows an activation energy of 71 kJ/mol.", 71.0, "Nb2O5"),
    ("The LiBH4 ball-milled at 400 rpm under argon with 10 wt% TiF3 releases hydrogen at 280 °C.", 280.0, "TiF3"),
    ("MgH2 ball milled for 10 h together with 7 mol% V2O5 desorbs at 250 °C.", 250.0, "V2O5"),
])
def test_milling_settings_said_before_the_additive(sentence, value, additive):
    assert component_materials(_one(_rows(sentence), value)) == {"MgH2" if "MgH2" in sentence else "LiBH4", additive}


def test_milling_with_balls_adds_nothing():
    row = _one(_rows("MgH2 milled for 20 h with stainless steel balls desorbs at 330 °C."), 330.0)
    assert component_materials(row) == {"MgH2"}


# ------------------------------------------------- an amount released from a named sample at a temperature
@pytest.mark.parametrize("sentence, value, temperature", [
    ("In total 9.1 wt% hydrogen was evolved from the LiBH4–MgH2 composite at around 400 °C.", 9.1, 400),
    ("About 5 wt% hydrogen was released from the MgH2–Ni composite at 300 °C.", 5.0, 300),
    ("Some 6.2 wt% H2 was desorbed from MgH2 with 5 mol% Nb2O5 at 250 °C.", 6.2, 250),
])
def test_the_temperature_an_amount_came_off_a_named_sample_at_is_its_condition(sentence, value, temperature):
    rows = _rows(sentence)
    assert [r["value"] for r in rows] == [value], rows
    assert rows[0]["conditions"]["temperature"] == pytest.approx(temperature)


def test_a_release_from_a_sample_at_a_temperature_without_an_amount_is_its_temperature():
    assert _one(_rows("Hydrogen was evolved from the MgH2–Ni composite at 300 °C."), 300.0)["property"] \
        == "dehydrogenation_temperature"
