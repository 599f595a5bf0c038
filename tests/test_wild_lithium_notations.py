"""Issue 10, real abstracts of hydroborate electrolytes (session 39, h39-wl): four notations of other authors.

1. A boron cluster salt written with its cage's carbon locants ('Na-7,9-C2B9H12', 'K-7-CB10H13') is the salt
   NaC2B9H12, KCB10H13 — not the metal 'Na' mixed with carbon.
2. A salt written as its two ions in square brackets with the charges inside them ('[Mg2+][HCB11H111−]2') is
   Mg(HCB11H11)2, its anion's last digit the charge the balance gives — not the metal Mg.
3. A jump or reorientation rate in s−1 is no C-rate: the ontology reads a C-rate only in its own notation
   (hkg:writtenInOwnUnit on CRateCondition: '0.2C', 'C/10', read per hour).
4. A cell edge given as approximate ('a ≈ 4.2 Å', 'c approximate to 6.7 angstrom', as an indexing service prints
   '≈') is a lattice parameter in ångströms, no particle size.
Every sentence here is written for this test.
"""
from __future__ import annotations

import pytest
from extracted import property_values, records

from ingest.extraction.text.ionic_formulas import cage_locants, charged_bracket_salts
from ingest.extraction.text.nlp import clean_text


def _one(text: str, prop: str) -> dict:
    rows = [r for r in records(text) if r["property"] == prop]
    assert len(rows) == 1, (text, rows)
    return rows[0]


@pytest.mark.parametrize("text, system", [
    ("Above its order-disorder transition, Na-7,9-C2B9H12 shows Na+ jumps with an activation energy of 0.27 eV.",
     "NaC2B9H12"),
    ("Impedance data give an activation energy of 0.31 eV for Li+ conduction in Li-7-CB10H13 above 370 K.",
     "LiCB10H13"),
    ("For the disordered Cs-1,2-C 2 B 10 H 11 phase, Cs+ diffusion has an activation energy of 0.29 eV.",
     "CsC2B10H11"),
    ("The carba-closo-decaborate Li-1-CB9H10 reaches an ionic conductivity of 0.03 S cm-1 at 380 K.", "LiCB9H10"),
])
def test_cage_locants_are_notation_of_the_cluster_salt(text, system):
    prop = "ionic_conductivity" if "S cm" in text else "ion_migration_activation_energy"
    row = _one(text, prop)
    assert row["system"] == system, row
    assert [c["material"] for c in row["components"]] == [system], row


@pytest.mark.parametrize("text", [
    "The Li-7 NMR line narrows above 380 K.",                  # an isotope label, no cage after it
    "Sample Na-1 was milled for 2 h.",                         # a sample number
    "The Mg-10-Ni alloy was hydrogenated at 300 °C.",          # a dash between two parts of a composite
    "Spectra of Li-7((BD4)-B-11) were fitted.",                # an indexing service's isotope labels
])
def test_near_miss_dashed_numbers_without_a_boron_cage_are_left(text):
    assert cage_locants(text) == [] and clean_text(text).text == text


@pytest.mark.parametrize("text, value, system", [
    ("Reducing the ammonium salt with magnesium metal gives [Mg2+][HCB11H111−]2, whose anodic limit is 3.9 V vs. "
     "Mg.", 3.9, "Mg(HCB11H11)2"),
    ("Dissolved in tetraglyme, [Mg2+][B12H122−] shows an oxidative stability of 3.4 V vs. Mg.", 3.4, "MgB12H12"),
    ("Pellets of [Na+][CB11H12−] conduct Na+ with an ionic conductivity of 0.12 S cm-1 at 400 K.", 0.12 * 1000,
     "NaCB11H12"),
])
def test_a_salt_of_two_bracketed_ions_with_charges_inside_is_its_formula(text, value, system):
    rows = [r for r in records(text) if abs(r["value"] - value) < 1e-6]
    assert len(rows) == 1 and rows[0]["system"] == system, rows


def test_near_miss_unbalanced_or_lone_ions_are_left():
    for text in ("The [BH4−] anion reorients fast.", "A pair [Mg2+][BH4−] was assumed in the model.",
                 "The [Li+] ion hops between sites."):
        assert charged_bracket_salts(text) == [], text


@pytest.mark.parametrize("text", [
    "In LiBH4 the BH4 groups reorient with an activation energy of 162 meV, and their jump rate reaches ~10^8 s−1 near "
    "130 K.",
    "In NaCB9H10 the anions rotate with an activation energy of 0.33 eV, and their jump frequency is 10^10 s-1 at 500 K.",
    "For Na+ diffusion in Na2B12H12 the activation energy is 0.35 eV; the hopping rate reaches 2 × 10^4 s−1 at 300 K.",
])
def test_a_rate_in_inverse_seconds_is_no_c_rate(text):
    rows = records(text)
    assert rows and all("c_rate" not in r["conditions"] for r in rows), rows


def test_near_miss_a_c_rate_in_its_notation_stays_a_condition():
    row = _one("The MgH2 electrode delivers a reversible capacity of 820 mAh g-1 at 0.5C after 50 cycles.",
               "specific_capacity")
    assert row["conditions"].get("c_rate") == 0.5, row


@pytest.mark.parametrize("sentence", [
    "Neutron data show that Li(BH4)0.7Br0.3 keeps the hexagonal structure (a ≈ 4.3 Å, c ≈ 6.9 Å) up to 550 K.",
    "The mixed salt crystallizes in P63mc with a approximate to 4.2 angstrom and c approximate to 6.7 angstrom.",
    "The cubic Li4BN3H10 cell has a ≃ 10.7 Å at room temperature.",
])
def test_an_approximate_cell_edge_in_angstrom_is_no_size(sentence):
    assert not [p for p, _ in property_values(sentence) if p.endswith("size")], sentence


def test_near_miss_an_approximate_size_after_the_article_stays_a_size():
    # ('a ~40 nm' is the article and a size in nanometres, no cell edge)
    assert ("particle_size", 40.0) in property_values(
        "The milled MgH2 powder consists of particles with a ~40 nm diameter.")
