"""Issue 10: forms seen in lithium- and magnesium-storage abstracts by other authors (hydride solid
electrolytes, conversion anodes). Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts


def roles(system):
    return {c.formula: (c.role, c.amount.value if c.amount else None) for c in system.additives}


def test_stable_up_to_a_potential_is_the_stability_window():
    v = facts("The LiBH4–LiI electrolyte is oxidatively stable up to 4.6 V vs. Li+/Li.")
    assert v[4.6].property == "electrochemical_stability_window"
    assert "LiI" in roles(v[4.6].system)
    v = facts("Mg(BH4)2–NaBH4 remains stable up to 1.4 V vs. Mg2+/Mg in cyclic voltammetry.")
    assert v[1.4].property == "electrochemical_stability_window"


def test_a_ligand_coordinated_to_the_borohydride_is_part_of_the_sample():
    v = facts("Mg(BH4)2 coordinated with ethylenediamine conducts Mg2+ with 3 × 10−5 S cm−1 at 60 °C.")
    m = v[0.03]
    assert m.property == "ionic_conductivity" and m.system.host.formula == "Mg(BH4)2"
    assert roles(m.system) == {"C2H8N2": ("DopantSubstituent", None)}   # ethylenediamine, by its formula
    v = facts("Ca(BH4)2 complexed with methylamine shows an activation energy of 0.8 eV for Ca2+ conduction.")
    assert roles(v[0.8].system) == {"CH3NH2": ("DopantSubstituent", None)}   # methylamine, by its formula


def test_values_of_the_bare_constituents_do_not_replace_the_sample():
    # the single salts of a mixed-anion electrolyte are its references: the next sentence's value is the mixture's
    v = facts("We prepared the solid solution 0.6Li(CB11H12)–0.4Li(CB9H10) by ball milling.",
              "The single salts LiCB11H12 and LiCB9H10 reach only 2.2 × 10−6 and 4.1 × 10−5 S cm−1 at 30 °C, "
              "respectively.",
              "Li/Li symmetric cells with this electrolyte sustain a critical current density of 1.3 mA cm−2.")
    assert not v[0.0022].system.additives and v[0.0022].system.host.formula == "LiCB11H12"
    m = v[1.3]
    assert m.property == "critical_current_density"
    assert m.system.host.formula == "LiCB11H12" and roles(m.system) == {"LiCB9H10": ("DopantSubstituent", 0.4)}


def test_an_activation_energy_beside_a_conductivity_is_the_ion_migration_barrier_in_either_unit():
    v = facts("Li3(NH2)2I conducts Li+ with 2.1 × 10−4 S cm−1 at 50 °C and an activation energy of 48 kJ/mol.")
    m = next(x for x in v.values() if x.property != "ionic_conductivity")
    assert m.property == "ion_migration_activation_energy"
    assert abs(m.value - 48 / 96.485) < 0.002 and m.unit == "eV"      # kJ/mol per mole of ions is eV per ion
    # the paragraph's last values were conductivities: the next sentence's barrier is still the ion's
    v = facts("LiBH4 confined in SBA-15 reaches 0.09 mS cm−1 at 35 °C.", "The activation energy is 41 kJ mol−1.")
    m = next(x for x in v.values() if x.property != "ionic_conductivity")
    assert m.property == "ion_migration_activation_energy"
    # in a hydrogen-storage paragraph the same words stay a desorption barrier
    v = facts("MgH2 milled with 4 wt% NbF5 releases 5.8 wt% H2 at 280 °C.", "Its activation energy is 71 kJ/mol.")
    assert v[71.0].property == "dehydrogenation_activation_energy"


@pytest.mark.parametrize("second", [
    "Its activation energy is 45 kJ/mol, lower than 68 kJ/mol for LiBH4.",
    "The activation energy of the solid solution is 45 kJ mol−1, compared with 68 kJ mol−1 for bare LiBH4.",
    "The activation energy decreased to 45 kJ/mol from 68 kJ/mol for pristine LiBH4.",
])
def test_a_barrier_and_its_reference_after_a_conductivity_are_both_the_ions(second):
    # the reference value beside the barrier is read by the same words: it is no witness of a hydrogen-storage
    # paper, and it follows the barrier it is set against
    v = facts("The 0.7LiBH4–0.3LiI electrolyte conducts 4 × 10−5 S cm−1 at 30 °C.", second)
    energies = sorted((round(x.value, 3), x.property) for x in v.values() if x.property != "ionic_conductivity")
    assert energies == [(round(45 / 96.485, 3), "ion_migration_activation_energy"),
                        (round(68 / 96.485, 3), "ion_migration_activation_energy")]


@pytest.mark.parametrize("text", [
    "The Li+ conductivity of Li(CB9H10) is 0.03 S·cm−1 at 110 °C (Ea = 26.5 kJ mol(-1)).",
    "LiBH4–LiI conducts 0.1 mS cm−1 at 30 °C with Ea = 45 kJ/mol.",
    "Li2(BH4)(NH2) shows σ = 6.4 × 10−3 S cm−1 at 100 °C and an Ea of 58 kJ mol−1.",
])
def test_a_barrier_named_by_its_symbol_beside_a_conductivity_is_the_ions(text):
    # 'Ea' is how tables head the ion's barrier too (the ontology's header label): the conductivity decides
    v = facts(text)
    assert [x.property for x in v.values() if x.property != "ionic_conductivity"] == ["ion_migration_activation_energy"]


def test_a_barrier_named_by_its_symbol_beside_a_release_stays_the_desorption_barrier():
    v = facts("MgH2–Ni releases 6 wt% H2 at 300 °C (Ea = 75 kJ mol(-1)).")
    assert v[75.0].property == "dehydrogenation_activation_energy"


def test_a_barrier_and_its_reference_after_a_release_stay_desorption_barriers():
    # near miss: the paragraph before is about hydrogen release
    v = facts("The 0.7LiBH4–0.3LiI composite releases 8 wt% H2 at 350 °C.",
              "Its activation energy is 145 kJ/mol, lower than 168 kJ/mol for LiBH4.")
    assert v[145.0].property == v[168.0].property == "dehydrogenation_activation_energy"


def test_a_solvent_the_hydride_was_milled_in_is_no_ligand_of_the_sample():
    # near miss of THF as a coordinated ligand (Mg(BH4)2·3THF): a medium of the synthesis is no part
    v = facts("Mg(BH4)2 was ball-milled in THF and then released 8.1 wt% H2 at 310 °C.")
    assert not v[8.1].system.additives


def test_energy_per_mole_and_per_particle_convert_by_avogadro():
    from ontology.units import UnitError, to_canonical
    assert abs(to_canonical("ion_migration_activation_energy", 96.485, "kJ/mol") - 1.0) < 1e-4
    assert abs(to_canonical("dehydrogenation_activation_energy", 1.0, "eV") - 96.485) < 1e-2
    try:
        to_canonical("temperature", 1.0, "kJ/mol")
    except UnitError:
        pass
    else:
        raise AssertionError("an energy is no temperature")


def test_a_loading_given_as_a_clause_is_an_amount_not_a_capacity():
    v = facts("Mg nanocrystals were anchored on reduced graphene oxide; the MgH2 loading was 68 wt%.")
    assert 68.0 not in v
    v = facts("The Mg2NiH4 loading amounted to 80 wt%, and the electrode delivered 640 mAh g−1 at 50 mA g−1.")
    assert 80.0 not in v and v[640.0].property == "specific_capacity"


def test_a_condition_opening_the_sentence_holds_for_every_value():
    v = facts("After 200 cycles, the Mg2NiH4 electrode kept a reversible capacity of 410 mAh g−1 and a "
              "capacity retention of 64%.")
    assert v[410.0].conditions["cycles"] == 200 and v[64.0].conditions["cycles"] == 200


def test_a_value_set_against_another_shares_its_conditions():
    v = facts("The MgH2–rGO anode kept 880 mAh g−1 after 60 cycles at 200 mA g−1, whereas bare MgH2 kept only "
              "150 mAh g−1.")
    bare = v[150.0]
    assert not bare.system.additives
    assert bare.conditions["cycles"] == 60 and bare.conditions["current_density"] == 200
    v = facts("The LiAlH4–CNT electrode retained 58% of its capacity after 40 cycles, compared with 21% for "
              "the pristine hydride.")
    assert v[21.0].conditions["cycles"] == 40 and v[58.0].conditions["cycles"] == 40


def test_a_c_rate_after_a_number_is_a_condition():
    v = facts("The Mg2FeH6 anode delivered 1090 mAh g−1 at 0.2 C and 610 mAh g−1 at 2C.")
    assert v[1090.0].conditions["c_rate"] == 0.2 and v[610.0].conditions["c_rate"] == 2.0
    v = facts("Mg2CoH5 delivers 980 mAh g−1 at C/20 and 415 mAh g−1 at C/2.")
    assert v[980.0].conditions["c_rate"] == 0.05 and v[415.0].conditions["c_rate"] == 0.5
    # a coefficient in a composition is no rate
    from ingest.extraction.text.quantity_text import groups
    assert all(g.unit != "1/h" for g in groups("The MgH2–5 C composite was milled for 2 h."))


def test_a_plating_stripping_overpotential_is_a_property_of_the_electrolyte():
    v = facts("Li/Li symmetric cells with Li4(BH4)3I cycled at 0.2 mA cm−2 with an overpotential of 18 mV.")
    m = v[0.018]
    assert m.property == "overpotential" and m.unit == "V" and m.conditions["areal_current_density"] == 0.2
    v = facts("Mg(BH4)2 coordinated with ethylenediamine plated and stripped Mg with an overpotential of 0.15 V.")
    assert v[0.15].property == "overpotential" and "C2H8N2" in roles(v[0.15].system)


def test_a_hydride_free_electrolyte_of_the_cell_is_not_the_sample():
    v = facts("The MgH2–TiH2 electrode was prepared by ball milling.",
              "In a cell with 75Li2S–25P2S5 glass as the solid electrolyte at 60 °C, the electrode showed an initial "
              "coulombic efficiency of 86%.")
    m = v[86.0]
    assert m.system.host.formula == "MgH2" and "TiH2" in {c.formula for c in m.system.additives}


def test_the_sample_does_not_take_the_conditions_of_the_reference_set_against_it():
    v = facts("The MgH2–CNT anode delivered 700 mAh g−1 at 0.5 A g−1, whereas ball-milled MgH2 "
              "dropped below 90 mAh g−1 within 15 cycles.")
    assert "cycles" not in v[700.0].conditions and v[90.0].conditions["cycles"] == 15


def test_a_hydrogenation_step_of_the_preparation_is_no_property():
    v = facts("Mg2Ni nanoparticles were made by arc melting followed by hydrogenation at 280 °C and 4 MPa.")
    assert 280.0 not in v
    v = facts("We hydrogenated the Mg films on carbon paper at 250 °C under 2 MPa H2.")
    assert 250.0 not in v
    v = facts("The Mg2NiH4–CNT composite absorbs hydrogen at 160 °C.")
    assert v[160.0].property == "hydrogenation_temperature"


# ----------------------------------------------------------------- issue 10: electrolytes and conversion anodes

def test_a_preparation_step_s_temperature_is_not_where_the_conductivity_was_measured():
    v = facts("After annealing at 200 °C the Li2B12H12 electrolyte reaches 1.2 × 10−4 S cm−1 at 30 °C.")
    assert 200.0 not in v and v[0.12].conditions["temperature"] == 30.0
    v = facts("Li3(NH2)2I sintered at 250 °C for 5 h shows an ionic conductivity of 3.4 × 10−5 S cm−1 at 25 °C.")
    m = v[0.034]
    assert m.conditions["temperature"] == 25.0 and "time" not in m.conditions
    v = facts("The LiCB9H10 powder, heat-treated at 150 °C, conducts Li+ with 0.8 mS cm−1 at room temperature.")
    assert v[0.8].conditions["temperature"] == 25.0
    # a milling speed or a pressing pressure is how the pellet was made, no C-rate nor stacking pressure
    v = facts("LiBH4–LiI ball-milled at 400 rpm and hot-pressed at 240 MPa conducts 0.05 mS cm−1 at 40 °C.")
    assert set(v[0.05].conditions) == {"temperature", "conducting_ion"} or set(v[0.05].conditions) == {"temperature"}


def test_a_property_after_a_preparation_word_is_still_a_property():
    v = facts("MgH2 milled with 5 wt% Nb2O5 releases hydrogen at 280 °C.")
    assert v[280.0].property == "dehydrogenation_temperature"
    v = facts("The milled LiAlH4 starts to release hydrogen at 135 °C.")
    assert v[135.0].property == "onset_dehydrogenation_temperature"


def test_the_bound_of_a_phase_is_its_transition_temperature():
    v = facts("The high-temperature phase of LiCB11H12 (above 115 °C) conducts Li+ with σ = 0.15 S cm−1.")
    t = v[115.0]
    assert t.property == "phase_transition_temperature" and t.qualifier == "="
    assert "temperature" not in v[150.0].conditions
    v = facts("In LiBH4 the hexagonal phase, stable above 110 °C, reaches 1 × 10−3 S cm−1 at 120 °C.")
    assert v[110.0].property == "phase_transition_temperature" and v[1.0].conditions["temperature"] == 120.0
    # the temperature the phase is measured at stays a condition
    v = facts("LiBH4 in its high-temperature phase at 120 °C conducts 1.1 mS cm−1.")
    assert 120.0 not in v and v[1.1].conditions["temperature"] == 120.0


# the phase taken up by a pronoun, forming or existing above the bound, named by words after 'of'
@pytest.mark.parametrize("text, value, host", [
    ("The hexagonal phase of sodium closo-dodecaborate conducts Na+ fast, but it is stable only above 256 °C.",
     256.0, "Na2B12H12"),
    ("The superionic phase of LiCB11H12 forms only above 127 °C.", 127.0, "LiCB11H12"),
    ("The cubic polymorph of Mg(BH4)2, which exists only above 180 °C, was not seen.", 180.0, "Mg(BH4)2"),
])
def test_the_bound_of_a_phase_said_later_is_its_transition_temperature(text, value, host):
    v = facts(text)
    assert v[value].property == "phase_transition_temperature" and v[value].system.name == host, v


def test_a_pronoun_s_other_process_above_a_bound_is_no_transition():
    v = facts("The orthorhombic phase of LiBH4 turns hexagonal on heating, and it releases hydrogen above 300 °C.")
    assert all(m.property != "phase_transition_temperature" for m in v.values()), v


def test_first_cycle_discharge_and_charge_capacities_are_two_properties():
    v = facts("The MgH2–C nanocomposite delivers an initial discharge capacity of 1,920 mAh g−1 and a charge "
              "capacity of 1,150 mAh g−1, an initial coulombic efficiency of 60%.")
    assert v[1920.0].property == "discharge_capacity" and v[1150.0].property == "charge_capacity"
    assert v[60.0].property == "coulombic_efficiency"
    v = facts("For the LiAlH4 electrode, the first lithiation capacity reached 2,100 mAh g−1, while the "
              "delithiation capacity was only 1,340 mAh g−1.")
    assert v[2100.0].property == "discharge_capacity" and v[1340.0].property == "charge_capacity"
    # both are specific capacities, and a capacity named neither way stays that
    from ontology.vocabulary import vocabulary
    vocab = vocabulary()
    assert vocab.is_a(vocab.property("charge_capacity").id, vocab.property("specific_capacity").id)
    v = facts("LiAlH4 with carbon kept a reversible capacity of 610 mAh g−1 after 50 cycles at 100 mA g−1.")
    assert v[610.0].property == "specific_capacity" and v[610.0].conditions["current_density"] == 100.0


def test_an_ea_in_electronvolts_is_the_ion_migration_barrier():
    v = facts("The Li3(NH2)2I electrolyte has σ = 2.3 mS/cm at 60 °C and Ea = 0.45 eV.")
    assert v[0.45].property == "ion_migration_activation_energy"
    v = facts("Arrhenius fits of Li2(BH4)(NH2) give an activation energy of 0.52 eV.")
    assert v[0.52].property == "ion_migration_activation_energy"
    # in kJ/mol in a hydrogen-storage sentence the same words stay the desorption barrier
    v = facts("MgH2 with 7 wt% TiF3 desorbs 6.1 wt% H2 with an Ea of 74 kJ/mol.")
    assert v[74.0].property == "dehydrogenation_activation_energy"


def test_a_transference_number_is_a_value_without_a_unit():
    v = facts("The Li4(BH4)3I electrolyte shows a lithium-ion transference number (tLi+) of 0.99 and a critical "
              "current density of 2.5 mA cm−2.")
    assert v[0.99].property == "transference_number" and v[2.5].property == "critical_current_density"
    v = facts("For LiBH4–LiNH2 the Li+ transference number is 0.97.")
    assert v[0.97].property == "transference_number"
    # a bare number named by no such property is still no value
    v = facts("Pellets 1 and 2 of LiBH4–LiI were pressed and one of 3 was kept.")
    assert not v


def test_a_condition_a_property_needs_comes_from_its_clause():
    v = facts("MgH2@graphene kept 720 mAh g−1 after 100 cycles at 1 A g−1 with a capacity retention of 85%.")
    assert v[85.0].conditions["cycles"] == 100
    # not from a value of the same property that stands nearer to it
    v = facts("The LiBH4–LiI electrolyte conducts 0.1 mS cm−1 at room temperature and 10 mS cm−1 at 120 °C.")
    assert v[0.1].conditions["temperature"] == 25.0 and v[10.0].conditions["temperature"] == 120.0


def test_a_cell_written_as_its_layers_measures_its_electrolyte():
    v = facts("A Li|Li4(BH4)3I|Li cell showed an ionic conductivity of 1.0 × 10−4 S cm−1 at 25 °C.")
    assert v[0.1].system.host.formula == "LiBH4" and roles(v[0.1].system) == {"LiI": ("DopantSubstituent", 1.0)}
    v = facts("Impedance of the Mo/LiBH4–LiI/Mo cell gives a conductivity of 1.1 × 10−3 S cm−1 at 120 °C.")
    assert set(roles(v[1.1].system)) == {"LiI"}
    v = facts("The TiS2/LiBH4/Li all-solid-state cell delivered 205 mAh g−1 at 120 °C.")
    assert v[205.0].system.host.formula == "LiBH4" and not v[205.0].system.additives
    # a hydride electrode is what the cell tests; its electrolyte is the cell
    v = facts("The MgH2/LiBH4/Li half-cell delivered 1,450 mAh g−1 in the first cycle.")
    assert v[1450.0].system.host.formula == "MgH2" and not v[1450.0].system.additives
    # layers that are no cell keep their notation
    v = facts("Pd/Mg/Pd films absorb 5.1 wt% H2 at 100 °C.")
    assert {c.formula for c in v[5.1].system.components} >= {"Mg", "Pd"}


def test_a_reference_whose_value_is_only_lower_stays_the_reference():
    # "only" before the reference's own value sets nothing apart: the bare host named is its subject
    v = facts("We made MgH2 grown inside a carbon matrix (MgH2–C) as a conversion anode.",
              "The MgH2–C electrode reaches an initial coulombic efficiency of 60%, whereas ball-milled MgH2 gives an "
              "initial coulombic efficiency of only 31%.")
    assert v[31.0].system.name == "MgH2" and v[31.0].baseline
    assert v[60.0].system.additives


def test_discharge_and_charge_named_after_a_list_pair_with_its_values():
    v = facts("The MgH2 anode delivers 1,920 and 1,150 mAh g−1 in the first discharge and charge, respectively.")
    assert v[1920.0].property == "discharge_capacity" and v[1150.0].property == "charge_capacity"
    v = facts("The initial discharge and charge capacities of the LiAlH4–C electrode are 1,630 and 920 mAh g−1, "
              "respectively.")
    assert v[1630.0].property == "discharge_capacity" and v[920.0].property == "charge_capacity"
    # a list whose words name no property per value keeps one property for both
    v = facts("Mg2FeH6 and Mg2CoH5 deliver 1,090 and 980 mAh g−1, respectively.")
    assert v[1090.0].property == v[980.0].property == "specific_capacity"


def test_values_written_with_a_slash_pair_with_words_written_so():
    v = facts("The MgH2 anode shows first discharge/charge capacities of 1,920/1,150 mAh g−1 at 100 mA g−1.")
    assert v[1920.0].property == "discharge_capacity" and v[1150.0].property == "charge_capacity"
    assert v[1150.0].conditions["current_density"] == 100.0
    v = facts("Lithiation/delithiation capacities of 1450/900 mAh/g were measured for Mg2FeH6.")
    assert v[1450.0].property == "discharge_capacity" and v[900.0].property == "charge_capacity"
    # a fraction is no pair of values
    from ingest.extraction.text.quantity_text import groups
    assert all(g.kind != "list" for g in groups("Half of it (1/2 of the powder) and 3/4 h of milling followed."))


def test_a_second_action_s_settings_are_not_the_value_s_conditions():
    v = facts("A Li|Li2B12H12|Li cell sustains a critical current density of 1.8 mA cm−2 and cycles for 500 h at "
              "0.2 mA cm−2.")
    assert v[1.8].property == "critical_current_density" and not {"time", "areal_current_density"} & set(v[1.8].conditions)
    # the settings the sentence gives its value keep going to it
    v = facts("Li/Li cells with Li4(BH4)3I cycled at 0.2 mA cm−2 for 300 h with an overpotential of 18 mV.")
    assert v[0.018].conditions["areal_current_density"] == 0.2


def test_a_property_named_with_a_narrower_one_is_the_narrower_one():
    v = facts("Milled Mg2FeH6 and Mg2CoH5 gave discharge specific capacities of 1,290 and 960 mAh g−1, respectively.")
    assert v[1290.0].property == v[960.0].property == "discharge_capacity"
    v = facts("The Mg2NiH4 electrode shows a charge specific capacity of 540 mAh g−1.")
    assert v[540.0].property == "charge_capacity"
    # two properties of one family named for two values stay two ("absorption and desorption …")
    v = facts("The initial discharge and charge capacities of Mg2NiH4 are 1,020 and 610 mAh g−1, respectively.")
    assert v[1020.0].property == "discharge_capacity" and v[610.0].property == "charge_capacity"


def test_an_anode_tested_with_a_solid_electrolyte_stays_an_anode():
    """A coulombic efficiency (lithium storage, either application) of an MgH2 electrode is an anode's,
    though a sentence reports the system with the cell's solid electrolyte: MgH2 is never an electrolyte."""
    from ingest.extract import RecordContext
    from ontology.models import GraphBatch, Measurement, SourceRef, SystemReport
    from ontology.system import parse_system

    system = parse_system("0.6MgH2–0.4TiH2")
    ref = SourceRef(source_id="doc:test", section="1", start=10, end=90)
    m = Measurement(property="coulombic_efficiency", value=93.5, unit="%", system=system, source=ref)
    said = SystemReport(system=system, applications=["SolidElectrolyte"], source=ref)
    assert RecordContext(GraphBatch(measurements=[m], reports=[said])).application_of(m) == "anode"
    lib = parse_system("LiBH4–LiI")   # a host used as an electrolyte keeps what the sentence says
    m2 = Measurement(property="coulombic_efficiency", value=99.0, unit="%", system=lib, source=ref)
    said2 = SystemReport(system=lib, applications=["SolidElectrolyte"], source=ref)
    assert RecordContext(GraphBatch(measurements=[m2], reports=[said2])).application_of(m2) == "solid_electrolyte"


