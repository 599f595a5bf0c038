"""Issue 10 item 5: crystallite size is its own property, not particle size — also where the text names the
crystallites with the plural noun alone ('crystallites of 12 nm'), as authors of milling studies write it."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value", [
    ("Milling MgH2 for 20 h gave crystallites of 11 nm.", 11.0),
    ("After cycling, the MgH2 crystallites grew to 46 nm.", 46.0),
    ("Mg crystallites of about 27 nm were found after ten cycles of the Mg–Ni composite.", 27.0),
])
def test_crystallites_are_crystallite_sizes(text, value):
    assert facts(text)[value].property == "crystallite_size"


def test_particles_stay_particle_sizes():
    # near miss
    assert facts("Milling MgH2 for 20 h gave particles of 310 nm.")[310.0].property == "particle_size"
