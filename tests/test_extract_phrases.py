"""Issue 10, held-out phrasing: absorbed vs released capacity, a process temperature as the condition
of the value it gave, compositions with a spaced '+', a bracketed reference value that repeats the
property before it. Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one as _one


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


@pytest.mark.parametrize("sentence, value, prop", [
    ("The MgH2–5 wt% Fe2O3 composite absorbs 6.1 wt% H2 at 250 °C.", 6.1, "absorbed_hydrogen_capacity"),
    ("After the first cycle Mg2Ni takes up 3.2 wt% H2 within 4 min.", 3.2, "absorbed_hydrogen_capacity"),
    ("The MgH2–5 wt% Fe2O3 composite releases 6.4 wt% H2 at 300 °C.", 6.4, "hydrogen_capacity"),
    ("The hydrogen uptake of MgH2–10 wt% Ni reached 5.9 wt% at 200 °C.", 5.9, "absorbed_hydrogen_capacity"),
])
def test_absorbed_and_released_capacities_are_told_apart(sentence, value, prop):
    assert _one(_rows(sentence), value)["property"] == prop


def test_absorbed_capacity_is_an_ontology_property_under_hydrogen_capacity():
    from ontology.vocabulary import vocabulary

    vocab = vocabulary()
    term = vocab.property("absorbed_hydrogen_capacity")
    assert term.unit == "wt%" and vocab.is_a(term.id, vocab.property("hydrogen_capacity").id)
    assert vocab.lookup("absorption capacity", "Property").id == term.id


def test_a_process_temperature_is_the_condition_of_the_value_it_gave():
    rows = _rows("Rehydrogenation at 673 K gave the MgH2–10 wt% Nb2O5 composite an absorbed capacity of 5.8 wt%.")
    assert [r["property"] for r in rows] == ["absorbed_hydrogen_capacity"]
    assert rows[0]["conditions"]["temperature"] == pytest.approx(399.85)


def test_where_a_process_starts_stays_a_property():
    rows = _rows("The MgH2–10 wt% Nb2O5 composite shows reversible storage, initiating dehydrogenation at "
                 "150 °C and achieving a reversible capacity of 5.1 wt%.")
    assert {r["property"] for r in rows} >= {"onset_dehydrogenation_temperature"}


@pytest.mark.parametrize("sentence, components", [
    ("The LiBH4 + MgH2 system desorbed 9.1 wt% H2 at 400 °C.", ["LiBH4", "MgH2"]),
    ("A 2LiBH4 + MgH2 composite released 10.2 wt% H2 at 400 °C.", ["LiBH4", "MgH2"]),
    ("The MgH2 + 10 wt% Nb2O5 composite released 6.2 wt% H2 at 300 °C.", ["MgH2", "Nb2O5"]),
])
def test_a_spaced_plus_joins_one_system(sentence, components):
    (r,) = _rows(sentence)
    assert [c["material"] for c in r["components"]] == components


def test_a_bracketed_reference_value_repeats_the_property_before_it():
    rows = _rows("MgH2 catalysed by 10 wt% Co reabsorbs 6.0 wt% H2 within 5 min at 200 °C "
                 "(1.1 wt% for MgH2 under the same conditions).")
    assert _one(rows, 1.1)["property"] == "absorbed_hydrogen_capacity"


@pytest.mark.parametrize("pair", ["hydrogenation and dehydrogenation", "absorption and desorption"])
def test_a_respectively_list_of_two_energies_gives_each_its_property(pair):
    """'dehydrogenation' also names the reaction enthalpy, which is not written here: it must not
    hide the word that tells the two activation energies apart."""
    rows = _rows(f"The {pair} activation energies of the MgH2–Ni composite are 38.6 and 88.4 kJ/mol, respectively.")
    assert _one(rows, 38.6)["property"] == "hydrogenation_activation_energy"
    assert _one(rows, 88.4)["property"] == "dehydrogenation_activation_energy"


def test_a_method_that_gives_one_property_names_it():
    """The ontology says what a Kissinger analysis gives (hkg:measures): a value stated with the method
    alone is a dehydrogenation activation energy; van 't Hoff gives a reaction enthalpy."""
    rows = _rows("The LiBH4–10 wt% VCl3 composite starts to decompose at 215 °C. "
                 "Kissinger analysis gives 96.5 kJ mol-1 for the composite.")
    assert _one(rows, 96.5)["property"] == "dehydrogenation_activation_energy"
    rows = _rows("For MgH2–5 wt% Ni, the van 't Hoff plot gives 71.2 kJ/mol H2.")
    assert _one(rows, 71.2)["property"] == "reaction_enthalpy"


