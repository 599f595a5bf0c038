"""Two forms read on real hydrogen-storage abstracts of session 39 (issue 10), each a general rule:

- a quantity's symbol written between its two bounds ("pore sizes of 12 < Dp < 30 nm") is the span the quantity lies
  in: a range of two ends, not an upper bound (quantity_text._SYMBOL_BOUNDS_GAP);
- a host "with addition of 8 wt% of X", the article left out as many abstracts do, holds X at that loading, as
  "with the addition of" already did (samples_words._WITH_AID_OF).

Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, prop, low, high", [
    ("The carbon scaffolds holding NaAlH4 had pore sizes of 12 < Dp < 30 nm.", "pore_size", 12.0, 30.0),
    ("Silica templates with 450 < SBET < 1200 m2/g were filled with LiBH4.", "specific_surface_area", 450.0, 1200.0),
    ("MgH2 was grown in aerogels whose pores span 4 ≤ d ≤ 9 nm.", "pore_size", 4.0, 9.0),
    ("The LiBH4 nanoparticles confined in the carbon were 2 < D < 5 nm in size.", "particle_size", 2.0, 5.0),
])
def test_a_symbol_between_two_bounds_is_a_range(text, prop, low, high):
    rows = [r for r in contract_measurements(text) if r["property"] == prop]
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["value"], row["value_max"], row["qualifier"]) == (low, high, "="), row


@pytest.mark.parametrize("text, prop, value, qualifier", [
    # two bounds of two things: each the bound it says, no span of one quantity
    ("The MgH2 crystallites stay < 20 nm and the particles < 300 nm after milling.", "particle_size", 300.0, "<"),
    # one bound, a symbol before it: an upper bound still
    ("The pores of the scaffold holding LiBH4 are small, D < 8 nm.", "pore_size", 8.0, "<"),
])
def test_near_miss_separate_bounds_stay_bounds(text, prop, value, qualifier):
    row = the_one([r for r in contract_measurements(text) if r["property"] == prop], value)
    assert row["value_max"] is None and row["qualifier"] == qualifier, row


@pytest.mark.parametrize("text, value, additive, amount", [
    ("MgH2 with addition of 8 wt% of TiO2 begins to give off hydrogen at 196 °C.", 196.0, "TiO2", 8.0),
    ("LiBH4 with addition of 15 wt % NbF5 releases hydrogen from 275 °C.", 275.0, "NbF5", 15.0),
    ("NaAlH4 with an addition of 4 mol% CeCl3 started its decomposition at 148 °C.", 148.0, "CeCl3", 4.0),
])
def test_with_addition_of_without_article_gives_the_loading(text, value, additive, amount):
    row = the_one(contract_measurements(text), value)
    parts = {c["material"]: c for c in row["components"][1:]}
    assert additive in parts and parts[additive]["amount"] == amount, row


def test_near_miss_with_addition_of_names_no_loading_when_none_is_written():
    row = the_one(contract_measurements("MgH2 with addition of TiO2 begins to give off hydrogen at 199 °C."), 199.0)
    parts = {c["material"]: c for c in row["components"][1:]}
    assert "TiO2" in parts and parts["TiO2"]["amount"] is None, row


# A support the sentence declares the hydride's scaffold, named first ("S can serve as a scaffold to host H", "S may
# act as a template for H"): the hydride sits in it, 'H@S', the support its ScaffoldConfinementHost (a modal before
# the acting verb is read as the plain verb is; declared_roles._BE, samples: the declared role joins with '@').
@pytest.mark.parametrize("text, value, host, scaffold", [
    ("In our samples, graphene oxide could serve as a scaffold to host the MgH2 particles; they release hydrogen from 240 °C.",
     240.0, "MgH2", "graphene oxide"),
    ("A carbon aerogel may serve as a template for NaAlH4, which then starts to decompose at 152 °C.",
     152.0, "NaAlH4", "carbon aerogel"),
    ("CMK-3 acts as a nanoscaffold for LiBH4; the composite starts to release hydrogen at 221 °C.",
     221.0, "LiBH4", "CMK-3"),
])
def test_a_support_declared_the_scaffold_holds_the_hydride(text, value, host, scaffold):
    row = the_one(contract_measurements(text), value)
    roles = {c["material"].lower(): c["role"] for c in row["components"]}
    assert row["material"] == host and roles.get(scaffold.lower()) == "ScaffoldConfinementHost", row
    assert "@" in row["system"], row


def test_near_miss_a_material_declared_the_catalyst_is_no_scaffold():
    row = the_one(contract_measurements("TiO2 can serve as a catalyst for MgH2, which then releases hydrogen at 251 °C."),
                  251.0)
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert roles.get("TiO2") == "Catalyst" and "@" not in row["system"], row
