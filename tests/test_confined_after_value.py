"""A scaffold named after a value ('… 10−9 S cm−1 at 120 °C upon nanoconfinement in SBA-15') joins the sample the
sentence names, also when a measuring temperature stands between and when the scaffold is written by its name in
words before its code in brackets ('Santa Barbara Amorphous-15 (SBA-15)'); a value set against it ('instead of',
'compared with') is the sample before the confinement. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple]:
    return [(r["value"], tuple((c["material"], c["role"]) for c in r["components"]), tuple(r["strategies"]),
             r["conditions"].get("temperature")) for r in records(text)]


_CSBH4_SBA = (("CsBH4", "HostHydride"), ("SBA-15", "ScaffoldConfinementHost"))


@pytest.mark.parametrize("text", [
    "The conductivity of CsBH4 rises to 4 × 10−8 S cm−1 at 90 °C upon nanoconfinement in SBA-15.",
    "The conductivity of CsBH4 rises to 4 × 10−8 S cm−1 at 363 K after confinement in SBA-15.",
    "The conductivity of CsBH4 rises to 4 × 10−8 S cm−1 at 90 °C upon confinement in Santa Barbara "
    "Amorphous-15 (SBA-15).",
])
def test_a_scaffold_after_the_value_and_its_temperature_joins_the_sample(text):
    (row,) = _rows(text)
    assert row[1] == _CSBH4_SBA and "Nanoconfinement" in row[2]


@pytest.mark.parametrize("text, code", [
    ("RbBH4 infiltrated into Mobil Composition of Matter No. 48 (MCM-48) conducts 6 × 10−8 S cm−1 at 100 °C.",
     "MCM-48"),
    ("RbBH4 confined in Santa Barbara Amorphous-16 (SBA-16) conducts 6 × 10−8 S cm−1 at 100 °C.", "SBA-16"),
    ("RbBH4 melt-infiltrated into Mobil Composition of Matter No. 41 (MCM-41) conducts 6 × 10−8 S cm−1 at "
     "100 °C.", "MCM-41"),
])
def test_a_scaffold_spelled_out_before_its_code_is_the_code(text, code):
    (row,) = _rows(text)
    assert row[1] == (("RbBH4", "HostHydride"), (code, "ScaffoldConfinementHost"))


@pytest.mark.parametrize("text", [
    "The conductivity of CsBH4 rises to 4 × 10−8 S cm−1 at 90 °C upon nanoconfinement in SBA-15 instead of "
    "3 × 10−9 S cm−1.",
    "The conductivity of CsBH4 rises to 4 × 10−8 S cm−1 at 90 °C upon nanoconfinement in SBA-15, compared with "
    "3 × 10−9 S cm−1.",
    "The conductivity of CsBH4 rises to 4 × 10−8 S cm−1 at 90 °C upon nanoconfinement in Santa Barbara "
    "Amorphous-15 (SBA-15) instead of 3 × 10−9 S cm−1.",
])
def test_a_value_set_against_the_confined_one_is_the_bare_host(text):
    confined, bare = sorted(_rows(text), key=lambda r: -r[0])
    assert confined[1] == _CSBH4_SBA
    assert bare[1] == (("CsBH4", "HostHydride"),) and bare[2] == ()


def test_words_in_capitals_that_do_not_spell_the_code_are_no_scaffold_name():
    # (the initials of 'Central Research Laboratory' are no SBA: the code alone, read as before)
    (row,) = _rows("RbBH4 from the Central Research Laboratory (SBA-15) conducts 6 × 10−8 S cm−1 at 100 °C.")
    assert ("SBA-15", "ScaffoldConfinementHost") not in row[1]
