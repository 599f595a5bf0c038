"""A hydrogen-storage value a sentence gives an additive by itself ('in the order Fe2O3 (110 kJ/mol) > Co3O4 (98
kJ/mol) > NiO (87 kJ/mol)') is the value of the passage's sample that holds it: an oxide releases no hydrogen. A
storage alloy named bare keeps its own values, and a value of another property (an electrolyte's conductivity) stays
where it was read. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import parts_by_value


@pytest.mark.parametrize("text, expected", [
    ("MgH2 was ball-milled with 5 wt% of Fe2O3, Co3O4 or NiO. The activation energy decreases in the order Fe2O3 "
     "(110 kJ/mol) > Co3O4 (98 kJ/mol) > NiO (87 kJ/mol).",
     {110.0: "MgH2–Fe2O3", 98.0: "MgH2–Co3O4", 87.0: "MgH2–NiO"}),
    ("LiAlH4 was doped with TiCl3 or VCl3. The onset temperature follows TiCl3 (95 °C) < VCl3 (110 °C).",
     {95.0: "LiAlH4–TiCl3", 110.0: "LiAlH4–VCl3"}),
    ("Mg(BH4)2 was milled with NbF5, TiF3 and CeF3 separately. Ranked by activation energy: NbF5 (121 kJ/mol), "
     "TiF3 (135 kJ/mol), CeF3 (150 kJ/mol).",
     {121.0: "Mg(BH4)2–NbF5", 135.0: "Mg(BH4)2–TiF3", 150.0: "Mg(BH4)2–CeF3"}),
])
def test_a_storage_value_of_a_bare_additive_is_its_samples(text, expected):
    got = parts_by_value(text)
    assert {v: got.get(v) for v in expected} == expected


def test_a_storage_alloy_named_bare_keeps_its_value():
    got = parts_by_value("MgH2 was milled with 10 wt% Mg2Ni. The desorption enthalpy of Mg2Ni (64 kJ/mol) is lower "
                   "than that of MgH2 (75 kJ/mol).")
    assert got.get(64.0) in ("Mg2Ni", "Mg2NiH4")


def test_a_conductivity_of_a_bare_filler_stays_its_own():
    got = parts_by_value("LiBH4 was mixed with 30 wt% Li7La3Zr2O12. The conductivity rises in the order LiBH4 (0.0001 "
                   "mS/cm) < Li7La3Zr2O12 (0.3 mS/cm).")
    assert got.get(0.3) == "Li7La3Zr2O12"
