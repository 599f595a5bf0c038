"""Two forms met in real abstracts on hydride electrolytes and cells (session 38, issue 10):

- a power of ten written after a middle dot other than '·' or '⋅' ("5⸱10-4 S cm-1" with the word separator dot
  U+2E31, "3・10-4" with CJK's katakana dot, "2•10-3" with a list bullet) is the mantissa times the power, not the
  power alone (10-4 S/cm, the mantissa lost);
- a list of values after names that share one head noun ("a capacity and energy retention of 80 % and 77 %") gives
  each value the property of its own name; a name the ontology has no property for ('energy retention') keeps its
  value out instead of giving it the head's property (two capacity retentions, one of them false).
"""
from __future__ import annotations

import pytest
from extracted import records


def _values(text):
    return sorted((r["property"], float(f"{r['value']:.6g}"), r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("The LiBH4–LiNH2 nanocomposite conducts Li+ at 5⸱10-4 S cm-1 at 30 °C.",
     [("ionic_conductivity", 0.5, "LiBH4–LiNH2")]),
    ("At 30 °C the conductivity of LiBH4–LiI was 3・10-4 S cm-1.", [("ionic_conductivity", 0.3, "LiBH4–LiI")]),
    ("Ball-milled LiBH4–LiBr reaches 4 • 10-5 S/cm at 30 °C.", [("ionic_conductivity", 0.04, "LiBH4–LiBr")]),
    ("We measured an ionic conductivity of 7‧10−5 S cm−1 for Li2B12H12–ZrO2 at 40 °C.",
     [("ionic_conductivity", 0.07, "Li2B12H12–ZrO2")]),
])
def test_a_middle_dot_before_a_power_of_ten_is_a_product(text, expected):
    assert _values(text) == expected


def test_a_list_bullet_elsewhere_is_no_product_and_a_katakana_dot_in_a_formula_is_an_adducts():
    # (near miss: a bullet that opens a list item is no product; and a katakana dot inside a formula is an adduct's
    # dot, as '·' is — the start code lost the ammine there)
    assert _values("• The LiBH4–LiI electrolyte reached 2 × 10−4 S cm−1 at 30 °C.") == [
        ("ionic_conductivity", 0.2, "LiBH4–LiI")]
    rows = records("Mg(BH4)2・CH3NH2 shows a Mg2+ conductivity of 1.5 × 10−4 S cm−1 at 25 °C.")
    assert [(r["value"], r["system"]) for r in rows] == [(0.15, "Mg(BH4)2·CH3NH2")]


@pytest.mark.parametrize("text, expected", [
    ("Cycled to 4.1 V, the LiCB11H12 cells show a capacity and energy retention of 81% and 79%, respectively, "
     "after 500 cycles at C/5.", [("capacity_retention", 81.0, "LiCB11H12")]),
    ("The Li2B12H12 cells kept capacity and energy retentions of 88 % and 85 % after 200 cycles at C/10, "
     "respectively.", [("capacity_retention", 88.0, "Li2B12H12")]),
    ("After 400 cycles the LiBH4–LiI cell keeps a capacity and power retention of 90 and 84 %, respectively.",
     [("capacity_retention", 90.0, "LiBH4–LiI")]),
])
def test_a_listed_name_with_no_property_keeps_its_value_out(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (near misses: every name written in full, or every name a property of its own)
    ("After 300 cycles at 0.2C the LiBH4 cell showed capacity retention and coulombic efficiency of 81% and 99%, "
     "respectively.", [("capacity_retention", 81.0, "LiBH4"), ("coulombic_efficiency", 99.0, "LiBH4")]),
    ("The MgH2 electrode delivered discharge and charge capacities of 1920 and 1150 mAh/g in the first cycle, "
     "respectively.", [("charge_capacity", 1150.0, "MgH2"), ("discharge_capacity", 1920.0, "MgH2")]),
    ("The peak desorption temperatures of the Ti-, V- and Nb-doped MgH2 samples were 290, 301 and 312 °C, "
     "respectively.", [("peak_dehydrogenation_temperature", 290.0, "MgH2–Ti"),
                       ("peak_dehydrogenation_temperature", 301.0, "MgH2–V"),
                       ("peak_dehydrogenation_temperature", 312.0, "MgH2–Nb")]),
    ("The hydrogenation and dehydrogenation activation energies of MgH2–Ni were 48 and 92 kJ/mol, respectively.",
     [("dehydrogenation_activation_energy", 92.0, "MgH2–Ni"), ("hydrogenation_activation_energy", 48.0, "MgH2–Ni")]),
])
def test_names_that_are_properties_keep_their_values(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a property's own word before a head only it has alone ('conductivity' is the ionic conductivity's label, not
    # the electronic one's): "ionic" names the first value, not a qualifier of both (the start code gave both values
    # the electronic conductivity)
    ("LiBH4–LiI showed ionic and electronic conductivities of 2 × 10−4 and 3 × 10−9 S cm−1 at 30 °C, respectively.",
     [("electronic_conductivity", 3e-06, "LiBH4–LiI"), ("ionic_conductivity", 0.2, "LiBH4–LiI")]),
    ("The ionic and electronic conductivities of Li2B12H12–ZrO2 were 2.9 × 10−4 and 5 × 10−10 S/cm, respectively.",
     [("electronic_conductivity", 5e-07, "Li2B12H12–ZrO2"), ("ionic_conductivity", 0.29, "Li2B12H12–ZrO2")]),
    ("At 25 °C the ionic and electronic conductivity of Mg(BH4)2·NH3 amount to 1.1e-5 and 4e-11 S/cm, respectively.",
     [("electronic_conductivity", 4e-08, "Mg(BH4)2·NH3"), ("ionic_conductivity", 0.011, "Mg(BH4)2·NH3")]),
    # (near miss: a qualifier before a label both properties share names neither value)
    ("The dehydrogenation and hydrogenation apparent activation energies of MgH2–TiF3 were 72 and 39 kJ/mol, "
     "respectively.", [("dehydrogenation_activation_energy", 72.0, "MgH2–TiF3"),
                       ("hydrogenation_activation_energy", 39.0, "MgH2–TiF3")]),
])
def test_each_listed_conductivity_takes_its_own_name(text, expected):
    assert _values(text) == expected
