"""Issue 10, item 1e: 'formation and decomposition enthalpies of −77 and 86 kJ/mol H2' gives two directions, one value
each: the formation beside a release is the hydride's formation from the metal and hydrogen (the uptake's property,
the sign the source wrote kept as its reported sign), the decomposition the release's. A formation enthalpy said alone
stays the release's, negated (the project's convention). Every sentence here is written for this test."""
from __future__ import annotations

import pytest
from extracted import records

H, R = "hydrogenation_enthalpy", "reaction_enthalpy"


def _read(text: str) -> set[tuple]:
    return {(r["property"], r["value"], r["reported_sign"]) for r in records(text)}


@pytest.mark.parametrize("text, want", [
    ("For the Mg2FeH6 sample, the formation and decomposition enthalpies were −77 and 86 kJ/mol H2, respectively.",
     {(H, 77.0, "-"), (R, 86.0, None)}),
    ("The Ni-doped MgH2 shows formation and decomposition enthalpies of −72 and 75 kJ/mol H2.",
     {(H, 72.0, "-"), (R, 75.0, None)}),
    ("Van 't Hoff plots of Mg2NiH4 gave enthalpies of formation and desorption of −64 and 66 kJ/mol H2, respectively.",
     {(H, 64.0, "-"), (R, 66.0, None)}),
    ("For the Mg2FeH6 sample, the decomposition and formation enthalpies were 86 and −77 kJ/mol H2, respectively.",
     {(R, 86.0, None), (H, 77.0, "-")}),
])
def test_a_formation_beside_a_release_is_the_uptake(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    # near misses: a formation enthalpy said alone, also beside a release of another clause, is the release's
    ("The formation enthalpy of Mg2FeH6 is −77 kJ/mol H2.", {(R, 77.0, "-")}),
    ("The decomposition of Mg2FeH6 starts at 300 °C, and its formation enthalpy is −77 kJ/mol H2.",
     {("onset_dehydrogenation_temperature", 300.0, None), (R, 77.0, "-")}),
])
def test_a_formation_said_alone_stays_the_release_s(text, want):
    assert _read(text) == want
