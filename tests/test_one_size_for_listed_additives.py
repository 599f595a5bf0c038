"""Issue 10: one particle size written for a list of additives ('Ni and TiO2 with a particle size of 30–100 nm')
is each additive's own size, not the last one's alone."""
from __future__ import annotations

from prose_sentences import contract_measurements

_LISTED = (
    ("Ni and TiO2 with a particle size of 30–100 nm were ball milled with MgH2.", {"Ni", "TiO2"}),
    ("Fe and Nb2O5 nanoparticles (20–50 nm) were added to MgH2.", {"Fe", "Nb2O5"}),
    ("Co, ZrO2 and CeO2 with a mean particle size of 50 nm were milled into MgH2.", {"Co", "ZrO2", "CeO2"}),
)


def _sized(text: str) -> set[str]:
    return {r["system"] for r in contract_measurements(text) if r["property"] == "particle_size"}


def test_the_size_is_each_listed_additives():
    for text, sized in _LISTED:
        assert _sized(text) == sized, text


_SET_OFF = (
    ("Ni and Co particles, 5–10 nm in size, were added to MgH2.", {"Ni", "Co"}),
    ("The Ni particles, 5–10 nm in size, were added to MgH2.", {"Ni"}),
    ("MgH2 was milled with Fe and Nb2O5 powders, about 40 nm across.", {"Fe", "Nb2O5"}),
)


def test_a_size_set_off_by_a_comma_after_the_particles_is_theirs():
    for text, sized in _SET_OFF:
        assert _sized(text) == sized, text


def test_near_miss_a_size_written_for_one_additive_stays_its_own():
    assert _sized("Ni with a particle size of 30–100 nm was ball milled with MgH2 and Fe.") == {"Ni"}
    # the hydride's own particles set off by a comma stay the hydride's
    assert _sized("Our MgH2 particles, 300 nm in size, were milled with Ni.") == {"MgH2"}