def test_a_fraction_recovered_after_a_process_takes_its_temperature_as_condition():
    rows = _rows("The MgH2–5 wt% Ni composite releases hydrogen from 180 °C, and 5.2 wt% is recovered after "
                 "rehydrogenation at 280 °C and 3 MPa H2.")
    assert _one(rows, 5.2)["conditions"] == {"temperature": 280.0, "pressure": 3.0}
    assert not [r for r in rows if r["value"] == 280.0]       # no rehydrogenation temperature record


def test_a_cycle_count_written_as_a_word_is_the_cycles_condition():
    rows = _rows("After five cycles at 350 °C, the LiBH4–10 wt% VCl3 composite still releases 7.4 wt% H2.")
    assert _one(rows, 7.4)["conditions"]["cycles"] == 5.0


def test_a_sentence_opening_at_a_temperature_gives_it_to_the_value_it_reports():
    rows = _rows("The MgH2–5 wt% CeO2 composite starts releasing hydrogen at 232 °C. "
                 "At 300 °C it desorbs 6.1 wt% H2 in 8 min.")
    assert _one(rows, 6.1)["conditions"] == {"temperature": 300.0, "time": 8.0}
    assert not [r for r in rows if r["value"] == 300.0]


def test_a_bracketed_loading_after_an_additive_is_no_capacity():
    rows = _rows("CeO2 nanosheets (5 wt%) were introduced into MgH2 by ball milling. "
                 "The composite starts releasing hydrogen at 232 °C.")
    assert not [r for r in rows if r["value"] == 5.0] and _one(rows, 232.0)


def test_a_c_rate_is_no_material():
    rows = _rows("Mg2FeH6 delivers a first discharge capacity of 1320 mAh g-1 at C/50 and 540 mAh g-1 at C/10.")
    assert {r["material"] for r in rows} == {"Mg2FeH6"} and _one(rows, 1320.0)["additives"] == []


def test_a_loading_in_a_composition_is_not_taken_for_a_c_rate():
    rows = _rows("The MgH2–10 wt% CoNi@C composite starts to release hydrogen at 176 °C.")
    assert _one(rows, 176.0)["system"] == "MgH2–10 wt% CoNi@C"


@pytest.mark.parametrize("sentence, host, additives", [
    ("γ-Mg(BH4)2 ball milled with 3 mol% NbF5 starts to release hydrogen at 162 °C.", "Mg(BH4)2", {"NbF5"}),
    ("The o-LiBH4 pellet conducts 2 × 10−5 mS/cm at 30 °C.", "LiBH4", set()),
])
def test_a_polymorph_prefix_leaves_the_material_readable(sentence, host, additives):
    (r,) = _rows(sentence)
    assert r["material"] == host
    assert {c["material"] for c in r["components"] if c["role"] != "HostHydride"} == additives


def test_a_temperature_below_a_baseline_is_a_difference_not_a_condition():
    (r,) = _rows("Hydrogen release from MgH2–5 wt% VCl3 starts at 196 °C, 88 °C below pure MgH2.")
    assert (r["value"], r["conditions"]) == (196.0, {})
    rows = _rows("MgH2–5 wt% VCl3 was heated to 300 °C, above which it desorbs 6.1 wt% H2.")
    assert _one(rows, 6.1)["conditions"] == {"temperature": 300.0}


def test_a_scaffold_named_with_a_dashed_precursor_is_kept():
    rows = _rows("LiBH4–MgH2 was confined in a phenol–formaldehyde carbon aerogel. "
                 "The confined composite releases 8.1 wt% H2 at 380 °C.")
    assert ("carbon aerogel", "ScaffoldConfinementHost") in {
        (c["material"], c["role"]) for c in _one(rows, 8.1)["components"]}


