"""A hydride's electronic band gap is a property of its own (eV, per electron), calculated by DFT or GW or measured
optically — no barrier and no enthalpy; the energy of a measurement's probe ('in the photon energy range between …')
or of a computation's setting ('a cutoff energy of …') is no fact. A computational study that names its method in
its opening far from its verb, or in the passive of a structure it found, calculated its values; 'the experimentally
known structure' it reproduces is others' data, no experiment of its own. Sentences written for the test (issue 10:
DFT and thin-film abstracts of Li/Mg hydrides gave band gaps no record carried)."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

_KEY = "band_gap"


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], round(r["value"], 3), r["basis"]) for r in contract_measurements(text)]


@pytest.mark.parametrize("text, value, basis", [
    ("Our DFT calculations show that LiBH4 is an insulator with a band gap of 6.9 eV.", 6.9, "calculated"),
    ("According to GGA calculations, the indirect band gap of rutile MgH2 is 3.7 eV.", 3.7, "calculated"),
    ("Tauc plots of the sputtered Mg2NiH4 film give an optical band gap of 1.9 eV.", 1.9, "measured"),
    ("The hydrogenated Mg–Ti film turns transparent, with a bandgap close to 3.4 eV.", 3.4, "measured"),
    ("Ellipsometry puts the band-gap of the NaMgH3 layer at 3.1 eV.", 3.1, "measured"),
])
def test_a_band_gap_is_its_own_property(text, value, basis):
    assert _read(text) == [(_KEY, value, basis)]


@pytest.mark.parametrize("text", [
    # the light a spectrum was taken with, a range of the instrument
    "The reflectance of the Mg2NiH4 films was recorded in the photon energy range between 0.6 and 4.5 eV.",
    # a setting of the computation, and the only energy of the sentence
    "The MgH2 slab was relaxed with a plane-wave cutoff energy of 15 eV in a test run.",
])
def test_the_energy_of_a_probe_or_a_setting_is_no_fact(text):
    assert contract_measurements(text) == []


def test_a_band_gap_beside_the_probe_energy_range_is_the_only_record():
    text = ("The optical band gaps of the Mg2NiH4 films were obtained from ellipsometry in the photon energy range "
            "between 0.8 and 4.0 eV. The films show a band gap of 1.7 eV.")
    assert [(r["property"], r["value"]) for r in contract_measurements(text)] == [(_KEY, 1.7)]


@pytest.mark.parametrize("opening", [
    # the study's own computation, named after a long list of the compounds it studied
    "We examine the electronic structures of the simple hydrides LiH, NaH and MgH2 and of the complex hydrides "
    "LiAlH4, NaAlH4, Li3AlH6 and Na3AlH6, together with their optical responses, using first-principles density "
    "functional theory.",
    # in the passive of a structure found
    "The ground-state structures of the alanates LiAlH4 and NaAlH4 have been established from first principles "
    "plane-wave calculations.",
    "The crystal structures of MgAlH5 and CaAlH5 have been subjected to full relaxation with a large set of trial "
    "arrangements as input for accurate density-functional total-energy calculations.",
])
def test_a_computational_opening_makes_the_passage_values_calculated(opening):
    text = (opening + " The experimentally known structure of NaAlH4 is reproduced. "
            "Both alanates are insulators with band gaps of 5.1 and 4.6 eV, respectively.")
    rows = contract_measurements(text)
    assert [(r["property"], r["value"], r["basis"]) for r in rows] == [
        (_KEY, 5.1, "calculated"), (_KEY, 4.6, "calculated")]


def test_an_experimental_opening_keeps_the_values_measured():
    # near miss: the study made its films; the DFT it names explains them
    text = ("We prepared Mg2NiH4 thin films by reactive sputtering, and their structures have been compared with "
            "first-principles calculations. The films show an optical band gap of 1.8 eV.")
    assert [(r["property"], r["value"], r["basis"]) for r in contract_measurements(text)] == [(_KEY, 1.8, "measured")]


def test_a_phonon_band_is_no_band_gap():
    # near miss: 'optical' and 'band' without 'gap' name a vibration, no band gap
    assert contract_measurements("Inelastic neutron scattering of MgD2 shows an optical phonon band at 80 meV.") == []
