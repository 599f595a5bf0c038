"""Classes of error seen on abstracts by other authors (mixed hydrogen and lithium storage), each
checked on sentences written here in several phrasings, with a case that must stay as it is."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.text.nlp import clean_text
from ingest.extraction.text.pdf_copy import split_subscripts


def _adds(m):
    return {c.formula for c in m.system.additives}


# ------------------------------------------------ PDF subscripts set apart, glued to what follows
@pytest.mark.parametrize(("text", "joined"), [
    ("the Mg(BH 4) 2 powder", "the Mg(BH4)2 powder"),
    ("Ca(BH 4) 2 and Mg(NH 2) 2 were milled", "Ca(BH4)2 and Mg(NH2)2 were milled"),
    ("with Nb 2O 5 and Fe 3O 4 added", "with Nb2O5 and Fe3O4 added"),
    ("the Li 2B 12H 12 phase", "the Li2B12H12 phase"),
    ("Li 4(BH 4) 3I electrolyte", "Li4(BH4)3I electrolyte"),
    ("Al 2O 3 at 5 wt%", "Al2O3 at 5 wt%"),
])
def test_a_subscript_glued_to_the_rest_of_the_formula_is_joined(text, joined):
    cleaned = clean_text(text)
    assert cleaned.text == joined
    assert all(text[o] == ch for o, ch in zip(cleaned.offsets, cleaned.text))


@pytest.mark.parametrize("text", ["see Fig 2A and Table 3", "Sample A 2B was kept", "Step 1 2H", "In 2 cases"])
def test_words_followed_by_a_glued_number_stay_as_written(text):
    assert split_subscripts(text) == []


def test_a_value_of_a_split_complex_hydride_is_its_own():
    v = facts("The decomposition of Ca(BH 4) 2 begins near 620 K and releases 8.1 mass% of hydrogen.")
    assert v[8.1].system.host.formula == "Ca(BH4)2"


# ------------------------------------------------ a reaction's product is not the measured sample
@pytest.mark.parametrize(("sentence", "value", "host"), [
    ("The enthalpy change of the decomposition from LiBH4 to LiH is 67 kJ/mol H2.", 67.0, "LiBH4"),
    ("The reaction enthalpy for the conversion of Mg(NH2)2 into Mg3N2 was determined as 40 kJ/mol.", 40.0, "Mg(NH2)2"),
    ("The dehydrogenation of Ca(BH4)2 to CaH2 has an enthalpy of 57 kJ/mol H2.", 57.0, "Ca(BH4)2"),
    ("The measured enthalpy of the step from NaAlH4 to Na3AlH6 amounts to 37 kJ/mol H2.", 37.0, "NaAlH4"),
])
def test_what_a_reaction_goes_to_is_not_the_sample(sentence, value, host):
    m = facts(sentence)[value]
    assert m.system.host.formula == host and _adds(m) == set()


def test_a_sample_named_after_a_plain_to_stays_the_sample():
    # no reaction goes from one thing to the other here: the value is the doped sample's
    m = facts("Adding 5 wt% Nb2O5 to MgH2 lowers the activation energy to 71 kJ/mol.")[71.0]
    assert m.system.host.formula == "MgH2" and _adds(m) == {"Nb2O5"}


# ------------------------------------------------ samples in a list, values paired in order
@pytest.mark.parametrize("sentence", [
    "The capacities were 4.0, 2.7 and 2.1 wt% for MgH2-FeTi-CNTs, MgH2-FeTi and 8 mol% Ti-doped NaAlH4, respectively.",
    "Capacities of 4.0, 2.7, and 2.1 wt% were measured for MgH2–FeTi–CNTs, MgH2–FeTi, and 8 mol% Ti-doped NaAlH4, "
    "respectively.",
    "The capacities of MgH2-FeTi-CNTs, MgH2-FeTi and 8 mol% Ti-doped NaAlH4 were 4.0, 2.7 and 2.1 wt%, respectively.",
])
def test_a_loaded_doped_sample_in_a_list_is_a_sample_of_its_own(sentence):
    v = facts(sentence)
    assert v[4.0].system.host.formula == "MgH2" and _adds(v[4.0]) == {"TiFe", "carbon nanotube"}
    assert v[2.7].system.host.formula == "MgH2" and _adds(v[2.7]) == {"TiFe"}
    assert v[2.1].system.host.formula == "NaAlH4" and _adds(v[2.1]) == {"Ti"}


def test_a_loading_with_and_still_joins_one_sample():
    m = facts("MgH2 and 5 wt% Nb2O5 were co-milled and the composite released 6.1 wt% hydrogen.")[6.1]
    assert _adds(m) == {"Nb2O5"}


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The onset temperatures of NbF5 and submicron-Ni-doped MgH2 are reduced to 225 °C and 183 °C.",
     {"NbF5"}, {"Ni"}),
    ("The onset desorption temperatures of the TiF3- and Nb2O5-doped MgH2 are lowered to 225 °C and 183 °C.",
     {"TiF3"}, {"Nb2O5"}),
    ("The peak temperatures of the TiF3- and Nb2O5-doped MgH2 drop to 225 and 183 °C.", {"TiF3"}, {"Nb2O5"}),
    ("MgH2–TiF3 and MgH2–Nb2O5 start to release hydrogen at 225 °C and 183 °C.", {"TiF3"}, {"Nb2O5"}),
])
def test_values_pair_with_coordinated_samples_without_respectively(sentence, first, second):
    v = facts(sentence)
    assert _adds(v[225.0]) == first and _adds(v[183.0]) == second


def test_two_values_of_one_sample_stay_that_samples():
    v = facts("Ni-doped MgH2 desorbs 5.1 wt% at 300 °C and 4.2 wt% at 250 °C.")
    assert _adds(v[5.1]) == _adds(v[4.2]) == {"Ni"}


# ------------------------------------------------ the bare reference a value is compared with
@pytest.mark.parametrize(("sentence", "modified", "bare", "host"), [
    ("The 10 wt% CeO2-doped NaAlH4 sample could desorb about 3.1 wt% of H2 in 20 min compared to 0.4 wt% by the "
     "as-milled NaAlH4.", 3.1, 0.4, "NaAlH4"),
    ("The 5 wt% Nb2O5-doped MgH2 released 5.2 wt% hydrogen within 10 min, versus 0.8 wt% for as-received MgH2.",
     5.2, 0.8, "MgH2"),
    ("MgH2 catalysed by 5 wt% VCl3 absorbs 5.5 wt% hydrogen in 60 s, compared with 1.5 wt% for MgH2 milled under "
     "the same conditions.", 5.5, 1.5, "MgH2"),
    ("After doping with 7 mol% TiCl3, NaAlH4 releases 4.2 wt% H2, whereas the undoped NaAlH4 releases only 0.5 wt%.",
     4.2, 0.5, "NaAlH4"),
])
def test_the_value_set_against_the_sample_is_the_bare_hosts(sentence, modified, bare, host):
    v = facts(sentence)
    assert _adds(v[modified]) and v[bare].system.host.formula == host and _adds(v[bare]) == set()


def test_the_host_named_again_after_a_comparison_of_no_value_is_still_the_sample():
    m = facts("LiBH4 was embedded into activated carbon with 5 wt% Ni and, compared with the bulk, the LiBH4 "
              "particles released 10.1 wt% hydrogen.")[10.1]
    assert _adds(m) == {"activated carbon", "Ni"}


# ------------------------------------------------ the co-dopants of a doped additive are the additive's
# (one additive, named as written: the dopants are part of the catalyst, not additives of MgH2)
@pytest.mark.parametrize(("sentence", "value", "additive"), [
    ("MgH2 was milled with an N, Nb-doped TiO2 catalyst and released 6.1 wt% hydrogen at 300 °C.", 6.1,
     "N, Nb-doped TiO2"),
    ("MgH2 catalysed by a Co, Ni, Fe-doped CeO2 powder released 6.3 wt% hydrogen at 300 °C.", 6.3,
     "Co, Ni, Fe-doped CeO2"),
    ("The N, Nb-doped TiO2 catalyst was milled with MgH2, and the composite started releasing hydrogen at 190 °C.",
     190.0, "N, Nb-doped TiO2"),
    ("MgH2 was milled with Ni and Fe-doped TiO2 and released 6.4 wt% hydrogen at 300 °C.", 6.4, "Ni and Fe-doped TiO2"),
])
def test_elements_listed_before_a_prefix_on_an_additive_dope_that_additive(sentence, value, additive):
    m = facts(sentence)[value]
    assert m.system.host.formula == "MgH2" and _adds(m) == {additive}


def test_a_list_before_a_prefix_on_a_hydride_still_names_two_samples():
    v = facts("The onset temperatures of NbF5 and Ni-doped MgH2 are 225 °C and 183 °C, respectively.")
    assert _adds(v[225.0]) == {"NbF5"} and _adds(v[183.0]) == {"Ni"}


# ------------------------------------------------ number forms
@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a conductivity of 4.9 × 10− 4 S ⋅ cm− 1 at 45 °C", 4.9e-4, "S cm- 1"),
    ("a conductivity of 2.1 x 10- 3 S cm- 1 at 60 °C", 2.1e-3, "S cm- 1"),
    ("it delivers 820 mAh g− 1 at 100 mA g− 1", 820.0, "mAh g- 1"),
    ("an activation energy of 75 kJ mol- 1 was found", 75.0, "kJ mol- 1"),
])
def test_an_exponent_set_apart_from_its_sign_stays_with_the_unit(text, value, unit):
    from ingest.extraction.text.quantity_text import groups
    first = groups(clean_text(text).text)[0]
    assert [n.value for n in first.numbers] == [pytest.approx(value)] and first.unit == unit


def test_a_time_after_a_temperature_is_no_exponent():
    from ingest.extraction.text.quantity_text import groups
    assert [(g.unit, g.numbers[0].value) for g in groups("kept at 300 °C- 1 h")] == [("°C", 300.0), ("h", 1.0)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The Ni-doped MgH2 has an activation energy of about 67 kJ/mol.", 67.0),
    ("LiBH4 has an enthalpy change of about 67 kJ/mol of H2.", 67.0),
    ("The Ni-doped MgH2 shows a hydrogen capacity of about 6.1 wt%.", 6.1),
    ("The onset temperature of the Ni-doped MgH2 is 240 °C, a drop of about 60 °C compared with pure MgH2.", 240.0),
])
def test_a_value_said_to_be_about_so_much_is_a_value(sentence, value):
    assert value in facts(sentence)


@pytest.mark.parametrize("sentence", [
    "The onset temperature of the Ni-doped MgH2 is 240 °C, a drop of about 60 °C compared with pure MgH2.",
    "The onset temperature of the Ni-doped MgH2 is 240 °C, a difference of about 60 °C from pure MgH2.",
    "The onset temperature of the Ni-doped MgH2 was decreased by about 60 °C.",
])
def test_a_difference_of_about_so_much_is_still_no_value(sentence):
    assert 60.0 not in facts(sentence)


@pytest.mark.parametrize(("sentence", "value", "basis"), [
    ("Thermodynamic calculation shows that the release from LiBH4 is endothermic with about 67 kJ/mol H2.", 67.0,
     "calculated"),
    ("The capacity is close to the theoretical hydrogen absorption value of 7.6 wt% for MgH2.", 7.6, "theoretical"),
    ("The activation energy of MgH2 obtained from the calculation of Kissinger plots is 160 kJ/mol.", 160.0, "measured"),
])
def test_how_a_value_was_obtained(sentence, value, basis):
    m = facts(sentence)[value]
    assert ("calculated" if m.calculated else "theoretical" if m.theoretical else "measured") == basis


# ------------------------------------------------ a material named by its name and its formula
@pytest.mark.parametrize(("sentence", "value", "host", "adds"), [
    ("The 1:1 mixture of lithium amide LiNH2 and lithium hydride LiH releases 5.8 wt% hydrogen.", 5.8, "LiNH2", {"LiH"}),
    ("A 1:2 mixture of magnesium amide (Mg(NH2)2) and lithium hydride (LiH) desorbs 5.1 wt% hydrogen.", 5.1,
     "Mg(NH2)2", {"LiH"}),
    ("Lithium alanate (LiAlH4) doped with 5 wt% TiO2 releases 7.1 wt% hydrogen.", 7.1, "LiAlH4", {"TiO2"}),
    ("LiAlH4 (lithium alanate) doped with 5 wt% TiO2 releases 7.2 wt% hydrogen.", 7.2, "LiAlH4", {"TiO2"}),
    ("Magnesium hydride MgH2 milled with 5 wt% Ni releases 6.3 wt% hydrogen.", 6.3, "MgH2", {"Ni"}),
])
def test_a_name_and_its_formula_side_by_side_are_one_material(sentence, value, host, adds):
    m = facts(sentence)[value]
    assert m.system.host.formula == host and _adds(m) == adds


# ------------------------------------------------ parts named in words, then the sample's notation in a bracket
@pytest.mark.parametrize(("sentence", "value", "host", "adds"), [
    ("Lithium amide and lithium hydride (LiNH2–LiH, 1:1) store 6.5 wt% of hydrogen.", 6.5, "LiNH2", {"LiH"}),
    ("Sodium alanate and lithium hydride (NaAlH4–LiH) give off 4.9 wt% of hydrogen on heating.", 4.9,
     "NaAlH4", {"LiH"}),
    ("Lithium amide, lithium hydride and magnesium hydride (LiNH2–LiH–MgH2) together release 5.3 wt% hydrogen.",
     5.3, "LiNH2", {"LiH", "MgH2"}),
])
def test_parts_named_in_words_before_their_notation_are_one_sample(sentence, value, host, adds):
    m = facts(sentence)[value]
    assert m.system.host.formula == host and _adds(m) == adds, m.system.name


def test_names_that_are_not_the_bracket_s_parts_stay_apart():
    from ingest.extraction.samples.apposition import joined_appositions
    from ingest.extraction.text.nlp import mentions
    text = "Magnesium hydride and lithium amide (Mg(NH2)2–2LiH) were compared."
    assert [m.text for m in joined_appositions(text, mentions(text))] == [m.text for m in mentions(text)]


def test_two_materials_side_by_side_stay_two():
    m = facts("The LiBH4 MgH2 composite released 9.1 wt% hydrogen.")[9.1]
    assert m.system.host.formula in ("LiBH4", "MgH2") and len(m.system.additives) <= 1


# ------------------------------------------------ a gas the sample gives off is no additive
@pytest.mark.parametrize("second", [
    "The milled mixture releases hydrogen from 180 °C while emitting a considerable amount of ammonia NH3.",
    "The milled mixture releases hydrogen from 180 °C with NH3 emission.",
    "The milled mixture releases hydrogen from 180 °C, with the emission of some NH3.",
    "The milled mixture releases hydrogen from 180 °C, liberating NH3.",
])
def test_an_emitted_gas_is_no_additive(second):
    from prose_sentences import para
    m = para(("The LiNH2–LiH mixture was ball milled.", second))[180.0]
    assert m.system.host.formula == "LiNH2" and _adds(m) == {"LiH"}


def test_a_material_with_after_a_value_still_joins_the_sample():
    from prose_sentences import para
    m = para(("The MgH2 powder was ball milled.", "The activation energy drops to 98 kJ/mol with TiCl3."))[98.0]
    assert _adds(m) == {"TiCl3"}


# ------------------------------------------------ the settings a test was run at, listed in a bracket
@pytest.mark.parametrize("sentence", [
    "The Ni-doped MgH2 was cycled at different temperatures (305 K, 373 K and 323 K).",
    "The Ni-doped MgH2 was tested at three pressures (1 MPa, 2 MPa and 5 MPa).",
    "Desorption of the Ni-doped MgH2 was measured at several temperatures (250 °C, 275 °C and 300 °C).",
])
def test_listed_settings_are_no_values(sentence):
    assert facts(sentence) == {}


def test_a_temperature_said_of_the_release_stays_a_value():
    assert 300.0 in facts("The Ni-doped MgH2 desorbed hydrogen at 300 °C.")


def test_a_glued_area_unit_is_read():
    from ontology.units import parse_unit
    assert str(parse_unit("m2g−1")) == str(parse_unit("m2/g")) and str(parse_unit("cm3g-1")) == str(parse_unit("cm3/g"))


# ------------------------------------------------ a hydride named as hydrated or ammoniated is its adduct
@pytest.mark.parametrize(("sentence", "value", "molecule"), [
    ("Hydrated LiBH4 has a lithium-ion conductivity of 4.1 × 10−4 S cm−1 at 45 °C.", 0.41, "H2O"),
    ("The ammoniated Mg(BH4)2 shows a conductivity of 3.3 × 10−5 S cm−1 at 40 °C.", 0.033, "NH3"),
    ("The LiBH4 hydrate reaches 1.2 × 10−4 S cm−1 at 30 °C.", 0.12, "H2O"),
])
def test_a_hydrated_or_ammoniated_hydride_holds_the_molecule(sentence, value, molecule):
    m = facts(sentence)[value]
    assert _adds(m) == {molecule}


def test_a_dehydrated_hydride_is_bare():
    m = facts("The dehydrated LiBH4 shows 2.0 × 10−8 S cm−1 at 30 °C.")[2e-05]
    assert _adds(m) == set()


# ------------------------------------------------ the process named right before a value's setting
@pytest.mark.parametrize(("sentence", "value", "key"), [
    ("Ni-doped MgH2 takes up hydrogen fast already at room temperature and allows dehydrogenation at a strongly "
     "reduced temperature of 185 °C.", 185.0, "dehydrogenation_temperature"),
    ("The Co-doped MgH2 shows hydrogen absorption at room temperature and desorption at a temperature of 220 °C.",
     220.0, "dehydrogenation_temperature"),
    ("The Fe-doped MgH2 shows fast dehydrogenation at 300 °C and rehydrogenation at a lowered temperature of 150 °C.",
     150.0, "hydrogenation_temperature"),
    ("The catalysed NaAlH4 shows hydrogen absorption at a temperature of 120 °C.", 120.0, "hydrogenation_temperature"),
])
def test_the_process_said_with_the_value_names_it(sentence, value, key):
    assert facts(sentence)[value].property == key
