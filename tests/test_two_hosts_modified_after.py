"""Issue 10: 'A and B doped with 2 mol% Ti': a modification written after the second of two hosts joined by 'and',
with its linking verb, is said of both hosts (an alanate abstract named 'NaAlH4 and Na3AlH6 doped with 2 mol % Ti';
the first host's values went to the bare hydride). A baseline named first ('pristine NaAlH4 and NaAlH4 doped
with …') stays bare."""
from __future__ import annotations

from extracted import sample_rows


def _systems(text: str) -> set[tuple]:
    return {row[2] for row in sample_rows(text)}


def test_the_modification_after_the_second_host_is_said_of_both():
    assert _systems("NaAlH4 and Na3AlH6 doped with 2 mol% Ti show activation energies of 100 kJ/mol.") == {
        (("NaAlH4", "HostHydride", None, None), ("Ti", "Catalyst", 2.0, "mol%")),
        (("Na3AlH6", "HostHydride", None, None), ("Ti", "Catalyst", 2.0, "mol%"))}
    assert _systems("LiAlH4 and Li3AlH6 catalysed by 5 mol% TiF3 release hydrogen from 90 °C.") == {
        (("LiAlH4", "HostHydride", None, None), ("TiF3", "Catalyst", 5.0, "mol%")),
        (("Li3AlH6", "HostHydride", None, None), ("TiF3", "Catalyst", 5.0, "mol%"))}
    assert _systems("KAlH4 and K3AlH6 milled with 4 mol% TiCl3 gave activation energies of 95 kJ/mol.") == {
        (("KAlH4", "HostHydride", None, None), ("TiCl3", "Catalyst", 4.0, "mol%")),
        (("K3AlH6", "HostHydride", None, None), ("TiCl3", "Catalyst", 4.0, "mol%"))}


def test_a_baseline_named_first_stays_bare():
    # near miss: the first host is the unmodified reference, the second the doped sample
    assert _systems("Pristine NaAlH4 and NaAlH4 doped with 2 mol% Ti show onsets of 180 and 100 °C, "
                    "respectively.") == {
        (("NaAlH4", "HostHydride", None, None),),
        (("NaAlH4", "HostHydride", None, None), ("Ti", "Catalyst", 2.0, "mol%"))}
