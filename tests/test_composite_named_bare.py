"""A composite of hydrides named with a baseline word after a value ('close to 40.1 kJ/mol H2 for pristine
2LiNH2–MgH2') is its own bare sample, as 'for pristine MgH2' is: its partners are what it is made of, not additions,
so the value is not the catalysed sample's. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import parts_by_value


@pytest.mark.parametrize("text, value, expected", [
    ("The desorption enthalpy of KOH-added 2LiNH2–MgH2 is 39.6 kJ/mol H2, close to 40.1 kJ/mol H2 for pristine "
     "2LiNH2–MgH2.", 40.1, "LiNH2–MgH2"),
    ("The activation energy of 2LiBH4–MgH2 doped with 5 mol% TiCl3 is 120 kJ/mol, against 156 kJ/mol for the "
     "undoped 2LiBH4–MgH2.", 156.0, "LiBH4–MgH2"),
    ("Mg(NH2)2–2LiH with 3 mol% KH starts to desorb at 130 °C, well below 180 °C for pristine Mg(NH2)2–2LiH.", 180.0,
     "Mg(NH2)2–LiH"),
])
def test_a_bare_composite_named_after_a_value_is_its_sample(text, value, expected):
    assert parts_by_value(text)[value] == expected


def test_a_composite_with_a_catalyst_named_after_a_value_keeps_it():
    got = parts_by_value("The activation energy of 2LiBH4–MgH2 is 156 kJ/mol, against 120 kJ/mol for 2LiBH4–MgH2–TiCl3.")
    assert got[120.0] == "LiBH4–MgH2–TiCl3"


@pytest.mark.parametrize("text, value, expected", [
    ("Within 40 min at 190 °C, 6.6 wt% of hydrogen is given off from the KBH4·NH3–2MgH2–0.2FeO sample, whereas only "
     "2.9 wt% is released from the pristine sample under the same conditions.", 2.9, "KBH4–NH3–MgH2"),
    ("The Li3AlH6–4 wt% Co3O4 composite desorbs 5.2 wt% hydrogen at 210 °C, while just 1.7 wt% was evolved from the "
     "undoped sample.", 1.7, "Li3AlH6"),
    ("About 4.4 wt% H2 is liberated from the NaAlH4–2 mol% CeF3 powder at 150 °C, but only 0.9 wt% has been desorbed "
     "from the as-received powder.", 0.9, "NaAlH4"),
])
def test_a_value_released_from_the_pristine_sample_is_the_bare_samples(text, value, expected):
    """'… whereas only 2.9 wt% is released from the pristine sample': a passive verb of the value, then the bare
    sample named by a baseline word and no formula — the sentence's sample without its catalyst."""
    assert parts_by_value(text)[value] == expected


def test_a_value_released_from_the_same_composite_keeps_its_catalyst():
    got = parts_by_value("The Li3AlH6–4 wt% Co3O4 composite desorbs 5.2 wt% hydrogen at 210 °C, while 3.8 wt% was "
                         "evolved from the composite after 20 cycles.")
    assert got[3.8] == "Li3AlH6–Co3O4"


@pytest.mark.parametrize("text, value, expected", [
    ("KAlH4 doped with 6 wt% nano-VN@C releases 3.1 wt% H2 at 155 degrees C.", 3.1, "KAlH4–VN@C"),
    ("Li3AlH6 milled with 3 wt% ultrafine-Fe/C gives off 4.6 wt% H2 at 170 °C.", 4.6, "Li3AlH6–Fe/C"),
    ("The 9 wt% nano-CoB@rGO-containing MgH2 absorbs 5.2 wt% H2 at 210 °C.", 5.2, "MgH2–CoB@reduced graphene oxide"),
])
def test_a_tagged_supported_catalyst_in_prose_is_the_catalyst_on_its_support(text, value, expected):
    assert parts_by_value(text)[value] == expected
