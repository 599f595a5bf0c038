"""In a passage that put its hydride into a scaffold, a confining scaffold written after the last part's '@'
('LiBH4–Mg(BH4)2–TiF3@CMK-3') holds the whole sample: the last part is an additive of its own, the scaffold the
sample's (Nanoconfinement). Where the passage confined nothing, or the support confines nothing ('Ni@C'), the
part stays a catalyst on its support. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _parts(text: str) -> dict[str, str]:
    row = [r for r in records(text) if r["unit"] == "wt%"][-1]
    return {c["material"]: c["role"] for c in row["components"]}


@pytest.mark.parametrize("text, catalyst, scaffold", [
    ("TiF3 and the LiBH4–Mg(BH4)2 eutectic were melt-infiltrated into CMK-3 in turn. The resulting "
     "LiBH4–Mg(BH4)2–TiF3@CMK-3 composite released 9.8 wt% of hydrogen.", "TiF3", "CMK-3"),
    ("Mg(BH4)2 and nano-Co were solution-infiltrated into ordered mesoporous carbon (CMK-3). The "
     "Mg(BH4)2–Co@CMK-3 sample released 7.2 wt% of hydrogen below 300 °C.", "Co", "CMK-3"),
    ("The 2LiBH4–MgH2 mixture and nano-Ni were infiltrated into a carbon aerogel; 2LiBH4–MgH2–Ni@carbon aerogel "
     "delivers 8.4 wt% of H2 at 350 °C.", "Ni", "carbon aerogel"),
])
def test_scaffold_after_the_last_part_holds_the_sample(text, catalyst, scaffold):
    parts = _parts(text)
    assert parts.get(catalyst) == "Catalyst" and parts.get(scaffold) == "ScaffoldConfinementHost"


def test_without_confinement_the_part_keeps_its_support():
    parts = _parts("LiBH4–Mg(BH4)2 was ball milled with TiF3@CMK-3 for 2 h. The LiBH4–Mg(BH4)2–TiF3@CMK-3 "
                   "composite released 9.8 wt% of hydrogen.")
    assert "CMK-3" not in parts


def test_a_support_that_confines_nothing_stays_the_parts():
    parts = _parts("MgH2 was infiltrated into a carbon aerogel. The MgH2–Ni@C composite released 6.1 wt% of hydrogen.")
    assert "C" not in parts
