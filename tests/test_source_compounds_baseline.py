"""'the host materials A (value) and B (value)', 'the starting compounds …': a plural phrase naming the parts a new
compound was made from, before their names and bracketed values, is a baseline phrase as 'the parent materials' is
(the ontology's BaselineWord): the first part's value is its own, a reference, not the new compound's. 'host' alone
is no baseline word: 'doped into the host MgH2' and 'the host material MgH2' name the sample itself."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text, compound, part, value", [
    ("The double salt Li2(NH2)Br conducts at 2 × 10-5 S/cm at 300 K, while the host materials LiNH2 (4 × 10-9 S/cm) "
     "and LiBr (5 × 10-8 S/cm) conduct poorly.", "Li2(NH2)Br", "LiNH2", 4e-06),
    ("Ball-milled Li3(BH4)(NH2)2 reached 0.2 mS/cm at 40 °C; the starting compounds LiBH4 (0.001 mS/cm) and LiNH2 "
     "(0.0001 mS/cm) were far poorer conductors at 40 °C.", "Li3(BH4)(NH2)2", "LiBH4", 0.001),
    ("Mg(BH4)(NH2) conducts at 0.001 mS/cm at 150 °C, three orders above the host compounds Mg(BH4)2 "
     "(0.000001 mS/cm) and Mg(NH2)2 at that temperature.", "Mg(BH4)(NH2)", "Mg(BH4)2", 1e-06),
])
def test_the_parts_a_compound_was_made_from_keep_their_values(text, compound, part, value):
    found = [(r["system"], r["value"], r["baseline"]) for r in records(text)]
    assert (part, pytest.approx(value), True) in found
    assert not any(s == compound and v == pytest.approx(value) for s, v, _ in found)


@pytest.mark.parametrize("text, system", [
    ("When 5 wt% Ni was doped into the host MgH2, it released 6.1 wt% H2 at 300 °C.", "MgH2–5 wt% Ni"),
    ("The host material MgH2 released 7.0 wt% H2 at 350 °C.", "MgH2"),
])
def test_near_miss_host_alone_names_the_sample(text, system):
    assert [(r["system"], r["baseline"]) for r in records(text)] == [(system, False)]
