"""A size said of an added material's own particles with a preposition ('Ni nanoparticles with an average size of
10 nm', 'CeO2 nanorods with a diameter of 10 nm', 'TiO2 nanosheets have a thickness of 3 nm') is that material's,
as the bracketed form ('Ni nanoparticles (about 10 nm)') is; 'an average size' names a particle size, not a
pore size. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

_MADE = "MgH2 was milled with 5 wt% Ni. "


@pytest.mark.parametrize("text, value, system", [
    ("Ni nanoparticles with an average size of 10 nm are uniformly dispersed on the MgH2 surface.", 10.0, "Ni"),
    ("The Ni particles having a mean diameter of about 10 nm are dispersed in MgH2.", 10.0, "Ni"),
    ("CeO2 nanorods with a diameter of 12 nm were anchored on MgH2.", 12.0, "CeO2"),
    ("The as-synthesized TiO2 nanosheets have a thickness of 3 nm.", 3.0, "TiO2"),
])
def test_a_size_of_an_added_materials_own_particles_is_that_materials(text, value, system):
    assert the_one(contract_measurements(_MADE + text), value)["system"] == system


def test_an_average_size_is_a_particle_size():
    row = the_one(contract_measurements(_MADE + "MgH2 with an average size of 300 nm was obtained."), 300.0)
    assert row["property"] == "particle_size"


def test_the_hosts_own_particles_stay_the_samples():
    row = the_one(contract_measurements(_MADE + "The MgH2 particles with an average size of 300 nm are covered by Ni."),
                  300.0)
    assert row["system"] == "MgH2–5 wt% Ni"


@pytest.mark.parametrize("text, value, system", [
    # the same phrase set off by commas still describes the particles named right before it
    ("The well-spread Ni particles, with a particle size of 5–10 nm on the carbon, catalyse MgH2.", 5.0, "Ni"),
    ("The Co nanoparticles, having an average diameter of 12 nm, were anchored on graphene.", 12.0, "Co"),
    ("The ZrO2 nanoparticles, with a mean size of 25 nm, cover MgH2.", 25.0, "ZrO2"),
    ("Small V2O5 particles, with a mean diameter of 40 nm, were spread over the MgH2 surface.", 40.0, "V2O5"),
])
def test_a_size_set_off_by_commas_is_the_particles_before_it(text, value, system):
    assert the_one(contract_measurements(_MADE + text), value)["system"] == system


def test_the_hosts_own_particles_set_off_by_commas_stay_the_samples():
    # near miss: the comma does not move the size off a hydride's own particles
    row = the_one(contract_measurements(_MADE + "The MgH2 particles, with an average size of 300 nm, are covered by Ni."),
                  300.0)
    assert row["system"] == "MgH2–5 wt% Ni"
