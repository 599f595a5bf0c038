"""A count written before a bracketed group of a composite ('0.9(3LiBH4–LiI)–0.1P2S5', '0.8[0.75LiBH4–0.25LiI]–
0.2LiNH2') is a number of the group's formula units: each member takes it into its own coefficient, so one
composition written with or without the group is one system; a series' symbolic count ('(1−x)[…]–xLiNH2') stays in
the name, where a member's value replaces it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ontology.system import parse_system


def _parts(notation: str) -> list[tuple[str, str, float | None]]:
    system = parse_system(notation)
    return [(c.formula or c.text, c.role, c.amount.value if c.amount else None) for c in system.components]


@pytest.mark.parametrize("notation, expected", [
    ("0.9(3LiBH4–LiI)–0.1P2S5",
     [("LiBH4", "HostHydride", 2.7), ("LiI", "DopantSubstituent", 0.9), ("P2S5", "Catalyst", 0.1)]),
    ("0.8[0.75LiBH4–0.25LiI]–0.2LiNH2",
     [("LiBH4", "HostHydride", 0.6), ("LiI", "DopantSubstituent", 0.2), ("LiNH2", "DestabilizingReactant", 0.2)]),
    ("0.6LiBH4–0.4(LiI–LiBr)",
     [("LiBH4", "HostHydride", 0.6), ("LiI", "DopantSubstituent", 0.4), ("LiBr", "DopantSubstituent", 0.4)]),
    ("0.95(Mg(NH2)2–2LiH)–0.05KH",
     [("Mg(NH2)2", "HostHydride", 0.95), ("LiH", "DestabilizingReactant", 1.9), ("KH", "Catalyst", 0.05)]),
])
def test_a_count_before_a_group_scales_its_members(notation, expected):
    assert _parts(notation) == expected


def test_one_composition_with_or_without_the_group_is_one_system():
    assert parse_system("0.8[0.75LiBH4–0.25LiI]–0.2LiNH2").id == parse_system("0.6LiBH4–0.2LiI–0.2LiNH2").id \
        or parse_system("0.8[0.75LiBH4–0.25LiI]–0.2LiNH2").id == parse_system("(0.6LiBH4–0.2LiI)–0.2LiNH2").id
    assert parse_system("0.5(2LiBH4–MgH2)–0.5LiI").id == parse_system("(LiBH4–0.5MgH2)–0.5LiI").id


def test_a_symbolic_count_stays_in_the_series_name():
    system = parse_system("(1−x)[0.75LiBH4–0.25LiI]–xLiNH2")
    assert system.name == "(1-x)(0.75LiBH4–0.25LiI)–xLiNH2"
    assert system.host.formula == "LiBH4"


def test_near_miss_a_loaded_member_is_not_scaled():
    # (a loading inside the group is a share a count does not scale: the notation is not read as a counted group)
    with pytest.raises(ValueError):
        parse_system("0.9(MgH2–10 wt% Ni)–0.1C")
    # (a loading before the bracket stays the group's, as before)
    assert parse_system("MgH2–10 wt% (Ni + CeO2)").name == "MgH2–10 wt% (Ni–CeO2)"


def _rows(text: str) -> list[tuple[str, float, str, tuple[str, ...]]]:
    batch = extract_text(text)
    return [(m.property, round(m.value, 6), m.system.host.formula,
             tuple(sorted(a.formula or a.text for a in m.system.additives))) for m in batch.measurements]


@pytest.mark.parametrize("text", [
    "Electrolytes (1−x)[0.75LiBH4–0.25LiI]–xLiNH2 (x = 0.1, 0.2, 0.3) were ball milled. The sample with x = 0.2 "
    "showed an ionic conductivity of 3.1 × 10−4 S cm−1 at 30 °C.",
    "We milled 0.8[0.75LiBH4–0.25LiI]–0.2LiNH2 for 5 h; its ionic conductivity was 0.31 mS/cm at 30 °C.",
    "An ionic conductivity of 0.31 mS cm−1 (30 °C) was measured for 0.8[0.75LiBH4-0.25LiI]-0.2LiNH2.",
])
def test_a_grouped_electrolyte_keeps_its_host_and_partners(text):
    rows = _rows(text)
    assert rows and all(r[2] == "LiBH4" and r[3] == ("LiI", "LiNH2") for r in rows), rows
