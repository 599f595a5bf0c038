"""Three forms around a comparison (own wording): 'close to / comparable to / similar to that of X' names X as the
reference, so the value is the studied sample's; a share of the capacity said 'lost' ('loses 40% of its capacity') is
a capacity fade, never a retention; and in a sentence of two values joined by 'whereas / while / but', a property
named whole in the second value's own clause is that value's, not the first one's carried over."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[tuple[str, float, str, tuple[str, ...]]]:
    return [(r["property"], r["value"], r["material"], tuple(c["material"] for c in r["components"]))
            for r in contract_measurements(text)]


@pytest.mark.parametrize("text, value, parts", [
    ("MgH2 was milled with 5 wt% Ni. The dehydrogenation enthalpy determined from PCT isotherms is 72 kJ/mol H2, "
     "close to that of bulk MgH2 (75 kJ/mol H2).", 72.0, ("MgH2", "Ni")),
    ("Mg0.8Ti0.2 thin films were deposited by sputtering. The dehydrogenation enthalpy is 68 kJ/mol H2, close "
     "to that of bulk MgH2 (75 kJ/mol H2).", 68.0, ("Mg", "Ti")),
    ("Mg90Ni10 powder was cycled ten times. The desorption enthalpy obtained from van 't Hoff plots is 70 kJ/mol H2, "
     "close to that of MgH2.", 70.0, ("Mg90Ni10",)),
    # (already read so: a reference named with a baseline word)
    ("LiBH4 was ball milled with 10 wt% TiF3. Its decomposition enthalpy, 66 kJ/mol H2, is comparable to that of "
     "the pristine LiBH4 (69 kJ/mol H2).", 66.0, ("LiBH4", "TiF3")),
])
def test_close_to_that_of_names_the_reference(text, value, parts):
    row = next(r for r in _rows(text) if r[1] == value)
    assert row[3] == parts, _rows(text)


def test_the_reference_after_close_to_keeps_its_own_value():
    rows = _rows("MgH2 was milled with 5 wt% Ni. The dehydrogenation enthalpy is 72 kJ/mol H2, close to that of bulk "
                 "MgH2 (75 kJ/mol H2).")
    assert ("reaction_enthalpy", 75.0, "MgH2", ("MgH2",)) in rows


@pytest.mark.parametrize("text, value", [
    ("The bare MgH2 electrode loses 40% of its capacity within 20 cycles.", 40.0),
    ("After 100 cycles, 96% of the initial capacity is retained, whereas pure Mg films lose 35% within 20 cycles.",
     35.0),
    ("Mg2NiH4 anodes lost 52% of their capacity after 30 cycles.", 52.0),
])
def test_a_share_said_lost_is_a_capacity_fade(text, value):
    row = next(r for r in _rows(text) if r[1] == value)
    assert row[0] == "capacity_fade", _rows(text)


def test_a_share_said_kept_stays_a_retention():
    rows = _rows("After 100 cycles, 96% of the initial capacity is retained, whereas pure Mg films lose 35% within "
                 "20 cycles.")
    assert next(r for r in rows if r[1] == 96.0)[0] == "capacity_retention"


@pytest.mark.parametrize("text, value, key", [
    ("The MgH2–Ni composite releases 6.1 wt% H2 at 300 °C, whereas bulk MgH2 absorbs 5.2 wt% at 250 °C.",
     5.2, "absorbed_hydrogen_capacity"),
    ("MgH2–Ni starts releasing hydrogen at 250 °C, while its peak desorption temperature is 310 °C.",
     310.0, "peak_dehydrogenation_temperature"),
    ("In LiBH4–LiI the conductivity reaches 0.1 mS/cm at 30 °C, but the activation energy for Li-ion migration is "
     "0.56 eV.", 0.56, "ion_migration_activation_energy"),
])
def test_a_property_named_in_the_value_s_own_contrast_clause_is_its_own(text, value, key):
    assert next(r for r in _rows(text) if r[1] == value)[0] == key, _rows(text)
