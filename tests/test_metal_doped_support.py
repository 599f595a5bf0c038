"""Issue 10, item 1d: a metal a support carries, written as its dopant prefix ('Ni-doped graphene', 'Co-doped graphene'),
is a catalyst beside that support, as 'graphene doped with Ni' is read: the support keeps its role (scaffold or support
of the hydride) and the metal is the catalyst. Heteroatoms in a carbon's lattice ('N-doped carbon', 'nitrogen-doped
graphene') and a metal in an oxide catalyst ('Fe-doped Co3O4') still make one material of their own. Every sentence
here is written for this test."""
from __future__ import annotations

import pytest
from extracted import sample_rows


def _parts(text: str) -> set[tuple[str, str]]:
    return {(c[0], c[1]) for row in sample_rows(text) for c in row[2]}


@pytest.mark.parametrize("text, want", [
    ("MgH2 was supported on Ni-doped graphene, and the composite released hydrogen from 230 °C.",
     {("MgH2", "HostHydride"), ("graphene", "ScaffoldConfinementHost"), ("Ni", "Catalyst")}),
    ("MgH2 loaded on Co-doped graphene showed an activation energy of 90 kJ/mol.",
     {("MgH2", "HostHydride"), ("graphene", "ScaffoldConfinementHost"), ("Co", "Catalyst")}),
    ("MgH2 doped with Ni-doped graphene desorbed 6.2 wt% H2 at 300 °C.",
     {("MgH2", "HostHydride"), ("graphene", "ScaffoldConfinementHost"), ("Ni", "Catalyst")}),
    # (the same sample as the dopant written after its support)
    ("MgH2 nanoparticles were anchored on graphene doped with Ni; the onset dehydrogenation temperature was 225 °C.",
     {("MgH2", "HostHydride"), ("graphene", "ScaffoldConfinementHost"), ("Ni", "Catalyst")}),
])
def test_a_metal_on_a_support_is_a_catalyst_beside_it(text, want):
    assert _parts(text) == want


@pytest.mark.parametrize("text, want", [
    # near misses: heteroatoms in the carbon, a metal in an oxide catalyst
    ("MgH2 was confined in nitrogen-doped graphene, and hydrogen release began at 240 °C.",
     {("MgH2", "HostHydride"), ("nitrogen-doped graphene", "ScaffoldConfinementHost")}),
    ("MgH2 with 10 wt% Fe-doped Co3O4 desorbed hydrogen from 250 °C.",
     {("MgH2", "HostHydride"), ("Fe-doped Co3O4", "Catalyst")}),
])
def test_a_doped_material_of_its_own_stays_one(text, want):
    assert _parts(text) == want
