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


_GRAPHENE = """# A test paper

## Results

Table 3. Samples on graphene.

| Sample | Hydrogen capacity (wt%) | Onset temperature (°C) |
|---|---|---|
| G/NaAlH4@PTh | 6.4 | 230 |
| LiBH4@G | 9.1 | 290 |
| MgH2–5 wt% G | 5.2 | 260 |
| MgH2–Ge | 3.1 | 280 |
"""


def test_g_as_a_whole_part_of_a_notation_is_graphene():
    # hkg:notationLabel 'G' of Graphene: a whole part of a notation ('G/MgH2@PTh'), never a letter in prose
    rows = _rows(_GRAPHENE)
    assert "graphene" in {c["material"] for c in rows[6.4]["components"]}
    assert "graphene" in {c["material"] for c in rows[9.1]["components"]}
    assert "graphene" in {c["material"] for c in rows[5.2]["components"]}
    # near miss: a symbol beginning with G is its element, no graphene
    assert {c["material"] for c in rows[3.1]["components"]} == {"MgH2", "Ge"}
    from ontology.system import analyse_system
    assert "graphene" in {c.formula for c in analyse_system("G/MgH2@PTh").system.components}
