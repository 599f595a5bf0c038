"""Issue 10: a change given with a bound ('lowered by more than 60 °C', 'by >45 °C', 'a drop of over 30 kJ/mol') is
how much the value changed, as the change without the bound is: no value of the property (real abstracts write
"a substantial decreased desorption temperature by >60 °C"; the bound went through as a 60 °C desorption
temperature). Where the sentence then gives the value it changed to, that value is kept, and the change is not
read as the low end of a range up to it."""
from __future__ import annotations

from extracted import property_values


def _values(text: str) -> set[float]:
    return {v for _, v in property_values(text)}


def test_a_change_with_a_bound_is_no_value():
    assert 60.0 not in _values("Milling LiNH2 with KMgH3 brought its release temperature down by more than 60 °C.")
    assert 45.0 not in _values("With 5 mol% TiF3, the onset of NaAlH4 decomposition shifted by >45 °C.")
    assert 25.0 not in _values("The Ea of the Mg(NH2)2–2LiH blend dropped by over 25 kJ/mol once KOH was added.")
    assert 80.0 not in _values("Doping LiAlH4 with NiCo2O4 cut its peak temperature by up to 80 °C.")
    assert 30.0 not in _values("For Li3AlH6 with TiCl3, a lowering of at least 30 °C in the onset was seen.")


def test_the_value_changed_to_stays_and_forms_no_range():
    rows = property_values("Adding 4 mol% KH lowered the peak temperature of Mg(NH2)2–2LiH by more than 50 °C to 142 °C.")
    assert [v for _, v in rows] == [142.0]


def test_a_bound_on_a_value_is_still_a_value():
    # near miss: a bound with no 'by' of change before it bounds the value itself
    assert 260.0 in _values("The onset temperature of the LiNH2–LiH blend is more than 260 °C.")
    assert 4.2 in _values("The TiCl3-doped NaAlH4 sample released more than 4.2 wt% hydrogen.")
