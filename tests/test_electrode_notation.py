"""Letters an electrode's composition names a material by (hkg:electrodeNotationLabel: 'AB', acetylene black) are read
in a table of anode values only; in a hydrogen-storage table the same letters are not carbon ('LiNH2–AB', ammonia
borane). Every table here was written for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows

_ANODE = """# A test paper

## Results

Table 2. Anode performance of hydride electrodes.

| Electrode | Capacity (mAh g−1) | Cycles |
|---|---|---|
| MgH2–TiH2–AB | 980 | 1 |
| LiH–AB | 610 | 1 |
| MgH2–Ni–AB | 1210 | 1 |
"""

_STORAGE = """# A test paper

## Results

Table 1. Hydrogen storage composites.

| Sample | Hydrogen capacity (wt%) | Onset temperature (°C) |
|---|---|---|
| LiNH2–AB | 7.9 | 85 |
| MgH2–AB | 6.1 | 90 |
"""


def _rows(doc: str) -> dict[float, dict]:
    return {r["value"]: r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"}


@pytest.mark.parametrize("value, host", [(980.0, "MgH2"), (610.0, "LiH"), (1210.0, "MgH2")])
def test_ab_in_an_anode_composition_is_a_conductive_carbon(value, host):
    row = _rows(_ANODE)[value]
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert row["components"][0]["material"] == host
    assert roles.get("C") == "ConductiveAdditive", row
    assert "ConductiveCompositing" in row["strategies"]


@pytest.mark.parametrize("value", [7.9, 6.1])
def test_ab_in_a_hydrogen_storage_composite_is_no_carbon(value):
    # near miss: the same letters in a storage table (ammonia borane there) never become carbon
    row = _rows(_STORAGE)[value]
    assert "C" not in {c["material"] for c in row["components"]}


def test_the_ontology_gives_the_letters_for_electrodes_only():
    from ontology.vocabulary import vocabulary
    v = vocabulary()
    assert v.by_electrode_notation("AB").formula == "C"
    assert v.by_notation("AB") is None   # (no context-free reading)


@pytest.mark.parametrize("value, name, key", [(980.0, "MgH2–TiH2–AB", "MgH2–TiH2–C"), (610.0, "LiH–AB", "LiH–C"),
                                              (1210.0, "MgH2–Ni–AB", "MgH2–Ni–C")])
def test_the_row_keeps_its_name_as_written_and_is_known_as_the_carbon_composite(value, name, key):
    from ontology.models import stable_id
    row = _rows(_ANODE)[value]
    assert row["system"] == name        # (the letters stay in the name the row writes)
    assert row["system_id"] == stable_id("sys", key)
