"""A catalyst made from hydrides is no hydride host: a transition-metal oxide that holds hydrogen (NaTiOxH made
from NaH and TiO2) and a material the sentence calls a catalyst ('a NaTiOxH catalyst') are the additive credited,
and the hydride they went into is the host. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples

from ontology.elements import hydride_like


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return claim_tuples(text, "src:oxide-hydride")


@pytest.mark.parametrize("text, mechanism", [
    ("A NaTiOxH catalyst was synthesized from NaH and TiO2 by ball milling and added to MgH2. The catalytic "
     "effect of NaTiOxH lowers the onset temperature of MgH2 to 180 °C.", "CatalyticEffect"),
    ("NaTiOxH was prepared from NaH and TiO2 and milled with MgH2. NaTiOxH weakens the Mg–H bonds.",
     "BondWeakening"),
    ("MgH2 was milled with NaTiOxH made from NaH and TiO2. NaTiOxH provides hydrogen dissociation sites.",
     "HydrogenDissociationSites"),
])
def test_an_oxide_catalyst_made_from_a_hydride_is_the_additive(text, mechanism):
    claims = _claims(text)
    assert (mechanism, "MgH2", "NaTiOxH", "MetalCompoundCatalysis") in claims, claims


@pytest.mark.parametrize("formula, hydride", [
    ("NaTiOxH", False), ("HxWO3", False),          # hydrogen in a transition-metal oxide
    ("LiOH", False),                               # a hydroxide, as before
    ("Li3AlH6", True), ("Mg2NiH4", True), ("Mg(BH4)2", True),
])
def test_hydrogen_in_a_transition_metal_oxide_is_no_hydride(formula, hydride):
    assert hydride_like(formula) is hydride


def test_the_hydride_the_catalyst_went_into_stays_the_host():
    # (the host named before the verb of catalysis is what was catalysed, not a catalyst)
    claims = _claims("The MgH2 catalysed by NaTiOxH releases hydrogen from 180 °C. NaTiOxH weakens the Mg–H bonds.")
    assert {h for _, h, _, _ in claims} == {"MgH2"}, claims
