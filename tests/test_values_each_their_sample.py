"""Issue 10: each value belongs to the sample the sentence measures, with its own setting.

- '(365 K for A and 490 K for B)' after a clause that named A and B already: each value is the one its 'for' names,
  not the last sample named before it.
- 'A and B conduct 5 × 10−2 S cm−1 (380 K) and 3 × 10−1 S cm−1 (510 K), respectively': the values pair with the samples
  in order, each with the setting in its own bracket (a value written as a power, then a bracket, is no value
  restated in another unit)."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["property"], r["value"], r["system"], (r.get("conditions") or {}).get("temperature"))
                  for r in records(text))


@pytest.mark.parametrize("text, want", [
    ("We followed ion mobility in Li2(BH4)(NH2) and Li4(BH4)(NH2)3 across the melting points of the two salts "
     "(370 K for Li2(BH4)(NH2) and 485 K for Li4(BH4)(NH2)3).",
     [("phase_transition_temperature", 96.85, "Li2(BH4)(NH2)", None),
      ("phase_transition_temperature", 211.85, "Li4(BH4)(NH2)3", None)]),
    ("LiBH4–LiI and LiBH4–LiBr were milled, and the activation energies are 0.45 eV for LiBH4–LiI and 0.52 eV for "
     "LiBH4–LiBr.",
     [("ion_migration_activation_energy", 0.45, "LiBH4–LiI", None),
      ("ion_migration_activation_energy", 0.52, "LiBH4–LiBr", None)]),
    ("We report LiBH4–LiI and LiBH4–LiBr solid solutions; their conductivities are 0.1 mS/cm for LiBH4–LiI and "
     "0.02 mS/cm for LiBH4–LiBr.",
     [("ionic_conductivity", 0.02, "LiBH4–LiBr", None), ("ionic_conductivity", 0.1, "LiBH4–LiI", None)]),
])
def test_each_value_is_the_sample_its_for_names(text, want):
    assert _rows(text) == want


@pytest.mark.parametrize("text, want", [
    ("Once molten, Li2(BH4)(NH2) and Li4(BH4)(NH2)3 conduct 5 × 10−2 S cm−1 (380 K) and "
     "3 × 10−1 S cm−1 (510 K), respectively.",
     [("ionic_conductivity", 50.0, "Li2(BH4)(NH2)", 106.85), ("ionic_conductivity", 300.0, "Li4(BH4)(NH2)3", 236.85)]),
    ("LiBH4–LiI and LiBH4–LiBr conduct 1.2 × 10-4 S cm-1 (30 °C) and 3 × 10-5 S cm-1 (40 °C), respectively.",
     [("ionic_conductivity", 0.03, "LiBH4–LiBr", 40.0), ("ionic_conductivity", 0.12, "LiBH4–LiI", 30.0)]),
    ("The conductivities of Mg(BH4)2·NH3 and Li3(NH2)2I amount to 0.2 mS/cm (350 K) and 0.5 mS/cm (400 K), "
     "respectively.",
     [("ionic_conductivity", 0.2, "Mg(BH4)2·NH3", 76.85), ("ionic_conductivity", 0.5, "Li3(NH2)2I", 126.85)]),
])
def test_respectively_pairs_values_with_their_own_bracketed_settings(text, want):
    assert _rows(text) == want


def test_a_restatement_in_brackets_is_still_one():
    # (near miss: a charge per area restated in a bracket as a charge per mass: two properties of one sample, each once)
    rows = _rows("The Li2(BH4)(NH2) cell delivers 150 μAh cm−2 (1412 mAh g−1) at 0.1 C.")
    assert [r[:2] for r in rows] == [("areal_capacity", 0.15), ("specific_capacity", 1412.0)]


@pytest.mark.parametrize("text, first, second", [
    ("We followed ion mobility in Li2(BH4)(NH2) and Li4(BH4)(NH2)3 up to the melting points of the two salts (370 K "
     "for Li2(BH4)(NH2) and 485 K for Li4(BH4)(NH2)3). Both hydrides reach conductivities near 1 × 10−4 S cm−1 "
     "at 25 °C.", "Li2(BH4)(NH2)", "Li4(BH4)(NH2)3"),
    ("LiBH4–LiI and LiBH4–LiBr were milled, and the activation energies are 0.45 eV for LiBH4–LiI and 0.52 eV for "
     "LiBH4–LiBr. Both electrolytes conduct about 0.1 mS/cm at 30 °C.", "LiBH4–LiI", "LiBH4–LiBr"),
    ("Mg(BH4)2·NH3 and Li3(NH2)2I were compared with regard to their transitions (350 K for Mg(BH4)2·NH3 and 400 K "
     "for Li3(NH2)2I). Both compounds reach about 0.01 mS/cm at 60 °C.", "Mg(BH4)2·NH3", "Li3(NH2)2I"),
])
def test_a_value_said_of_both_is_each_ones_in_the_order_named(text, first, second):
    # (a record per sample, in the order the samples were named, whichever of them the passage spoke of last)
    conductivities = [r["system"] for r in records(text) if r["property"] == "ionic_conductivity"]
    assert conductivities == [first, second]
