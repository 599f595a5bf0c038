"""An alanate written before a borohydride ('LiAlH4–LiBH4') is the borohydride's destabilising reactant:
the alanate releases its hydrogen first and its Al takes the boron into AlB2, so the borohydride is the
composite's host whatever the written order. An alanate with a binary hydride, an alanate with a
borohydride given as a loading, and an alanate alone keep the alanate the host. The names are written
for these tests."""
from __future__ import annotations

import pytest

from ontology.system import analyse_system


def _roles(name: str) -> list[tuple[str, str]]:
    system = analyse_system(name).system
    return [(c.formula, c.role) for c in [system.host, *system.additives]]


@pytest.mark.parametrize("name, host, partner", [
    ("LiAlH4–LiBH4", "LiBH4", "LiAlH4"),
    ("NaAlH4–Mg(BH4)2", "Mg(BH4)2", "NaAlH4"),
    ("Li3AlH6 + LiBH4", "LiBH4", "Li3AlH6"),
    ("NaAlH4–2LiBH4", "LiBH4", "NaAlH4"),
])
def test_the_borohydride_after_an_alanate_is_the_host(name, host, partner):
    roles = _roles(name)
    assert roles[0] == (host, "HostHydride"), roles
    assert (partner, "DestabilizingReactant") in roles, roles


@pytest.mark.parametrize("name, host", [
    ("LiAlH4–MgH2", "LiAlH4"),           # a binary hydride partner: read as written
    ("LiAlH4–10 wt% LiBH4", "LiAlH4"),   # a loading of the borohydride: the alanate stays the host
    ("LiAlH4–LiNH2", "LiAlH4"),          # an amide partner: read as written
])
def test_near_misses_keep_the_alanate_the_host(name, host):
    assert _roles(name)[0] == (host, "HostHydride")
