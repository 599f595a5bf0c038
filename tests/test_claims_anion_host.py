"""A complex hydride's anion written on its own ('the AlH4 units', 'the AlH6 octahedra') is a part of the host
the passage is about, not a host of its own: the claim stays on LiAlH4, Na3AlH6 … and keeps the additive the
passage added. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return claim_tuples(text, "src:anion-host")


@pytest.mark.parametrize("text, host, additive", [
    ("LiAlH4 was milled with TiF3. The AlH4 units are destabilized by the Ti species, weakening the Al–H bonds.",
     "LiAlH4", "TiF3"),
    ("Na3AlH6 was doped with CeCl3. The AlH6 octahedra are distorted by Ce, which weakens the Al–H bonds.",
     "Na3AlH6", "CeCl3"),
    ("NaAlH4 was ball milled with 4 mol% TiCl3. Ti weakens the Al–H bonds of the AlH4 tetrahedra.",
     "NaAlH4", "TiCl3"),
    ("Mg(AlH4)2 was milled with TiF3. TiF3 weakens the Al–H bonds of the AlH4 groups.", "Mg(AlH4)2", "TiF3"),
])
def test_an_anion_named_alone_is_part_of_its_host(text, host, additive):
    claims = _claims(text)
    assert claims and all(h == host for _, h, _, _ in claims), claims
    assert any(a == additive for _, _, a, _ in claims), claims


def test_a_second_hydride_named_as_the_actor_stays_the_additive():
    # (a whole hydride, not an anion: MgH2 is what acts on LiAlH4)
    claims = _claims("LiAlH4 was milled with TiF3 and MgH2. MgH2 weakens the Al–H bonds of LiAlH4.")
    assert ("BondWeakening", "LiAlH4", "MgH2", "ReactiveHydrideComposite") in claims, claims
