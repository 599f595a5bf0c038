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
    ("The activation energy for lithium conductivity of layered Li2B12H12 (61 kJ/mol) is high.", "Li2B12H12", 0.632),
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
