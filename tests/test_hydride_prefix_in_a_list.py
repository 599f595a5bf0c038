"""A hydride named by a prefix in a list of samples ('for the KOH-doped, LiBH4-doped and undoped composites,
respectively') is that sample's additive, as a salt's prefix is; a prefix naming one of the bare sample's own parts
('LiH-rich' of Mg(NH2)2–2LiH) adds nothing. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _additives(text: str) -> dict[float, set[str]]:
    return {r["value"]: {c["material"] for c in r["components"][1:]} for r in records(text)}


@pytest.mark.parametrize("text, expected", [
    ("Mg(NH2)2–2LiH was doped with KOH or LiBH4. The peak temperatures are 165, 180 and 210 °C for the KOH-doped, "
     "LiBH4-doped and undoped composites, respectively.",
     {165.0: {"LiH", "KOH"}, 180.0: {"LiH", "LiBH4"}, 210.0: {"LiH"}}),
    ("Mg(NH2)2–2LiH was milled with KH or NaBH4. Onset temperatures of 120, 135 and 180 °C were found for the "
     "KH-added, NaBH4-added and pristine samples, respectively.",
     {120.0: {"LiH", "KH"}, 135.0: {"LiH", "NaBH4"}, 180.0: {"LiH"}}),
    ("LiNH2–LiH was catalysed by TiCl3 or by MgH2. The activation energies are 95, 110 and 140 kJ/mol for the "
     "TiCl3-catalysed, MgH2-catalysed and uncatalysed mixtures, respectively.",
     {95.0: {"LiH", "TiCl3"}, 110.0: {"LiH", "MgH2"}, 140.0: {"LiH"}}),
])
def test_a_hydride_prefix_names_its_sample(text, expected):
    got = _additives(text)
    assert {v: got[v] for v in expected} == expected


def test_a_prefix_naming_the_samples_own_part_adds_nothing():
    got = _additives("Mg(NH2)2–2LiH was doped with KOH. The peak temperatures are 165 and 210 °C for the "
                     "KOH-doped and LiH-rich composites, respectively.")
    assert "LiH" in got[210.0] and len([a for a in got[210.0] if a == "LiH"]) == 1
