"""Issue 10: a strategy the sentence says was not used ('without using any catalyst or alloying', 'when no
catalyst or alloying is used', 'neither doping nor alloying') gives the sample no such strategy."""
from __future__ import annotations

from extracted import records


def test_a_strategy_after_a_phrase_of_its_own_stays():
    rows = records("Graphite-supported LiH shows no capacity loss after nanoconfinement and releases 6 wt% H2.")
    assert any("Nanoconfinement" in r["strategies"] for r in rows)
    rows = records("Thin-film MgH2 releases 5.5 wt% H2 at 250 °C.")
    assert any("ThinFilmStructuring" in r["strategies"] for r in rows)


def test_the_records_of_an_absent_strategy_carry_none():
    for sentence in (
        "Hydrogen uptake and release by LiH were realised at 300 °C without using any catalyst or alloying.",
        "LiH releases hydrogen at 700 °C when no catalyst or alloying is used.",
        "With neither doping nor alloying, MgH2 releases hydrogen at 410 °C.",
    ):
        assert all("Alloying" not in r["strategies"] for r in records(sentence)), sentence
