"""A molar ratio written before or after two names counts an adduct as one of the things mixed: 'a 1:2 molar
mixture of Mg(BH4)2·2NH3 and MgH2' is one Mg(BH4)2·2NH3 to two MgH2, as 'a 1:2 molar mixture of Mg(BH4)2 and
MgH2' is; the NH3 the ammine's own formula binds after the dot is no part added beside it, so the ratio is
not dropped (ingest.extraction.samples.samples_composites._one_compound; issue 10, from a real abstract on a THF solvate
and MgH2). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import component_amounts


@pytest.mark.parametrize("text, host_count, partner", [
    # the ratio before the names, with 'molar' before 'mixture'
    ("Warming a 1:2 molar mixture of Mg(BH4)2·2NH3 and MgH2 to 300 °C released 5.0 wt% hydrogen.",
     ("Mg(BH4)2", 1.0), ("MgH2", 2.0)),
    # the kind of ratio in brackets
    ("A 2:1 (molar) mixture of Ca(BH4)2·2NH3 and LiH started to release hydrogen at 110 °C.",
     ("Ca(BH4)2", 2.0), ("LiH", 1.0)),
    # a solvate of another ligand, a different host
    ("Under 5 MPa H2, a 1:3 molar mixture of Mg(B3H8)2·3THF and LiH absorbed 3.2 wt% hydrogen at 140 °C.",
     ("Mg(B3H8)2", 1.0), ("LiH", 3.0)),
])
def test_the_ratio_counts_the_adduct_and_its_partner(text, host_count, partner):
    got = component_amounts(text)
    assert (host_count[0], host_count[1], "ratio") in got, got
    assert (partner[0], partner[1], "ratio") in got, got


def test_the_ligand_keeps_its_own_count():
    got = component_amounts("Warming a 1:2 molar mixture of Mg(BH4)2·2NH3 and MgH2 to 300 °C released 5.0 wt% "
                            "hydrogen.")
    assert ("NH3", 2.0, "ratio") in got, got


def test_no_ratio_no_counts():
    # near miss: the same two names mixed with no ratio written: nothing counts the partner
    got = component_amounts("A mixture of Mg(BH4)2·2NH3 and MgH2 released 5.0 wt% hydrogen at 300 °C.")
    assert ("MgH2", None, None) in got, got
    assert not any(m == "MgH2" and a is not None for m, a, _ in got), got