@pytest.mark.parametrize("text, host", [
    ("0.6MgH2–0.4TiH2 was cycled against Li with LiBH4 as the solid electrolyte; the coulombic efficiency "
     "was 93.5 %.", "MgH2"),
    ("The Mg2FeH6 electrode, tested with 3LiBH4–LiI as the solid electrolyte at 120 °C, delivered 1450 mAh g−1.",
     "Mg2FeH6"),
    # alone, the hydride electrolyte is the paper's sample (a full cell's results go to it)
    ("With Li4(BH4)3I as the electrolyte, the TiS2 cell delivered 118 mAh g−1.", "LiBH4"),
])
def test_a_hydride_electrolyte_of_the_cell_is_not_the_electrode_sample(text, host):
    from ingest.extract import extract_text
    from kg.literature import contract_rows

    rows = [r for r in contract_rows(extract_text(f"# C\n\n## Abstract\n\n{text}\n")) if r["kind"] == "measurement"]
    assert rows and {r["material"] for r in rows} == {host}, rows


def _contract(*sentences: str) -> list[dict]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows

    text = "\n\n".join(sentences)
    return [r for r in contract_rows(extract_text(f"# C\n\n## Abstract\n\n{text}\n")) if r["kind"] == "measurement"]


@pytest.mark.parametrize("text", [
    "The MgH2/C electrode kept 62% of its initial capacity after 100 cycles at 200 mA g-1.",
    "After 50 cycles, the TiH2–10 wt% carbon black anode retained 71% of its first capacity.",
    "The first-cycle coulombic efficiency of the Li3AlH6/graphite electrode was 70%.",
])
def test_an_anode_value_of_no_application_of_its_own_carries_the_carbons_strategy(text):
    # a retention or an efficiency serves more than one application: the record's (an anode, whose carbon is a
    # conductive additive in its components) decides the strategies as it decides the roles
    (row,) = _contract(text)
    assert row["application"] == "anode"
    assert [c["role"] for c in row["components"]][1:] == ["ConductiveAdditive"]
    assert row["strategies"] == ["ConductiveCompositing"]


def test_a_hydrogen_stores_retention_keeps_its_carbon_a_scaffold_without_conductive_compositing():
    # near miss: the same value in a hydrogen-storage passage
    rows = _contract("MgH2–5 wt% C released 6.5 wt% H2 at 300 °C.",
                     "The MgH2–5 wt% C composite retained 95% of its capacity after 20 cycles.")
    retention = next(r for r in rows if r["property"] == "capacity_retention")
    assert retention["application"] == "hydrogen_storage" and "ConductiveCompositing" not in retention["strategies"]
