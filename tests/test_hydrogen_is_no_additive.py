"""Hydrogen named after a value's 'for' ('0.44 eV for H atoms within the Mg2Ni lattice') is what moves or binds in
the host, never an additive of it: the value is the host's, not a sample 'Mg2Ni–H' with H as its catalyst."""
from __future__ import annotations

import pytest
from extracted import records


def _systems(text):
    return [(r["value"], r["system"], [c["material"] for c in r["components"]]) for r in records(text)]


@pytest.mark.parametrize("text, expected", [
    ("Our DFT barrier is 0.44 eV for H atoms within the Mg2Ni lattice.", [(0.44, "Mg2Ni", ["Mg2Ni"])]),
    ("We calculate 0.61 eV for H atoms in the Mg lattice.", [(0.61, "Mg", ["Mg"])]),
    ("The energy barrier is 0.39 eV for H atoms in the Mg lattice near the surface.", [(0.39, "Mg", ["Mg"])]),
])
def test_the_value_is_the_hosts_own(text, expected):
    assert _systems(text) == expected


def test_a_metal_after_for_is_still_the_hosts_additive():
    # (near miss: a metal after the value's 'for' is put into the host)
    assert _systems("The dehydrogenation onset is 265 °C for Co atoms in MgH2.") == [
        (265.0, "MgH2–Co", ["MgH2", "Co"])]
