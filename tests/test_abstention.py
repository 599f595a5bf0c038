"""Issue 10, precision first: the extractor makes no record where it cannot place a value
(``ingest.extraction.document_wide.confidence.abstains``), and still makes one where the words decide. Sentences written
for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text

# an NMR relaxation study's energies and temperatures, no word naming which property: no record
UNPLACED = [
    "Spin-lattice relaxation of 11B in Mg(BH4)2 gives an activation energy of 0.12 eV.",
    "The 1H NMR line of LiBH4 narrows above 250 K, with an activation energy of 0.25 eV for the BH4 reorientation.",
    "Two maxima of the 1H spin-lattice relaxation rate of NaBH4 lie near 210 K and 320 K; the corresponding "
    "activation energies are 150 meV and 390 meV.",
    "Two peaks of the 7Li spin-lattice relaxation rates appear near 230 K and 300 K; they give activation "
    "energies of 180 meV and 450 meV, respectively, for the Li3(NH2)2I sample.",
]
# near misses: the property is named, or the value is no reading of atomic motion, or no NMR is said
PLACED = [
    ("The 11B NMR spectra of the milled LiBH4–MgH2 show that it releases 9.1 wt% hydrogen at 400 °C.",
     "hydrogen_capacity", 9.1),
    ("Solid-state NMR shows the LiBH4–LiI sample has an ionic conductivity of 1.2 mS/cm at 30 °C.",
     "ionic_conductivity", 1.2),
    ("The LiBH4–LiI sample conducts Li+ with an activation energy of 0.45 eV.",
     "ion_migration_activation_energy", 0.45),
    ("Arrhenius fits of the conductivity of Li2(BH4)(NH2) give an activation energy of 0.6 eV.",
     "ion_migration_activation_energy", 0.6),
]


def _measurements(text: str):
    return extract_text(text + "\n").measurements


@pytest.mark.parametrize("text", UNPLACED)
def test_no_record_for_an_unnamed_motion_reading(text):
    assert _measurements(text) == []


@pytest.mark.parametrize("text,key,value", PLACED)
def test_a_named_or_unrelated_value_keeps_its_record(text, key, value):
    assert any(m.property == key and m.value == pytest.approx(value) for m in _measurements(text))


def test_the_abstained_value_still_says_what_the_study_is_for():
    text = ("Li2(BH4)(NH2) is studied as a lithium-ion conductor. The 7Li spin-lattice relaxation rate of "
            "Li2(BH4)(NH2) peaks near 280 K; the activation energy is 0.21 eV.\n")
    batch = extract_text(text)
    assert not any(m.value == pytest.approx(0.21) for m in batch.measurements)
    assert any("SolidElectrolyte" in r.applications for r in batch.reports)


# a mass fraction in a sentence that says nothing of hydrogen is a loading, no capacity: no record
LOADINGS = [
    "Few-layer Nb2C was introduced into MgH2 at 8 wt%.",
    "Co3O4 nanosheets were prepared and ball-milled together with MgH2 (7 wt%).",
    "The CeF3 powder was mixed into LiAlH4 at a level of 4 wt% by milling for 2 h.",
    "Using 10 wt% of the bimetallic catalyst, the onset temperature of LiAlH4 falls from 150 to 60 °C.",
]
# near misses: the sentence says the mass fraction is hydrogen (a verb of giving it off, a formula, a word)
CAPACITIES = [
    ("The MgH2–8 wt% Nb2C composite releases 6.1 wt% within 10 min at 300 °C.", 6.1),
    ("After ten cycles at 300 °C, 5.9 wt% H2 is still reached by MgH2–Nb2C.", 5.9),
    ("LiBH4 (13.8 wt% H) melts near 280 °C.", 13.8),
    ("Ball-milled MgH2 with Nb2C stores 6.3 wt% at 250 °C.", 6.3),
]


@pytest.mark.parametrize("text", LOADINGS)
def test_no_capacity_from_a_loading(text):
    assert not any(m.unit == "wt%" for m in _measurements(text))


@pytest.mark.parametrize("text,value", CAPACITIES)
def test_a_mass_fraction_said_of_hydrogen_keeps_its_record(text, value):
    assert any(m.property.endswith("hydrogen_capacity") and m.value == pytest.approx(value)
               for m in _measurements(text))


# the temperature a sentence runs its cycles at is their setting: no release or uptake temperature
CYCLING_SETTINGS = [
    "The hydrogen sorption of the capped MgH2 films was followed over repeated absorption/desorption cycles "
    "performed at 300 °C.",
    "The Mg–Ti films were examined through hydriding/dehydriding cycling at 250 °C.",
    "Thin Mg layers on polyimide were tested in absorption–desorption cycles conducted at 523 K.",
]
# near misses: a temperature the sample releases or takes up hydrogen at, beside cycling said otherwise
PROCESS_TEMPERATURES = [
    ("Cycled at 300 °C, the MgH2–Ni composite starts to desorb hydrogen at 210 °C.", 210.0),
    ("Hydrogen release and uptake in bulk MgH2 need about 320 °C.", 320.0),
    ("After 15 cycles the MgH2–Fe film still desorbs hydrogen from 230 °C.", 230.0),
]


@pytest.mark.parametrize("text", CYCLING_SETTINGS)
def test_no_temperature_record_for_the_cycling_setting(text):
    assert not any(m.unit == "degC" for m in _measurements(text))


@pytest.mark.parametrize("text,value", PROCESS_TEMPERATURES)
def test_a_release_temperature_beside_cycling_keeps_its_record(text, value):
    assert any(m.unit == "degC" and m.value == pytest.approx(value) for m in _measurements(text))
