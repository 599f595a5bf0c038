"""The anion of a host named beside it ('AlH4' of NaAlH4, 'BH4' of LiBH4) is neither the claim's host nor its
additive: "the charge Na donates to AlH4 … weakening the Al–H bond" is a claim on NaAlH4; in a
composite of two hydrides the borohydride is the host whichever comes first ('MgH2 destabilizes LiBH4 …'). Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def claims(text: str) -> list[tuple[str, str, str]]:
    return [(r["mechanism"], r["host"], r["additive"]) for r in records(text, kind="mechanism")]


@pytest.mark.parametrize("text, host, additive", [
    ("Contact of NaAlH4 with carbon fullerene lowers the charge Na gives to AlH4, weakening the Al–H bond.",
     "NaAlH4", "fullerene"),
    ("Ti doping of NaAlH4 weakens the Al–H bonds of the AlH4 units.", "NaAlH4", "Ti"),
    ("In LiBH4 milled with TiF3 the B–H bonds of the BH4 groups are weakened by the dopant.", "LiBH4", "TiF3"),
    # (a claim naming both hydrides of a composite: the borohydride is the host, in either order)
    ("MgH2 destabilizes LiBH4 by forming MgB2 upon heating.", "LiBH4", "MgH2"),
    ("Within the composite, MgH2 reacts with LiBH4 to give MgB2, which lowers the reaction enthalpy.",
     "LiBH4", "MgH2"),
    ("Metallic Al destabilizes LiBH4 by forming AlB2 when heated.", "LiBH4", "Al"),
    ("MgH2 destabilises NaBH4 through the formation of MgB2 on release.", "NaBH4", "MgH2"),
])
def test_the_host_s_anion_is_no_host_and_no_additive(text, host, additive):
    found = claims(text)
    assert found and all((h, a) == (host, additive) for _, h, a in found)


def test_a_hydride_named_beside_another_stays_a_host():
    """(negative) MgH2 and LiBH4 are two hydrides, neither a fragment of the other."""
    found = claims("In 2LiBH4–MgH2 with TiCl3, the catalyst weakens the B–H bonds of LiBH4.")
    assert found and {h for _, h, _ in found} == {"LiBH4"}
