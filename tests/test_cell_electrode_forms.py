"""A nano form written right after another electrode of a cell ('rutile TiO2 nanorods as the cathode') is that
electrode's form: the hydride electrolyte the cell is recorded on gets no nanostructuring from it. A hydride
electrode's own form stays its design. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _strategies(text: str) -> dict[str, list[str]]:
    rows = contract_rows(extract_text("# A cell paper\n\n" + text + "\n"))
    return {r["system"]: r["strategies"] for r in rows if r["kind"] == "measurement"}


@pytest.mark.parametrize("text", [
    "An all-solid-state battery used a LiBH4 electrolyte, rutile TiO2 nanorods as the cathode and Li as the anode. "
    "At 120 °C the LiBH4 electrolyte conducts 1 mS cm−1.",
    "A cell was built from a LiBH4 electrolyte, rutile nanorods as the cathode and a Li anode. At 120 °C the LiBH4 "
    "electrolyte conducts 1.1 mS cm−1.",
    "The battery had a LiBH4 electrolyte, a Li anode and rutile TiO2 nanowires as the positive electrode. At 120 °C "
    "the LiBH4 electrolyte conducts 0.8 mS cm−1.",
])
def test_the_form_of_another_electrode_is_no_design_of_the_electrolyte(text):
    found = _strategies(text)
    assert "LiBH4" in found and not found["LiBH4"], found


def test_a_hydride_electrodes_own_form_stays():
    found = _strategies("MgH2 nanoparticles served as the anode with a LiBH4 electrolyte in a solid-state cell. The "
                        "MgH2 nanoparticles deliver 1200 mAh g−1 in the first discharge.")
    assert any("Nanosizing" in st for st in found.values()), found
