"""Issue 10: in a solid electrolyte, the salt that brings an alkali or alkaline-earth cation with the conductor's own
anion ('LiBH4–5 mol% Ca(BH4)2', '5 mol% Ca-doped LiBH4' read as that salt) is a substituent on the cation sites: the
strategy is CationSubstitution, as its role says, not a second conductor mixed in (CompositeElectrolyteFormation).
Storing hydrogen, the same pair is a reactive composite."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("sentence", [
    "LiBH4–5 mol% Ca(BH4)2 conducts 14 mS/cm at 220 °C under 4 GPa.",
    "LiBH4 doped with 5 mol% Ca(BH4)2 shows an ionic conductivity of 1.4 × 10−2 S cm−1 at 220 °C.",
    "The Li+ conductivity of LiBH4 with 10 mol% Mg(BH4)2 is 0.5 mS/cm at 130 °C.",
])
def test_a_cation_salt_in_an_electrolyte_is_a_cation_substitution(sentence):
    (row,) = records(sentence)
    assert row["components"][1]["role"] == "DopantSubstituent" and row["strategies"] == ["CationSubstitution"]


def test_the_same_pair_storing_hydrogen_stays_a_reactive_composite():
    # (near miss: no electrolyte, the salt reacts with the host)
    (row,) = records("LiBH4–Ca(BH4)2 releases 8 wt% H2 at 400 °C.")
    assert row["strategies"] == ["ReactiveHydrideComposite"]
