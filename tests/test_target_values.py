"""Issue 10: a value a text gives as a goal set for materials ('the DOE target of 5.5 wt%', 'system targets (6 wt% H2
and 0.045 kg/L)') is no measurement of the sample the sentence names (a real AlH3 abstract had the 2010 system
targets recorded as AlH3's capacities). The goal nouns are the ontology's TargetWord scheme."""
from __future__ import annotations

from extracted import property_values


def _values(text: str) -> set[float]:
    return {v for _, v in property_values(text)}


def test_values_of_a_target_are_no_measurements():
    assert _values("Onboard targets (5.5 wt% H2 and 40 g/L) are within reach of Ti-doped NaAlH4.") == set()
    assert 6.5 not in _values("The ultimate goal of 6.5 wt% hydrogen could be met by a catalysed LiAlH4.")
    assert 4.5 not in _values("Alane lies beyond the 2020 DOE target of 4.5 wt% for a complete system.")
    assert _values("KH-doped Mg(NH2)2–2LiH is far from the target: 7.5 wt% and 70 g/L.") == set()


def test_a_value_beside_a_target_named_after_it_stays():
    # near miss: the sample's own value, with the target named only after it
    assert 7.2 in _values("LiAlH4 with TiCl3 gives off 7.2 wt% hydrogen, more than the 2025 targets ask for.")
    assert 10.0 in _values("AlH3 holds 10 wt% H2, far above the DOE goals.")