def test_process_temperatures_in_a_bracket_after_a_value_are_its_conditions():
    rows = _rows("The MgH2–5 wt% Nb2O5 composite kept 5.9 wt% H2 over ten cycles (desorption at 320 °C "
                 "and 0.1 bar H2; absorption at 280 °C and 20 bar H2).")
    assert [r["value"] for r in rows] == [5.9]
    assert rows[0]["conditions"]["temperature"] == 320.0


def test_a_cell_type_named_once_in_a_paragraph_qualifies_its_later_capacities():
    rows = _rows("Tested with a carbonate electrolyte, the LiAlH4@C anode gave 1510 mAh g−1 in the first "
                 "discharge. After 50 cycles it still delivered 610 mAh g−1.")
    assert {r["value"]: r["conditions"].get("cell_type") for r in rows} == {
        1510.0: "LiquidElectrolyteCell", 610.0: "LiquidElectrolyteCell"}
    two = _rows("In a liquid cell the MgH2@C anode gave 1200 mAh g−1. In an all-solid-state cell the "
                "MgH2@C anode delivered 980 mAh g−1.")
    assert {r["value"]: r["conditions"].get("cell_type") for r in two} == {
        1200.0: "LiquidElectrolyteCell", 980.0: "AllSolidStateCell"}


def test_reversibly_stored_is_a_reversible_capacity_with_its_own_clause_conditions():
    (r,) = _rows("The KH-doped Mg(NH2)2–2LiH composite reversibly stored 5.0 wt% H2 at 140 °C, and its "
                 "absorption finished within 20 min at 8 MPa.")
    assert r["property"] == "reversible_hydrogen_capacity"
    assert r["conditions"] == {"temperature": 140.0}


def test_room_temperature_is_the_condition_of_the_value_it_qualifies():
    rows = _rows("The LiBH4–LiI pellet conducts 0.08 mS/cm at room temperature, and 9 mS/cm at 120 °C; its "
                 "activation energy at room temperature is 0.52 eV.")
    assert _one(rows, 0.08)["conditions"] == {"temperature": 25.0}
    assert _one(rows, 9.0)["conditions"] == {"temperature": 120.0}
    assert _one(rows, 0.52)["conditions"] == {}      # an energy is not measured at a temperature


def test_a_fractional_halide_solid_solution_is_the_hydride_with_its_halide():
    (r,) = _rows("Li(BH4)0.8Cl0.2 conducts 0.003 mS/cm at 40 °C.")
    assert r["material"] == "LiBH4"
    assert [(c["material"], c["role"], c["amount"]) for c in r["components"] if c["role"] != "HostHydride"] == [
        ("LiCl", "DopantSubstituent", 0.2)]
    assert "AnionSubstitution" in r["strategies"]


def test_the_cell_type_named_last_in_the_paragraph_carries_to_later_values():
    rows = _rows("In liquid electrolytes the MgH2@C anode fades quickly. The same MgH2@C electrode was then "
                 "tested in all-solid-state lithium batteries. It keeps 760 mAh g−1 after 200 cycles.")
    assert _one(rows, 760.0)["conditions"].get("cell_type") == "AllSolidStateCell"
    theory = _rows("Tested in a liquid cell, the MgH2@C anode delivers 1100 mAh g−1. The theoretical capacity "
                   "of MgH2 is 2038 mAh g−1.")
    assert "cell_type" not in _one(theory, 2038.0)["conditions"]
def test_a_wavelength_range_of_absorbed_light_is_no_particle_size():
    rows = _rows("The Mg–Ni alloy shows broad light absorption (300–1800 nm) and releases hydrogen at 230 °C.")
    assert [r["property"] for r in rows] == ["dehydrogenation_temperature"]
    assert _one(_rows("The absorption spectrum of the MgH2–TiN composite spans 400–1500 nm, and its "
                      "particles are 40 nm across."), 40.0)["property"] == "particle_size"


