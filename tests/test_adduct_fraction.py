"""Issue 10: a fraction written after an adduct's dot ('LiBH4·½NH3', 'LiBH4·1/2NH3') is the ligand's molar count, as
'LiBH4·0.5NH3' writes it; it had been lost (the slash split the notation, '½' is no digit)."""
from __future__ import annotations

from extracted import records


def _ligand(sentence):
    return [(c["material"], c["amount"]) for r in records(sentence) for c in r["components"][1:]]


def test_a_fraction_after_the_dot_is_the_ligand_count():
    for sentence in (
        "The LiBH4·½NH3 adduct conducts 0.1 mS/cm at 40 °C.",
        "The LiBH4·1/2NH3 adduct conducts 0.1 mS/cm at 40 °C.",
        "LiBH4·0.5NH3 conducts 0.1 mS/cm at 40 °C.",
    ):
        assert _ligand(sentence) == [("NH3", 0.5)], sentence


def test_a_whole_count_and_a_ratio_stay():
    assert _ligand("The Mg(BH4)2·2NH3 adduct conducts 0.03 mS/cm at 80 °C.") == [("NH3", 2.0)]
