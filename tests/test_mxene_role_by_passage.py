"""An MXene written after a hydride's '@' is what the passage says it is: a catalyst where the passage declares it one
('Ti3C2 nanosheets were used as a catalyst for MgH2' — the sheet noun between the material and the declaring words no
longer hides the declaration), the scaffold where it says so or says nothing ('… served as the scaffold', 'confined in
the layers of Ti3C2'): the '@' alone does not decide (issue 10; ingest/extraction/samples/declared_roles.py). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _support(text: str) -> tuple[str, list[str]]:
    (row,) = records(text)
    return row["components"][1]["role"], row["strategies"]


@pytest.mark.parametrize("text", [
    "Ti3C2 nanosheets were used as a catalyst for MgH2. The MgH2@Ti3C2 composite showed an activation energy of "
    "72 kJ/mol.",
    "V2C nanoflakes acted as the catalyst of MgH2; MgH2@V2C released 6.1 wt% H2 at 250 °C.",
    "Nb2C nanosheets were chosen as a catalyst for MgH2, and the MgH2@Nb2C composite released 6.2 wt% H2 at 260 °C.",
])
def test_mxene_declared_a_catalyst_is_one_after_the_at(text):
    assert _support(text) == ("Catalyst", ["MetalCompoundCatalysis"])


@pytest.mark.parametrize("text", [
    "Ti3C2 nanosheets served as the scaffold for MgH2. The MgH2@Ti3C2 composite showed an activation energy of "
    "72 kJ/mol.",
    "MgH2 was confined in the layers of Ti3C2. The MgH2@Ti3C2 composite showed an activation energy of 72 kJ/mol.",
])
def test_near_miss_mxene_said_to_hold_the_hydride_stays_the_scaffold(text):
    assert _support(text) == ("ScaffoldConfinementHost", ["Nanoconfinement"])
