"""Issue 10: forms seen in lithium- and magnesium-storage abstracts by other authors (hydride solid
electrolytes, conversion anodes). Sentences written for these tests."""
from __future__ import annotations

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
    assert roles(m.system) == {"ethylenediamine": ("DopantSubstituent", None)}
    v = facts("Ca(BH4)2 complexed with methylamine shows an activation energy of 0.8 eV for Ca2+ conduction.")
    assert roles(v[0.8].system) == {"methylamine": ("DopantSubstituent", None)}


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
    from ingest.quantity_text import groups
    assert all(g.unit != "1/h" for g in groups("The MgH2–5 C composite was milled for 2 h."))


def test_a_plating_stripping_overpotential_is_a_property_of_the_electrolyte():
    v = facts("Li/Li symmetric cells with Li4(BH4)3I cycled at 0.2 mA cm−2 with an overpotential of 18 mV.")
    m = v[0.018]
    assert m.property == "overpotential" and m.unit == "V" and m.conditions["areal_current_density"] == 0.2
    v = facts("Mg(BH4)2 coordinated with ethylenediamine plated and stripped Mg with an overpotential of 0.15 V.")
    assert v[0.15].property == "overpotential" and "ethylenediamine" in roles(v[0.15].system)


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
