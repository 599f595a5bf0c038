"""One loading written before a bracketed group of additives ('MgH2 + 10 wt% (Ni + CeO2)') is the group's:
each member is an additive of its own (no '(Ni + CeO2' cut before its bracket), none takes the shared
loading as its own amount (what each holds is not said), and the system's name keeps the loading and the
group. Every sentence and notation is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize("text, value, members, name", [
    ("MgH2 + 10 wt% (Ni + CeO2) absorbs 6 wt% H2 in 5 min at 200 °C.", 6.0, {"Ni", "CeO2"},
     "MgH2–10 wt% (Ni–CeO2)"),
    ("The MgH2–5 wt% (Fe + TiO2) composite desorbs 5.5 wt% H2 at 300 °C.", 5.5, {"Fe", "TiO2"},
     "MgH2–5 wt% (Fe–TiO2)"),
    ("A LiBH4 + 20 wt% (Al2O3 + SiO2) electrolyte conducts Li+ at 0.2 mS/cm at 30 °C.", 0.2, {"Al2O3", "SiO2"},
     "LiBH4–20 wt% (Al2O3–SiO2)"),
    ("NaAlH4–4 mol% (TiCl3+CeCl3) releases 4.1 wt% H2 at 150 °C.", 4.1, {"TiCl3", "CeCl3"},
     "NaAlH4–4 mol% (TiCl3–CeCl3)"),
])
def test_a_loading_before_a_bracketed_group_is_shared_by_its_members(text, value, members, name):
    s = facts(text)[value].system
    assert {c.formula for c in s.additives} == members, text
    assert all(c.amount is None for c in s.additives), text
    assert s.name == name, text


def test_a_loading_before_one_bracketed_material_stays_that_materials():
    # near miss: one material in the bracket (a supported catalyst) takes the loading itself
    s = facts("MgH2 + 10 wt% (Ni/C) absorbs 6 wt% H2 in 5 min at 200 °C.")[6.0].system
    assert [(c.formula, c.amount.value if c.amount else None) for c in s.additives] == [("Ni/C", 10.0)]
