"""Two salts with no hydrogen written with a dot ('3TiCl3·AlCl3', 'TiCl3·AlCl3') are one double salt, the catalyst as
made and sold: one additive, written per formula unit of its first salt as its other notation is ('TiCl3·1/3AlCl3':
one material, one system). A hydride dotted with a salt ('3LiBH4·LiI') stays a composite of two parts, and a ligand
('LiBH4·NH3') one compound. Notations and sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ontology.system import parse_system


def _additives(notation: str) -> list[tuple[str, float | None]]:
    system = parse_system(notation)
    return [(a.formula or a.text, a.amount.value if a.amount else None) for a in system.additives]


@pytest.mark.parametrize("notation, expected", [
    ("2LiBH4–MgH2–5 mol% 3TiCl3·AlCl3", [("MgH2", None), ("TiCl3·1/3AlCl3", 5.0)]),
    ("NaAlH4 + 4 mol% 3TiCl3·AlCl3", [("TiCl3·1/3AlCl3", 4.0)]),
    ("MgH2–10 wt% TiCl3·AlCl3", [("TiCl3·AlCl3", 10.0)]),
])
def test_a_double_salt_is_one_catalyst(notation, expected):
    assert _additives(notation) == expected


def test_the_two_notations_of_the_double_salt_give_one_system():
    assert parse_system("NaAlH4–2 mol% 3TiCl3·AlCl3").id == parse_system("NaAlH4–2 mol% TiCl3·1/3AlCl3").id


def test_near_miss_a_hydride_dotted_with_a_salt_stays_two_parts():
    assert [c.formula for c in parse_system("3LiBH4·LiI").components] == ["LiBH4", "LiI"]
    assert [c.formula for c in parse_system("LiBH4·NH3").components] == ["LiBH4", "NH3"]


def test_the_catalyst_stays_whole_in_a_sentence():
    batch = extract_text("NaAlH4 doped with 3 mol% 3TiCl3·AlCl3 releases 4.1 wt% H2 within 2 h at 150 °C.")
    assert batch.measurements, batch
    assert [a.formula or a.text for a in batch.measurements[0].system.additives] == ["TiCl3·1/3AlCl3"]
