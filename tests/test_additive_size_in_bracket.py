"""Issue 10 item 1: an additive's own size written as a bare bracket after its particles ('ZrO2 nanoparticles
(5–10 nm)', the dev-set README's own example) is a fact on the additive alone, never on the sample it went into."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value, additive", [
    ("ZrO2 nanoparticles (6–12 nm) were doped into MgH2.", 6.0, "ZrO2"),
    ("The as-made Ni3C nanoparticles (~22 nm) were milled with MgH2, lowering its onset to 193 °C.", 22.0, "Ni3C"),
    ("MgH2 was ball milled with Nb2O5 particles (9 nm) for 20 h.", 9.0, "Nb2O5"),
])
def test_the_bracketed_size_is_the_additive_s(text, value, additive):
    s = facts(text)[value].system
    assert s.host.formula == additive and not s.additives


def test_a_hydride_s_own_bracketed_size_stays_on_its_sample():
    # near miss: the particles are the hydride's
    s = facts("MgH2 nanoparticles (6 nm) were confined in a porous carbon.")[6.0].system
    assert s.host.formula == "MgH2"
