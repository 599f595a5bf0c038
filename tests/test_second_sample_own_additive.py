"""Two samples in one sentence, each with its own additive: the second, named by its own prefix or only by the
additive said 'with' its value, keeps that additive alone — never the first sample's too. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest
from extracted import sample_rows

HOST = ("MgH2", "HostHydride", None, None)
CAP, TAKEN = "hydrogen_capacity", "absorbed_hydrogen_capacity"
ONSET, EA = "onset_dehydrogenation_temperature", "dehydrogenation_activation_energy"
METAL, COMPOUND = "MetalCatalysis", "MetalCompoundCatalysis"


def _catalysed(prop: str, value: float, additive: str, strategy: str) -> tuple:
    return (prop, value, (HOST, (additive, "Catalyst", None, None)), (strategy,))


@pytest.mark.parametrize("text, first, second", [
    # the second sample named by its own prefix or notation (a guard: read so before these rules)
    ("MgH2–Ni releases 6 wt% H2 at 300 °C, whereas Fe-doped MgH2 releases 5 wt%.",
     (CAP, 6.0, "Ni", METAL), (CAP, 5.0, "Fe", METAL)),
    ("MgH2–TiF3 starts to release hydrogen at 210 °C, while MgH2–NbF5 starts at 190 °C.",
     (ONSET, 210.0, "TiF3", COMPOUND), (ONSET, 190.0, "NbF5", COMPOUND)),
    # the second sample named only by the additive said 'with' its value
    ("MgH2 catalysed by Ni desorbs 5.8 wt% H2 at 300 °C and 5.2 wt% with Fe.",
     (CAP, 5.8, "Ni", METAL), (CAP, 5.2, "Fe", METAL)),
    ("MgH2 doped with Nb2O5 absorbs 5.5 wt% H2 within 5 min, and 4.9 wt% with TiO2.",
     (TAKEN, 5.5, "Nb2O5", COMPOUND), (TAKEN, 4.9, "TiO2", COMPOUND)),
    ("Co-doped MgH2 releases 6.1 wt% H2 at 325 °C but only 5.4 wt% with V2O5.",
     (CAP, 6.1, "Co", METAL), (CAP, 5.4, "V2O5", COMPOUND)),
    # … the two values written as one list, its last value a clause of its own
    ("MgH2–Ni releases 5.8 wt% H2, and 5.2 wt% with Fe.", (CAP, 5.8, "Ni", METAL), (CAP, 5.2, "Fe", METAL)),
    ("The activation energy of MgH2–Ni is 85 kJ/mol, and 92 kJ/mol with Fe.",
     (EA, 85.0, "Ni", METAL), (EA, 92.0, "Fe", METAL)),
    ("The apparent activation energy of TiF3-doped MgH2 is 70 kJ/mol, but 84 kJ/mol with NbF5.",
     (EA, 70.0, "TiF3", COMPOUND), (EA, 84.0, "NbF5", COMPOUND)),
])
def test_each_sample_keeps_its_own_additive(text, first, second):
    assert {r[:4] for r in sample_rows(text)} == {_catalysed(*first), _catalysed(*second)}


def test_an_additive_said_with_the_only_value_joins_the_sample():
    # near miss: no value before it, so the 'with' adds to the subject's additives
    text = "MgH2–Ni desorbs 5.8 wt% H2 within 10 min at 300 °C with 5 wt% graphite."
    assert [[c[0] for c in comps] for _, _, comps, _ in sample_rows(text)] == [["MgH2", "Ni", "graphite"]]


def test_values_at_a_list_of_settings_with_one_additive_are_all_its():
    # near miss: 'and' joins two settings, not a second clause; the 'with' is of every value
    text = "MgH2 releases 5.8 and 5.2 wt% H2 at 300 and 250 °C with Fe."
    assert {(v, tuple(c[0] for c in comps)) for _, v, comps, _ in sample_rows(text)} \
        == {(5.8, ("MgH2", "Fe")), (5.2, ("MgH2", "Fe"))}
