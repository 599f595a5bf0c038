"""Nanoparticles of a storage metal embedded in an insulating polymer (PMMA, PVP, PEO …) keep their nano form as a
strategy beside the matrix's confinement: a polymer has no pores of a size that makes them small — it wraps
particles made small beforehand or alongside and keeps air off them (issue 10, the review's Mg nanoparticles in PMMA;
ontology.strategy_rules.merge). A carbon or porous scaffold's pores are what keep its particles small: no Nanosizing
beside them (near miss). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _strategies(text: str, value: float) -> list[str]:
    rows = [r for r in records(text) if r["value"] == value]
    assert len(rows) == 1, rows
    return rows[0]["strategies"]


@pytest.mark.parametrize("text, value", [
    ("Mg nanoparticles smaller than 6 nm were made by spark ablation and then embedded in a PMMA matrix. These "
     "nanoparticles took up 5.1 wt% H2 within 30 min at 240 °C.", 5.1),
    ("Colloidal Mg nanoparticles were wrapped in polyvinylpyrrolidone; the resulting Mg@PVP nanocomposite absorbed "
     "4.2 wt% H2 at 250 °C.", 4.2),
    ("We dispersed Mg nanoparticles of about 4 nm in a PMMA film, and the Mg@PMMA nanoparticles stored 5.6 wt% "
     "hydrogen at 210 °C.", 5.6),
])
def test_polymer_embedded_nanoparticles_keep_nanosizing(text, value):
    found = _strategies(text, value)
    assert "Nanosizing" in found and "Nanoconfinement" in found, found


def test_near_miss_nanoparticles_in_a_porous_carbon_are_the_scaffold_s_doing():
    found = _strategies("MgH2 was confined in porous carbon. The MgH2@C nanoparticles released 5.2 wt% H2 at "
                        "280 °C.", 5.2)
    assert found == ["Nanoconfinement"], found