def test_an_uncued_length_keeps_its_default_reading_though_a_length_condition_exists():
    (r,) = _rows("LiBH4 (~25 nm) was melt-infiltrated into a carbon aerogel.")
    assert r["property"] == "particle_size" and r["value"] == 25.0


def test_a_distance_within_which_something_happens_stays_no_size_beside_a_length_condition():
    rows = _rows("Heating by the Au particles reaches only the MgH2 within ~6 nm of them, and the composite "
                 "desorbs 3.1 wt% H2.")
    assert [r["value"] for r in rows] == [3.1]


def test_the_temperature_a_cycling_test_ran_at_is_its_condition_not_a_property():
    assert _rows("Carbon-coated Li3N fibres were stable over twenty cycles of H2 desorption/absorption at 275 °C.") == []
    rows = _rows("The MgH2–5 wt% Nb2O5 composite kept 5.1 wt% H2 over twenty cycles of absorption at 275 °C.")
    assert [r["value"] for r in rows] == [5.1]


# ------------------------------------------------- forms met on fresh abstracts (session of 30 Nov)
def _system(row) -> tuple:
    return row["material"], sorted((c["material"], c["role"]) for c in row["components"] if c["role"] != "HostHydride")


def test_co_milled_additives_stay_with_the_composite():
    rows = _rows("MgH2 was co-milled with 5 wt% Cr2O3 and 2 wt% graphene. The ternary composite starts to "
                 "desorb at 215 °C.")
    assert _system(_one(rows, 215.0)) == ("MgH2", [("Cr2O3", "Catalyst"), ("graphene", "ScaffoldConfinementHost")])


def test_a_generic_word_before_a_named_scaffold_describes_it():
    rows = _rows("LiBH4 was melt-infiltrated into ordered mesoporous carbon CMK-3. The confined hydride releases "
                 "hydrogen from 220 °C.")
    assert ("CMK-3", "ScaffoldConfinementHost") in _system(_one(rows, 220.0))[1]
    labelled = _rows("MgH2 was catalysed with 8 wt% Co nanoparticles supported on graphene (Co/G). The catalysed "
                     "hydride desorbs from 190 °C.")
    assert [m for m, _ in _system(_one(labelled, 190.0))[1]] == ["Co/graphene"]   # Co on its support, once


def test_hydride_nanoparticles_with_a_bracketed_size_are_put_on_their_support():
    rows = _rows("NaAlH4 nanoparticles (4–6 nm) were deposited on porous carbon. The supported alanate begins to "
                 "decompose at 95 °C.")
    assert ("porous carbon", "ScaffoldConfinementHost") in _system(_one(rows, 95.0))[1]


def test_a_formula_ending_in_a_capital_before_a_full_stop_is_read():
    rows = _rows("Mg(NH2)2 was mixed with 8 wt% NaH. The composite releases 4.6 wt% H2 at 180 °C.")
    assert ("NaH", "Catalyst") in _system(_one(rows, 4.6))[1]


def test_a_host_and_its_composite_named_together():
    rows = _rows("LiBH4·NH3 and its composite with 20 wt% MgH2 were compared. The composite peaks at 260 °C.")
    assert "MgH2" in [m for m, _ in _system(_one(rows, 260.0))[1]]


def test_the_more_modified_sample_stays_the_subject_after_a_bulk_reference():
    rows = _rows("Li3(NH2)2I was confined in SBA-15. The confined salt conducts 0.3 mS/cm at 30 °C, while bulk "
                 "Li3(NH2)2I reaches 0.02 mS/cm. Its activation energy is 0.38 eV.")
    assert ("SBA-15", "ScaffoldConfinementHost") in _system(_one(rows, 0.38))[1]


def test_a_capacity_close_to_the_theoretical_value_is_measured():
    rows = _rows("The LiAlH4@C anode delivered 1850 mAh g−1, close to the theoretical value, and retained 1010 "
                 "mAh g−1 after 40 cycles.")
    assert {r["value"]: r["basis"] for r in rows} == {1850.0: "measured", 1010.0: "measured"}


