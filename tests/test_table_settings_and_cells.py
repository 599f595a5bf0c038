"""What a table says of how its values were measured: a condition written after a row's material and named by its
words ('(12 MPa stack pressure)') is that row's condition, no part of its sample; the kind of cell the caption names
once for the whole table (liquid electrolyte, all-solid-state) is the cell type of its measured capacities, not of a
theoretical one. All tables and values are made up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _table(caption: str, rows: list[tuple[str, str]]) -> str:
    body = "\n".join(f"| {name} | {value} |" for name, value in rows)
    return ("# Made-up anodes\n\n## 2. Results\n\n"
            f"**Table 1.** {caption}\n\n| Material | Capacity [mAh g<sup>-1</sup>] |\n|:---|---:|\n{body}\n")


def _read(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"}


@pytest.mark.parametrize("name,pressure", [
    ("Mg2NiH4 (12 MPa stack pressure)", 12.0),
    ("MgH2–Ni (40 MPa stacking pressure)", 40.0),
    ("NaAlH4 (8 MPa uniaxial stack pressure)", 8.0),
])
def test_a_named_setting_after_the_material_is_the_rows_condition(name, pressure):
    row = _read(_table("Made-up hydride anodes compared.", [(name, "640")]))[640.0]
    assert row["conditions"].get("stacking_pressure") == pressure
    assert "pressure" not in row["system"].lower()


@pytest.mark.parametrize("name", ["MgH2–TiO2–EG 20h", "Mg2NiH4 (5 h)"])
def test_near_miss_a_bare_setting_names_no_condition_of_the_test(name):
    row = _read(_table("Made-up hydride anodes compared.", [(name, "640")]))[640.0]
    assert "stacking_pressure" not in row["conditions"] and "time" not in row["conditions"]


@pytest.mark.parametrize("caption,cell", [
    ("Made-up conversion anodes cycled in a liquid battery.", "LiquidElectrolyteCell"),
    ("Capacities of made-up hydride electrodes in all-solid-state cells.", "AllSolidStateCell"),
    ("Hydride negative electrodes of made-up solid-state batteries.", "AllSolidStateCell"),
])
def test_the_caption_names_the_cell_of_every_measured_capacity(caption, cell):
    read = _read(_table(caption, [("MgH2–Ni", "640"), ("Mg2NiH4@C", "410"), ("LiAlH4", "2118")]))
    assert read[640.0]["conditions"].get("cell_type") == cell
    assert read[410.0]["conditions"].get("cell_type") == cell
    assert "cell_type" not in read[2118.0]["conditions"]        # the formula's capacity: tested in no cell


def test_near_miss_a_caption_naming_no_cell_gives_none():
    read = _read(_table("Made-up hydride anodes compared.", [("MgH2–Ni", "640")]))
    assert "cell_type" not in read[640.0]["conditions"]
