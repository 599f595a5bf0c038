"""A boundary written 'X/Y interface' between a hydride and the metal of its own cation is the hydride's (the
electrolyte between a cell's electrodes is the system, the metal electrode no component): its resistance is kept on
the hydride instead of being lost. A boundary inside a sample, of a metal that is no cation of the hydride, names
no sample."""
from __future__ import annotations

import pytest
from extracted import records


@pytest.mark.parametrize("text, system", [
    ("The resistance of the Li/LiBH4 interface is 45 Ω.", "LiBH4"),
    ("The resistance at the LiBH4/Li interface dropped to 45 Ω after cycling.", "LiBH4"),
    ("The Na/Na2B10H10 interface showed a resistance of only 45 Ω after 20 cycles.", "Na2B10H10"),
])
def test_an_electrode_interface_resistance_is_the_hydrides(text, system):
    assert [(r["property"], r["value"], r["system"]) for r in records(text)] == [
        ("interfacial_resistance", 45.0, system)]


def test_near_miss_a_boundary_inside_a_sample_names_no_sample():
    assert records("The Mg/LiH interface has a resistance of 45 Ω.") == []