def test_a_storage_metal_and_transition_metal_hydride_partner_is_a_reactive_composite():
    rows = _rows("The 2LiBH4–Mg2FeH6 composite releases hydrogen from 300 °C.")
    assert "ReactiveHydrideComposite" in _one(rows, 300.0)["strategies"]


def test_a_treatment_before_the_link_keeps_the_additive():
    rows = _rows("Li2B12H12 was annealed at 250 °C and blended with 25 wt% Al2O3. The composite conducts "
                 "0.9 mS/cm at 30 °C.")
    assert "Al2O3" in [m for m, _ in _system(_one(rows, 0.9))[1]]


def test_a_film_thickness_between_host_and_link():
    rows = _rows("MgH2 films 80 nm thick, capped with 4 nm Ti, desorb hydrogen with a peak at 190 °C.")
    assert "Ti" in [m for m, _ in _system(_one(rows, 190.0))[1]]


def test_a_substrate_is_no_part_of_the_sample():
    rows = _rows("MgH2 thin films 150 nm thick were deposited on Ni foil and cycled at 120 °C. The film delivers "
                 "1700 mAh g−1 in the first lithiation.")
    assert _system(_one(rows, 1700.0))[1] == []


def test_an_uncoated_or_unconfined_reference_is_the_bare_host():
    rows = _rows("NaAlH4 coated with 3 nm TiO2 (NaAlH4@TiO2) was cycled in half cells. The coated electrode kept "
                 "1200 mA h g−1 after 20 cycles; the uncoated NaAlH4 retained 150 mA h g−1.")
    assert _system(_one(rows, 150.0)) == ("NaAlH4", [])


# the process's settings a little further before the value ('the rehydrogenation of the dehydrogenated sample at …')
# or in a bracket right after the process ('Upon rehydrogenation (400 °C, 10 MPa H2), …'): the amount's settings
@pytest.mark.parametrize("text, value", [
    ("The MgH2–5 wt% Nb2O5 composite was cycled. The rehydrogenation of the dehydrogenated composite at 300 °C "
     "and 3 MPa H2 restores 5.6 wt%.", 5.6),
    ("The LiBH4–MgH2 composite was cycled. Upon rehydrogenation (400 °C, 10 MPa H2), 7.9 wt% is taken up again.", 7.9),
    ("The NaAlH4–2 mol% TiCl3 sample was cycled. After hydrogenation (120 °C, 10 MPa), it took up 4.2 wt% hydrogen.",
     4.2),
])
def test_the_settings_of_an_uptake_named_before_it_are_its_conditions(text, value):
    rows = _rows(text)
    assert [r["property"] for r in rows] == ["absorbed_hydrogen_capacity"], rows
    assert _one(rows, value)["conditions"].get("pressure") and _one(rows, value)["conditions"].get("temperature")


def test_where_an_uptake_starts_stays_its_temperature():
    rows = _rows("The MgH2–5 wt% Nb2O5 composite was cycled. Rehydrogenation starts at 180 °C, and the composite "
                 "absorbs 5.2 wt% within 10 min.")
    assert {r["property"] for r in rows} == {"hydrogenation_temperature", "absorbed_hydrogen_capacity"}, rows


# a clause of what follows from a value ('…, so regeneration requires …') holds no setting of that value
@pytest.mark.parametrize("text", [
    "The decomposition enthalpy of AlH3 is only 7 kJ/mol H2, so regeneration requires pressures above 2.5 GPa.",
    "The Mg2FeH6 sample releases 5.2 wt% hydrogen, hence its use needs heating to 350 °C.",
    "Bulk LiBH4 conducts only 1 × 10−8 S/cm, therefore operation at 120 °C is required.",
])
def test_a_consequence_clause_gives_no_conditions(text):
    rows = _rows(text)
    assert len(rows) == 1 and not rows[0]["conditions"].get("pressure") \
        and not rows[0]["conditions"].get("temperature"), rows


def test_a_purpose_clause_after_so_that_still_gives_its_setting():
    rows = _rows("MgH2–Ni releases 6.5 wt% H2, so that at 300 °C it is fully dehydrogenated.")
    assert _one(rows, 6.5)["conditions"].get("temperature") == 300.0, rows
