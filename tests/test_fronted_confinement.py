"""Issue 10: a sentence that opens with a word of confinement into a scaffold and then names the sample ('Through
nanoconfinement within the pores of graphite, LiH releases …') is about the hydride held in that scaffold."""
from __future__ import annotations

from extracted import records


def _parts(rows, value):
    return [sorted(c["material"] for c in r["components"][1:]) for r in rows if r["value"] == value]


def test_the_fronted_scaffold_holds_the_sample():
    for sentence, value, scaffold in (
        ("Through nanoconfinement within the pores (2–20 nm) of high surface area graphite, LiH releases 1.9 wt% "
         "of hydrogen from 200 °C.", 1.9, "high surface area graphite"),
        ("By confinement in the pores of CMK-3 (C3) LiBH4 releases 10 wt% hydrogen below 400 °C.", 10.0, "CMK-3"),
        ("Through nanoconfinement inside carbon aerogel (CA) NaAlH4 released 3.4 wt% H2 at 180 °C.", 3.4,
         "carbon aerogel"),
    ):
        assert _parts(records(sentence), value) == [[scaffold]], sentence


def test_confinement_named_without_a_scaffold_adds_none():
    rows = records("Through nanoconfinement, LiBH4 releases 10 wt% hydrogen below 400 °C.")
    assert _parts(rows, 10.0) == [[]]
