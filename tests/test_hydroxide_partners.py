"""An alkali or alkaline-earth hydroxide written as a partner of a hydride is its reactant: the hydroxide's protons
meet the hydride's hydridic hydrogen and leave as H2 (LiH + LiOH → Li2O + H2), so the composite is a reactive one,
no catalysed hydride. A hydroxide given as a loading (wt%) or as a trace of a composite that has its reactant
('Mg(NH2)2–2LiH–0.07KOH', as an open pool's gold annotates KOH) is read as any such additive is, a catalyst; a
transition-metal hydroxide is a catalyst's precursor. Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import component_roles, contract_measurements, the_one


@pytest.mark.parametrize("text, value, host, partner", [
    ("After milling, the 1:1 LiH–LiOH powder delivered 5.8 wt% H2 at 280 °C.", 5.8, "LiH", "LiOH"),
    ("NaOH was ball milled with NaBH4 (1:1), and the product released 4.7 wt% H2 by 330 °C.", 4.7, "NaBH4", "NaOH"),
    ("The 2LiBH4–Mg(OH)2 composite desorbed 4.9 wt% H2 up to 340 °C.", 4.9, "LiBH4", "Mg(OH)2"),
    ("MgH2–LiOH, milled in equal moles, gave 3.4 wt% H2 when heated to 255 °C.", 3.4, "MgH2", "LiOH"),
])
def test_a_hydroxide_partner_of_a_hydride_is_its_reactant(text, value, host, partner):
    row = the_one(contract_measurements(text), value)
    assert component_roles(row) == {host: "HostHydride", partner: "DestabilizingReactant"}, row
    assert row["strategies"] == ["ReactiveHydrideComposite"], row


@pytest.mark.parametrize("text, value, additive", [
    # near misses: a loading, a trace in a composite that has its reactant, a transition-metal hydroxide
    ("MgH2 doped with 8 wt% KOH desorbed hydrogen at 262 °C.", 262.0, "KOH"),
    ("Mg(NH2)2–2LiH–0.05KOH began to release hydrogen at 91 °C.", 91.0, "KOH"),
    ("MgH2 milled with Ni(OH)2 (1:1) released 5.5 wt% H2 at 265 °C.", 5.5, "Ni(OH)2"),
])
def test_a_hydroxide_loading_or_trace_stays_a_catalyst(text, value, additive):
    row = the_one(contract_measurements(text), value)
    assert component_roles(row)[additive] == "Catalyst", row
