"""A temperature set before its clause ('At ~150 °C, …', 'Around 200 °C, …') whose clause names a change into
another polymorph (a Greek letter or crystal system with 'phase', 'form', 'structure'; a 'polymorph') is that
phase transition's temperature. A conversion into another compound, and a clause that places the temperature by
the transition ('above the transition'), are none. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple[str, float]]:
    return [(r["property"], r["value"]) for r in records("# A borohydride paper\n\n" + text + "\n")]


@pytest.mark.parametrize("text, value", [
    ("At about 190 °C, conversion of α-Ca(BH4)2 into the β polymorph is observed by in situ diffraction.", 190.0),
    ("At ~150 °C, a conversion to a disordered form of the ε-Mg(BH4)2 phase was detected.", 150.0),
    ("Around 200 °C, a transition of Ca(BH4)2 into the γ polymorph occurs.", 200.0),
    ("At 380 K, transformation of orthorhombic LiBH4 into its hexagonal form takes place.", 106.85),
    ("At 170 °C, a phase transition of the Ca(BH4)2 powder is observed.", 170.0),   # named by the property's label
])
def test_a_fronted_temperature_of_a_polymorph_change(text, value):
    rows = _rows(text)
    assert ("phase_transition_temperature", pytest.approx(value)) in rows, rows


@pytest.mark.parametrize("text", [
    "At 350 °C, conversion of Ca(BH4)2 to CaH2 and CaB6 is observed.",
    "At 300 °C, conversion of MgH2 to the Mg phase is complete.",
    "At 130 °C, above the phase transition, LiBH4 conducts 1 mS/cm.",
])
def test_no_transition_temperature_without_a_polymorph_change_at_it(text):
    rows = _rows(text)
    assert not [r for r in rows if r[0] == "phase_transition_temperature"], rows
