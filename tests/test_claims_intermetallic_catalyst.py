"""An intermetallic of the host's metal, and its hydride, as a catalyst of that host: 'Mg2Ni was added to MgH2'
puts the alloy in (it is the claim's additive, not the host its hydride Mg2NiH4 would be), and Mg2NiH4 next
to MgH2 forms nothing with it (the host's metal has nothing to exchange): credited with a catalysis, it is a
catalyst, not the reactant of a reactive hydride composite (as the bare composite 'MgH2–Mg2NiH4' reads). The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples

from ontology.strategy_rules import composition_strategies
from ontology.system import parse_system


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return claim_tuples(text, "src:intermetallic")


@pytest.mark.parametrize("text, mechanism, additive", [
    ("Mg2Ni was added to MgH2 as a catalyst. The Mg2Ni phase weakens the Mg–H bonds.", "BondWeakening", "Mg2Ni"),
    ("MgH2 was milled with Mg2Ni. The Mg2Ni acts as a hydrogen pump.", "HydrogenPump", "Mg2Ni"),
    ("Mg2Ni nanoparticles were loaded into MgH2. The Mg2Ni provides hydrogen dissociation sites.",
     "HydrogenDissociationSites", "Mg2Ni"),
])
def test_an_alloy_put_into_the_host_is_the_additive(text, mechanism, additive):
    claims = _claims(text)
    assert any(m == mechanism and h == "MgH2" and a == additive for m, h, a, _ in claims), claims


@pytest.mark.parametrize("text, mechanism", [
    ("MgH2 was catalysed with Mg2NiH4. The Mg2NiH4 acts as a hydrogen pump for MgH2.", "HydrogenPump"),
    ("MgH2 was milled with 10 wt% Mg2NiH4 as a catalyst. Mg2NiH4 provides hydrogen dissociation sites.",
     "HydrogenDissociationSites"),
    ("MgH2 was ball milled with 5 wt% Mg2CoH5. The Mg2CoH5 catalytically weakens the Mg–H bonds.", "BondWeakening"),
])
def test_a_ternary_hydride_of_the_hosts_metal_is_a_catalyst(text, mechanism):
    claims = _claims(text)
    found = [s for m, h, _, s in claims if m == mechanism and h == "MgH2"]
    assert found and "ReactiveHydrideComposite" not in found, claims


def test_a_borohydride_put_into_mgh2_stays_the_host_of_its_composite():
    # (a hydride put in, not an alloy: LiBH4–MgH2 is a reactive hydride composite hosted by the borohydride)
    claims = _claims("LiBH4 was added to MgH2 and milled. The MgB2 formed acts as a nucleation site.")
    assert ("NucleationInduction", "LiBH4", "MgH2", "LithiumRHC") in claims, claims


def test_a_ternary_hydride_next_to_a_borohydride_stays_its_reactant():
    system = parse_system("2.5LiBH4–Mg2NiH4")
    assert "ReactiveHydrideComposite" in composition_strategies(system), composition_strategies(system)

