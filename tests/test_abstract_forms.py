"""Forms of published abstracts that put values on the wrong system or property, each with sentences written
for the test (three or more wordings) and one that must not change:

- a label in brackets right after a value ("275 °C (T-onset) for pure X") hides nothing: what the value is
  for follows it;
- "X catalyses hydrogen desorption from Y": the host a release is *from* takes the additive;
- a number glued to a material named in words ("Mg–5graphene") is its count, not part of its name;
- values listed after one verb, each with its own time ("absorbed 0.9 wt% H for 2.5 min, 2.7 wt% H for
  10 min, …"), are all of that verb's property, and each keeps the setting written after it;
- "dehydriding starting temperature", "T-onset" name the onset."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _components, contract_measurements, the_one


@pytest.mark.parametrize("text", [
    "The onset temperature of Ni-doped Mg(BH4)2 is 44 °C compared to 275 °C (Tonset) for pure Mg(BH4)2.",
    "The activation energy of Ni-doped MgH2 is 64 kJ/mol, compared with 160 kJ/mol (Ea) of pure MgH2.",
    "The peak temperature of TiF3-doped MgH2 is 254 °C (DSC), against 380 °C (DSC) for the milled MgH2.",
    "The onset of CeO2-doped LiAlH4 is 85 °C, compared with 150 °C (T-onset) for as-received LiAlH4.",
])
def test_a_label_bracket_after_a_value_leaves_it_to_the_sample_named_next(text):
    rows = contract_measurements(text)
    doped = [r for r in rows if len(r["components"]) == 2]
    bare = [r for r in rows if len(r["components"]) == 1]
    assert len(doped) == 1 and len(bare) == 1, rows
    assert bare[0]["value"] > doped[0]["value"]


def test_a_bracket_naming_a_sample_after_a_value_still_names_it():
    rows = contract_measurements("The activation energy falls from 160 kJ/mol (pristine MgH2) to 64 kJ/mol "
                                 "(MgH2–Ni).")
    assert _components(the_one(rows, 160)) == {"MgH2"}
    assert _components(the_one(rows, 64)) == {"MgH2", "Ni"}


@pytest.mark.parametrize("text", [
    "Ni nanoparticles efficiently catalyze hydrogen desorption from Mg(BH4)2. The onset temperature is 44 °C.",
    "TiO2 accelerates the hydrogen release from LiAlH4, which starts at 44 °C.",
    "Nb2O5 nanoparticles markedly enhance the hydrogen desorption from MgH2, which peaks at 44 °C.",
])
def test_what_catalyses_a_release_from_a_host_is_in_the_host(text):
    row = the_one(contract_measurements(text), 44)
    assert len(row["components"]) == 2 and row["components"][0]["role"] == "HostHydride"


def test_a_release_from_a_temperature_is_no_host():
    row = the_one(contract_measurements("MgH2 milled for 10 h releases hydrogen from 300 °C."), 300)
    assert _components(row) == {"MgH2"}


@pytest.mark.parametrize(("text", "additive"), [
    ("Mg-5graphene absorbed 5.5 wt% hydrogen at 593 K.", "graphene"),
    ("The MgH2–10graphite composite released 5.5 wt% H2 at 300 °C.", "graphite"),
    ("After 3 cycles MgH2-2graphene still took up 5.5 wt% H2 at 300 °C.", "graphene"),
])
def test_a_number_glued_to_a_material_in_words_is_its_count(text, additive):
    row = the_one(contract_measurements(text), 5.5)
    named = [c for c in row["components"] if c["role"] != "HostHydride"]
    assert [c["material"] for c in named] == [additive]
    assert named[0]["amount"] is not None


def test_a_formula_after_a_number_keeps_its_coefficient():
    row = the_one(contract_measurements("The MgH2–5Ni composite released 5.5 wt% H2."), 5.5)
    assert [(c["material"], c["amount"]) for c in row["components"][1:]] == [("Ni", 5.0)]


@pytest.mark.parametrize(("text", "times"), [
    ("Mg–Ni absorbed 0.9 wt% H for 2.5 min, 2.7 wt% H for 10 min, and 5.6 wt% H for 60 min at 593 K.",
     {0.9: 2.5, 2.7: 10.0, 5.6: 60.0}),
    ("MgH2–Ni absorbs 1.5 wt% H2 in 1 min, 4.2 wt% H2 in 5 min and 5.6 wt% H2 in 30 min at 300 °C.",
     {1.5: 1.0, 4.2: 5.0, 5.6: 30.0}),
    ("The MgH2–Ni sample took up 2.1 wt% hydrogen within 1 min, 3.3 wt% hydrogen within 4 min at 250 °C.",
     {2.1: 1.0, 3.3: 4.0}),
])
def test_values_listed_after_one_verb_are_its_property_each_with_its_own_time(text, times):
    rows = contract_measurements(text)
    for value, minutes in times.items():
        row = the_one(rows, value)
        assert row["property"] == "absorbed_hydrogen_capacity", row
        assert row["conditions"]["time"] == minutes, row


def test_a_release_after_the_list_is_a_release():
    rows = contract_measurements("Under 15 bar H2 the MgH2–Ni powder absorbed 0.8 wt% H for 3 min and 5.4 wt% H for "
                                 "50 min, and at 600 K it released 0.4 wt% H for 3 min and 4.7 wt% H for 50 min.")
    assert {r["value"]: r["property"] for r in rows} == {
        0.8: "absorbed_hydrogen_capacity", 5.4: "absorbed_hydrogen_capacity",
        0.4: "hydrogen_capacity", 4.7: "hydrogen_capacity"}


@pytest.mark.parametrize("text", [
    "The additive reduced the dehydriding starting temperature of LiBH4 to 473 K.",
    "The T-onset of MgH2–Ni was 473 K.",
    "The starting dehydriding temperature of MgH2–Ni was 473 K.",
])
def test_starting_words_name_the_onset(text):
    assert the_one(contract_measurements(text), 199.85)["property"] == "onset_dehydrogenation_temperature"


# an abbreviation the text defines is the text's: 'NPC' is N-doped carbon to the ontology, but a paper that writes
# "nanoporous carbon (NPC)" means its porous carbon, in the defining sentence and after it
@pytest.mark.parametrize("text", [
    "LiBH4 was confined in a nanoporous carbon (NPC) with 2 nm pores; LiBH4@NPC released hydrogen from 220 °C.",
    "A nanoporous carbon (NPC) was loaded with LiBH4. The onset temperature of LiBH4@NPC is 220 °C.",
    "LiBH4 was melted into nanoporous carbon (NPC). The confined LiBH4 starts to release hydrogen at 220 °C.",
])
def test_an_abbreviation_the_text_defines_outweighs_the_ontologys_reading(text):
    row = the_one(contract_measurements(text), 220)
    assert "N-doped carbon" not in _components(row) and len(row["components"]) == 2, row


def test_an_abbreviation_defined_as_the_ontology_reads_it_is_unchanged():
    row = the_one(contract_measurements("LiBH4 was confined in nitrogen-doped porous carbon (NPC); LiBH4@NPC "
                                        "released hydrogen from 220 °C."), 220)
    assert "N-doped carbon" in _components(row)


@pytest.mark.parametrize("text", [
    "LiBH4 was melted into a porous carbon. The confined LiBH4 starts to release hydrogen at 220 °C.",
    "NaAlH4 was melt-impregnated into carbon aerogel; the confined NaAlH4 starts to release hydrogen at 220 °C.",
    "Mg(BH4)2 infused into activated carbon starts to release hydrogen at 220 °C.",
])
def test_a_host_melted_or_infused_into_a_scaffold_is_confined_in_it(text):
    row = the_one(contract_measurements(text), 220)
    assert [c["role"] for c in row["components"]] == ["HostHydride", "ScaffoldConfinementHost"], row


def test_a_host_melted_at_a_temperature_is_in_no_scaffold():
    row = the_one(contract_measurements("LiBH4 was melted at 300 °C and cooled; it starts to release hydrogen at "
                                        "380 °C."), 380)
    assert _components(row) == {"LiBH4"}


# an activation enthalpy is the kinetic barrier (an activation energy), not the reaction's enthalpy
@pytest.mark.parametrize(("text", "key"), [
    ("The activation enthalpies of Ti-doped NaAlH4 are 80 kJ/mol.", "dehydrogenation_activation_energy"),
    ("An activation enthalpy of 80 kJ/mol was found for Ni-doped MgH2.", "dehydrogenation_activation_energy"),
    ("Ni-doped MgH2 shows an activation enthalpy of only 80 kJ/mol.", "dehydrogenation_activation_energy"),
    ("The enthalpy of hydrogen desorption from Ni-doped MgH2 is 80 kJ/mol H2.", "reaction_enthalpy"),
])
def test_an_activation_enthalpy_is_an_activation_energy(text, key):
    assert the_one(contract_measurements(text), 80)["property"] == key


# a participle of the sample's state before its noun ("the hydrogenated composite") says what state the sample was
# in, not which process the named property is of
@pytest.mark.parametrize("text", [
    "MgH2 was milled with Ni. The onset dehydrogenation temperature of the hydrogenated composite was 323 °C.",
    "MgH2 was milled with Ni. The peak desorption temperature for the rehydrogenated ternary sample is 323 °C.",
    "MgH2 was milled with Ni. The onset dehydrogenation temperature of the hydrogenated powder is 323 °C.",
])
def test_a_state_participle_before_the_sample_noun_names_no_process(text):
    assert "dehydrogenation" in the_one(contract_measurements(text), 323)["property"]


def test_a_sample_that_absorbs_after_its_state_participle_absorbs():
    row = the_one(contract_measurements("MgH2 was milled with Ni. The hydrogenated sample absorbs hydrogen again "
                                        "at 323 °C."), 323)
    assert row["property"] == "hydrogenation_temperature"


# "from A for X-doped MgH2 to B": a reference named with another additive is that sample, not the bare host
@pytest.mark.parametrize(("text", "reference"), [
    ("Ti2C-doped MgH2 shows a decrease of the activation energy from 124 kJ/mol for graphene-doped MgH2 to "
     "86 kJ/mol.", {"MgH2", "graphene"}),
    ("With TiF3, the onset of LiBH4 falls from 124 °C for the TiO2-doped LiBH4 to 86 °C.", {"LiBH4", "TiO2"}),
    ("The activation energy of MgH2–Ni–C dropped from 124 kJ/mol for MgH2–Ni to 86 kJ/mol.", {"MgH2", "Ni"}),
])
def test_a_reference_named_with_its_own_additive_keeps_it(text, reference):
    rows = contract_measurements(text)
    assert _components(the_one(rows, 124)) == reference
    assert _components(the_one(rows, 86)) != reference


def test_a_bare_reference_between_the_values_stays_bare():
    rows = contract_measurements("The activation energy of MgH2–Ni dropped from 124 kJ/mol for as-milled MgH2 to "
                                 "86 kJ/mol.")
    assert _components(the_one(rows, 124)) == {"MgH2"}
    assert _components(the_one(rows, 86)) == {"MgH2", "Ni"}


def test_a_scaffold_named_with_its_precursors_unhyphenated_is_the_scaffold():
    row = the_one(contract_measurements("LiBH4 was infiltrated in a nanoporous resorcinol formaldehyde carbon aerogel "
                                        "scaffold with a pore size of 37 nm."), 37)
    assert [c["role"] for c in row["components"]] == ["HostHydride", "ScaffoldConfinementHost"], row


@pytest.mark.parametrize("text", [
    "At 325 °C, the MgH2-5 wt% CoNC0 composites release 6.6 wt% H2 in 5 min, much more than 0.3 wt% for pure MgH2.",
    "The MgH2–7 wt% ZrNb1 sample releases 6.6 wt% H2 in 10 min, far above 0.3 wt% for milled MgH2.",
    "The MgH2–10 wt% HEA2 composite takes up 6.6 wt% H2 at 300 °C, much higher than 0.3 wt% for pure MgH2.",
])
def test_a_share_inside_a_sample_name_is_no_value(text):
    rows = contract_measurements(text)
    assert sorted(r["value"] for r in rows) == [0.3, 6.6], rows


# "… higher than 0.3 wt% for pure MgH2": the comparison is the sample's; the reference's own value is exact
@pytest.mark.parametrize("text", [
    "MgH2 was doped with Ni. The doped sample starts to release hydrogen at 250 °C, far lower than 300 °C for pure MgH2.",
    "The MgH2–Ni composite absorbs 5.5 wt% H2 in 10 min at 300 °C, much higher than 0.3 wt% for pure MgH2.",
    "The MgH2–Ni composite has an activation energy of 70 kJ/mol, less than 160 kJ/mol for as-milled MgH2.",
])
def test_the_value_a_sample_is_compared_to_is_exact(text):
    rows = [r for r in contract_measurements(text) if _components(r) == {"MgH2"}]
    assert len(rows) == 1 and rows[0]["qualifier"] == "=", rows


def test_a_bound_of_the_sample_itself_stays_a_bound():
    row = the_one(contract_measurements("The MgH2–Ni sample releases more than 6 wt% H2 at 300 °C."), 6)
    assert row["qualifier"] == ">"


# "… 139 kJ/mol (bulk) and 116 kJ/mol (with carbon aerogel)": a bracket after the value saying what it was
# measured with puts that material in the sample (a formula or a material named in words)
@pytest.mark.parametrize(("text", "added"), [
    ("MgH2 has an activation energy of 160 kJ/mol (bulk) and 116 kJ/mol (with Nb2O5).", "Nb2O5"),
    ("MgH2 has an activation energy of 160 kJ/mol (bulk) and 116 kJ/mol (with graphene).", "graphene"),
    ("0.62LiBH4-0.38NaBH4 has an activation energy of 139 kJ/mol (bulk) and 116 kJ/mol (with carbon aerogel).",
     "carbon aerogel"),
])
def test_a_bracket_saying_what_a_value_was_measured_with_adds_it(text, added):
    rows = contract_measurements(text)
    assert added in _components(the_one(rows, 116))
    assert added not in _components([r for r in rows if r["value"] != 116][0])


def test_a_bracket_with_a_gas_adds_nothing():
    row = the_one(contract_measurements("MgH2 releases 6 wt% H2 at 300 °C (with argon flow)."), 6)
    assert _components(row) == {"MgH2"}


def test_the_bulk_mixture_of_hydrides_keeps_every_share():
    rows = contract_measurements("0.62LiBH4-0.38NaBH4 has an activation energy of 139 kJ/mol (bulk) and 116 kJ/mol "
                                 "(with carbon aerogel).")
    shares = {c["material"]: c["amount"] for c in the_one(rows, 139)["components"]}
    assert shares == {"LiBH4": 0.62, "NaBH4": 0.38}


# "… of respectively 146 μAh cm−2 (1380 mAh g−1) and 56 μAh cm−2 (530 mAh g−1)": values in a unit no property has,
# each restated in brackets in a property's unit, are one list the words before pair up
@pytest.mark.parametrize("text", [
    "The MgH2 film shows discharge and charge capacities of respectively 146 μAh cm−2 (1380 mAh g−1) and "
    "56 μAh cm−2 (530 mAh g−1).",
    "The first discharge and charge capacities of the TiH2 electrode were 0.9 μAh cm−2 (1380 mAh/g) and "
    "0.4 μAh cm−2 (530 mAh/g), respectively.",
    "For the MgH2 film, discharge and charge capacities of 146.0 μAh cm−2 (~1380 mAh g−1) and 56.0 μAh cm−2 "
    "(~530 mAh g−1) were measured, respectively.",
])
def test_restated_values_in_brackets_pair_up_as_a_list(text):
    rows = contract_measurements(text)
    assert the_one(rows, 1380)["property"] == "discharge_capacity"
    assert the_one(rows, 530)["property"] == "charge_capacity"


def test_one_restated_value_is_read_as_before():
    rows = contract_measurements("In its first cycle the MgH2 film reaches a discharge capacity of 305.2 μAh cm−2 "
                                 "(2874 mAh g−1).")
    assert the_one(rows, 2874)["property"] == "discharge_capacity"


# "… the discharge and charge capacities of the film are respectively X and Y": the words pair values with
# properties; the two samples the sentence before listed are not paired with them again
@pytest.mark.parametrize("text", [
    "MgH2 and MgH2–C films were prepared. The MgH2 film delivers discharge and charge capacities of 1412 mAh g−1 "
    "and 518 mAh g−1, respectively.",
    "MgH2 and MgH2–C films were prepared. For the MgH2 film, the discharge and charge capacities are respectively "
    "1412 and 518 mAh/g.",
    "Bulk MgH2 and MgH2–C films were made. The MgH2 film shows first discharge and charge capacities of 1412 and "
    "518 mAh/g, respectively.",
])
def test_properties_paired_by_respectively_stay_on_the_one_sample(text):
    rows = contract_measurements(text)
    assert {(r["property"], frozenset(_components(r))) for r in rows if r["value"] in (1412, 518)} == {
        ("discharge_capacity", frozenset({"MgH2"})), ("charge_capacity", frozenset({"MgH2"}))}


def test_one_property_paired_by_respectively_still_pairs_the_samples():
    rows = contract_measurements("MgH2 and MgH2–C films were prepared. Their discharge capacities are 1412 mAh g−1 "
                                 "and 518 mAh g−1, respectively.")
    assert _components(the_one(rows, 1412)) != _components(the_one(rows, 518))
