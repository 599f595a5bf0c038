"""Issue 10 (h39-rev): where a section puts a host inside a carbon (a confined system with a value) and names it again
as 'LiBH4–C', that carbon is the record's scaffold (``ingest.extraction.document_wide.strategies.is_held``) and the
record a confinement result: with no other strategy said, its strategies say Nanoconfinement as its roles say
ScaffoldConfinementHost (the review's 'LiBH4–C' particle size had the scaffold and no strategy)."""
from __future__ import annotations

import pytest
from extracted import records

CASES = [
    "## 2 Confinement\n\nLiBH4 was melted into the pores of an ordered mesoporous carbon (LiBH4@CMK-3), which then released hydrogen from 220 °C. "
    "In the LiBH4–C composite the hydride particles are about 6 nm across.",
    "## 2 Confinement\n\nMgH2 was grown inside a porous carbon aerogel (MgH2@carbon aerogel), lowering its desorption temperature to 250 °C. "
    "The MgH2/C material consists of hydride particles of 12 nm.",
    "## 2 Confinement\n\nNaAlH4 was melted into the pores of a mesoporous carbon (NaAlH4@CMK-3), so that it desorbs hydrogen at 150 °C. "
    "In the NaAlH4–C composite the hydride particles measure about 4 nm.",
]


def _sized(text: str) -> list[dict]:
    return [r for r in records("# A paper\n\n" + text + "\n") if r["property"] == "particle_size"
            and any(c["role"] == "ScaffoldConfinementHost" and c["material"] == "C" for c in r["components"])]


@pytest.mark.parametrize("text", CASES)
def test_a_carbon_held_by_the_section_makes_a_confinement_record(text):
    rows = _sized(text)
    assert rows and all("Nanoconfinement" in r["strategies"] for r in rows), rows


def test_a_graphene_sheet_is_no_confinement():
    # (near miss: a sheet the hydride grew on holds nothing inside it — no scaffold, no confinement)
    rows = records("# A paper\n\n## 2 Supports\n\nLiBH4 nanoparticles were grown on graphene sheets (LiBH4@G). "
                   "The LiBH4–graphene composite has particles of 9 nm.\n")
    sized = [r for r in rows if r["property"] == "particle_size"]
    assert sized and all("Nanoconfinement" not in r["strategies"] for r in sized), sized


def test_carbon_milled_in_without_a_confined_sample_names_no_confinement():
    # (near miss: no sample of the passage puts the host inside the carbon — graphite co-milled in confines nothing)
    rows = records("# A paper\n\n## 2 Additives\n\nMgH2 was ball-milled with 5 wt% graphite. The MgH2–5 wt% graphite "
                   "powder releases 5.8 wt% H2 at 320 °C.\n")
    assert rows and all("Nanoconfinement" not in r["strategies"] for r in rows), rows
