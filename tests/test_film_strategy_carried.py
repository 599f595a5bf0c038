"""A thin film is how the whole sample is made: the film strategy one sentence names for a capped or alloyed film
('Mg0.8Ti0.2 films capped with Pd') holds for that film's values in the later sentences of the section, as a scaffold
said once does; a bare metal named again ('Mg') may be the bulk reference, and gains nothing. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize("text, value", [
    ("Mg0.8Ti0.2 thin films capped with 10 nm Pd were deposited by co-sputtering. They absorb 5.1 wt% H2 at "
     "100 °C.", 5.1),
    ("Pd-capped Mg films (150 nm) were grown by evaporation. The Mg–Pd sample starts to release hydrogen at "
     "190 °C.", 190.0),
    ("Thin films of Mg0.7Al0.3 with a Pd cap were sputtered onto glass. The Mg0.7Al0.3–Pd sample takes up 4.2 wt% "
     "of hydrogen at 120 °C.", 4.2),
])
def test_the_film_strategy_holds_for_the_film_s_later_values(text, value):
    row = next(r for r in contract_measurements(text) if r["value"] == value)
    assert "ThinFilmStructuring" in row["strategies"], row


def test_a_bare_metal_named_again_gains_no_film_strategy():
    rows = contract_measurements("Mg films were deposited by evaporation. Bulk Mg powder absorbs 3.1 wt% of hydrogen "
                                 "at 350 °C.")
    assert all("ThinFilmStructuring" not in r["strategies"] for r in rows if r["value"] == 3.1), rows
