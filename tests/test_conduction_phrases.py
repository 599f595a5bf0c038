"""Issue 10 items 1 and 5 on solid-electrolyte text: an activation energy the words give to ion conduction
is the ion's migration barrier whatever energy unit it is written in (kJ/mol converts per ion), and a
formula named as an ion ("CB11H12 anions") is no sample a value can go to. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts


def only(v):
    assert len(v) == 1, [(m.property, m.value, m.system.name) for m in v.values()]
    return next(iter(v.values()))


@pytest.mark.parametrize("text, host, ev", [
    ("The activation energy for Li+ conduction in LiBH4–LiI (45 kJ/mol) is lower than before.", "LiBH4", 0.466),
    ("Mg(BH4)2·2NH3 shows an activation energy for the conductivity of 52 kJ mol−1.", "Mg(BH4)2", 0.539),
    ("For Li2B12H12, an activation energy for lithium conductivity (61 kJ/mol) is found.", "Li2B12H12", 0.632),
])
def test_an_activation_energy_for_conduction_in_kj_per_mol_is_the_ion_migration_barrier(text, host, ev):
    m = only(facts(text))
    assert m.property == "ion_migration_activation_energy" and m.system.host.formula == host
    assert m.unit == "eV" and abs(m.value - ev) < 0.005


@pytest.mark.parametrize("text", [
    "The activation energy for dehydrogenation of MgH2–Nb2O5 is 120 kJ/mol.",
    "The conductivity of LiBH4–LiI increases, while the activation energy of desorption drops to 95 kJ/mol.",
])
def test_an_activation_energy_named_for_hydrogen_release_stays_one(text):
    assert only(facts(text)).property == "dehydrogenation_activation_energy"


def test_formulas_named_as_ions_are_no_samples():
    v = facts("The KCB9H10 and RbCB9H10 salts, built from monovalent CB9H10 anions, show transitions at "
              "350 K and 330 K, respectively.")
    assert sorted(m.system.name for m in v.values()) == ["KCB9H10", "RbCB9H10"]
    v = facts("Li3(BH4)(NH2)2, built of (BH4)- and (NH2)- anions, melts near 460 K and shows a Li-ion "
              "conductivity of 3 × 10−4 S cm−1 at 25 °C.")
    assert {m.system.host.formula for m in v.values()} == {"LiBH4"}
    # a formula followed by other words is still a sample
    v = facts("Mg2+ ions hop between sites in Mg(BH4)2·2NH3, which reaches 2 × 10−5 S cm−1 at 80 °C.")
    assert only(v).system.host.formula == "Mg(BH4)2"


@pytest.mark.parametrize("text, pairs", [
    ("The transition temperatures are 370 K for LiBH4 and 480 K for NaBH4.", {96.85: "LiBH4", 206.85: "NaBH4"}),
    ("The melting points are 365 K for Mg(BH4)2 and 490 K for Ca(BH4)2.", {91.85: "Mg(BH4)2", 216.85: "Ca(BH4)2"}),
    ("Their melting temperatures, 380 K for Li2(BH4)(NH2) and 500 K for Li4(BH4)(NH2)3, are low.",
     {106.85: "Li2(BH4)(NH2)", 226.85: "Li4(BH4)(NH2)3"}),
])
def test_temperatures_said_each_for_its_own_sample_are_both_the_property(text, pairs):
    v = facts(text)
    assert {round(k, 2): m.system.name for k, m in v.items()} == pairs
    assert {m.property for m in v.values()} == {"phase_transition_temperature"}


def test_a_melting_temperature_is_a_phase_transition_and_a_temperature_after_is_still_a_condition():
    m = only(facts("The eutectic LiBH4–LiI shows a melting temperature of 250 °C."))
    assert m.property == "phase_transition_temperature" and m.value == 250.0
    # "at 300 °C for 2 h": a treatment setting, not a second value of the property
    v = facts("The transition temperature of LiBH4–LiI is 100 °C after annealing at 300 °C for 2 h.")
    assert sorted(v) == [100.0]


def test_a_composite_sample_in_particles_of_a_named_shape_on_a_support_sits_on_it():
    m = only(facts("MgH2@C core-shell nanoparticles on graphene deliver a capacity of 1200 mAh g−1."))
    assert [a.formula for a in m.system.additives] == ["C", "graphene"]
    # a thickness word is no shape: the film stays the host's
    m = only(facts("MgH2@C yolk-shell spheres deliver a capacity of 1100 mAh g−1."))
    assert [a.formula for a in m.system.additives] == ["C"]
