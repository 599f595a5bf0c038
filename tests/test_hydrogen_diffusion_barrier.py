"""The barrier of hydrogen atoms (or H vacancies) moving through a solid — a hydride, a metal, a film — is the
hydrogen diffusion barrier, a kinetic property of a hydrogen store: not the Li+ migration barrier of an
electrolyte, and not the apparent activation energy of the whole release (which it stays even when the release is
diffusion-controlled). A dissociation barrier of H2 on a surface is no diffusion. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

_KEY = "hydrogen_diffusion_activation_energy"


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], round(r["value"], 3), r["basis"]) for r in contract_measurements(text)]


@pytest.mark.parametrize("text, value, basis", [
    # per atom, from a computation (eV)
    ("Our DFT results show that hydrogen diffusion in rutile MgH2 must cross a barrier of 0.71 eV.", 0.71,
     "calculated"),
    ("According to first-principles calculations, the energy barrier for H migration in Ni-doped Mg2Ni drops to "
     "0.29 eV.", 0.29, "calculated"),
    ("Nudged elastic band runs put the H vacancy migration barrier of MgH2 at 0.55 eV.", 0.55, "calculated"),
    # per mole of H, from an experiment (kJ/mol, stored in eV)
    ("Electrochemical permeation through the Pd-capped Mg film gives an activation energy for hydrogen diffusion "
     "of 38 kJ/mol.", 0.394, "measured"),
    ("The hydrogen diffusion activation energy of the cold-rolled Mg2Ni, measured by quasi-elastic neutron "
     "scattering, is 52 kJ/mol.", 0.539, "measured"),
])
def test_a_barrier_of_hydrogen_moving_through_a_solid_is_the_diffusion_barrier(text, value, basis):
    assert _read(text) == [(_KEY, value, basis)]


def test_it_belongs_to_hydrogen_storage():
    rows = contract_measurements("The hydrogen migration barrier in V-doped MgH2 is lowered to 0.38 eV.")
    assert [(r["property"], r["application"]) for r in rows] == [(_KEY, "hydrogen_storage")]


@pytest.mark.parametrize("text, key", [
    # a lithium ion moving through an electrolyte: the conduction's barrier
    ("In the LiBH4–LiI solid solution the Li+ migration barrier shrinks to 0.36 eV.",
     "ion_migration_activation_energy"),
    # the whole release's apparent barrier, named as such
    ("For MgH2–Nb2O5 the activation energy of dehydrogenation falls to 88 kJ/mol.",
     "dehydrogenation_activation_energy"),
    # a release whose rate diffusion controls: its apparent activation energy, not a diffusion barrier
    ("Dehydrogenation of the milled MgH2 obeys a diffusion-controlled JMAK model with an apparent activation "
     "energy of 104 kJ/mol.", "dehydrogenation_activation_energy"),
    ("Hydrogen release from coarse MgH2 is controlled by hydrogen diffusion through the hydride shell, and its "
     "activation energy is 131 kJ/mol.", "dehydrogenation_activation_energy"),
])
def test_near_misses_keep_their_own_barrier(text, key):
    assert [r["property"] for r in contract_measurements(text)] == [key]


@pytest.mark.parametrize("text", [
    "On the Ti-covered Mg(0001) surface, the H2 dissociation barrier is only 0.09 eV.",
    "Splitting H2 on the Pd cap meets a dissociation barrier of 0.14 eV.",
])
def test_a_dissociation_barrier_is_no_diffusion(text):
    assert _KEY not in [r["property"] for r in contract_measurements(text)]


def test_a_diffusion_said_to_have_the_barrier_keeps_it():
    """The step named after 'limited by' is the diffusion whose barrier a relative clause then gives."""
    text = ("Hydrogen release from MgH2 is limited by hydrogen diffusion through the hydride, which has a barrier "
            "of 0.93 eV.")
    assert [r["property"] for r in contract_measurements(text)] == [_KEY]


@pytest.mark.parametrize("text, key", [
    # a barrier named in part before the value, whose mover is said right after it
    ("Our model yields a migration barrier of 0.26 eV for hydrogen in Mg2NiH4.", _KEY),
    ("DFT places a migration barrier of 0.47 eV for hydrogen in the Zr-doped MgH2 lattice.", _KEY),
    ("A hopping barrier of 0.36 eV for hydrogen in rutile MgH2 follows from our NEB runs.", _KEY),
    # the same words with a lithium ion after them: the ion's barrier
    ("We find a migration barrier of 0.31 eV for Li+ in the LiBH4–LiI solid solution.",
     "ion_migration_activation_energy"),
])
def test_the_mover_said_after_the_value_names_the_barrier(text, key):
    assert [r["property"] for r in contract_measurements(text)] == [key]
